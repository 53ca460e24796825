import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntries } from '../../src/lib/validate-content.ts';
import { contentType } from '../../src/schemas/index.ts';
import { checkWorks, ResearchSchema, type ResearchData, type ResearchInput } from '../../src/schemas/research.ts';

const root = join(import.meta.dirname, '../..');
const base: ResearchInput = {
  title: 'Att ge ordet och lämna plats',
  type: 'guidance',
  authors: [{ organisation: 'Socialstyrelsen' }],
  issued: '2013',
  language: 'sv',
  topics: ['user-involvement'],
};
const messages = (input: unknown) => ResearchSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('ResearchSchema refuses what a citation cannot be made from, saying what to do', () => {
  const cases: { reason: string; change: Partial<ResearchInput> & Record<string, unknown>; says: RegExp }[] = [
    {
      reason: 'no author and not marked "none"',
      change: { authors: [] },
      says: /^authors: Ange minst en författare eller en organisation/,
    },
    { reason: 'authors while marked "none"', change: { authorsKnown: 'none' }, says: /^authorsKnown: .*"none"/ },
    {
      reason: 'a person and an organisation in one author',
      change: { authors: [{ family: 'Eriksson', organisation: 'Lunds universitet' }] },
      says: /antingen en person/,
    },
    { reason: 'an author with only a given name', change: { authors: [{ given: 'Erik' }] }, says: /efternamn/ },
    { reason: 'a DOI as a link', change: { doi: 'https://doi.org/10.2196/55882' }, says: /^doi: Ta bort "https:\/\/doi.org\/"/ },
    { reason: 'a DOI with a "doi:" prefix', change: { doi: 'doi:10.2196/55882' }, says: /^doi: Ta bort "doi:"/ },
    { reason: 'something that is no DOI', change: { doi: '55882' }, says: /^doi: Det här ser inte ut som en DOI/ },
    { reason: 'a PMID with a prefix', change: { pmid: 'PMID: 30951270' }, says: /^pmid: Ta bort "PMID:"/ },
    { reason: 'a PMID of nine digits', change: { pmid: '309512701' }, says: /^pmid: Ett PMID är ett heltal/ },
    { reason: 'an ISBN-13 with a wrong check digit', change: { isbn: '978-91-7555-064-1' }, says: /^isbn: .*kontrollsiffra/ },
    { reason: 'an ISBN-10 with a wrong check digit', change: { isbn: '0-306-40615-3' }, says: /^isbn: .*kontrollsiffra/ },
    { reason: 'a year before 1900', change: { issued: '1850' }, says: /^issued: / },
    { reason: 'a year far in the future', change: { issued: '2099' }, says: /^issued: Utgivningsåret ska vara mellan 1900 och nästa år/ },
    { reason: 'a date that does not exist', change: { issued: '2019-02-30' }, says: /^issued: Datumet finns inte/ },
    { reason: 'an http address', change: { url: 'http://lup.lub.lu.se/' }, says: /^url: / },
    { reason: 'a javascript: address', change: { url: 'javascript:alert(1)' }, says: /^url: / },
    { reason: 'a language written out', change: { language: 'svenska' }, says: /^language: Skriv språkkoden/ },
    { reason: 'a country in lower case', change: { country: 'se' }, says: /^country: Skriv landskoden/ },
    { reason: 'no topic', change: { topics: [] }, says: /^topics: Välj minst ett ämne/ },
    { reason: 'an unknown topic', change: { topics: ['kaffe'] as never }, says: /^topics.0: Välj bland/ },
    { reason: 'an unknown type', change: { type: 'poster' as never }, says: /^type: Välj en av/ },
    {
      reason: 'a PDF outside the media library',
      change: { pdf: 'https://example.org/a.pdf' },
      says: /^pdf: Välj en PDF från mediebiblioteket/,
    },
    { reason: 'a page range with a word', change: { pages: 'sid 4' }, says: /^pages: Skriv sidorna som/ },
    { reason: 'an unknown field', change: { abstract: 'Text' }, says: /abstract/ },
  ];
  it.each(cases)('$reason', ({ change, says }) => {
    const found = messages({ ...base, ...change });
    expect(
      found.some((m) => says.test(m)),
      found.join('\n'),
    ).toBe(true);
  });

  it('accepts a work as the content facts give it, and "none" without authors', () => {
    expect(messages(base)).toEqual([]);
    expect(messages({ ...base, authors: [], authorsKnown: 'none' })).toEqual([]);
    expect(messages({ ...base, doi: '10.1176/appi.ps.201600478', pmid: '30951270', isbn: '9789175550640', issued: '2019-03-15' })).toEqual(
      [],
    );
  });
});

describe('the works in content/research/ are the references of content-facts §3', () => {
  const works = readEntries(contentType('research'), root) as { key: string; file: string; data: ResearchData }[];
  const sv = works.filter((w) => w.file.includes('/sv/'));
  const byKey = (key: string) => sv.find((w) => w.key === key)!.data;

  it('has all 19 works in Swedish, each file valid', () => {
    expect(readdirSync(join(root, 'content/research/sv')).length).toBe(19);
    expect(sv.length).toBe(19);
  });

  it('keeps the identifiers exactly as given (10 DOIs, 3 PMIDs, 1 ISBN)', () => {
    expect(sv.filter((w) => w.data.doi).length).toBe(10);
    expect(byKey('puschner-2019')).toMatchObject({ doi: '10.5334/aogh.2435', pmid: '30951270', volume: '85', issue: '1', pages: '53' });
    expect(byKey('beneficial-effects-2019')).toMatchObject({ doi: '10.1080/09638237.2019.1581349', pmid: '30909830' });
    expect(byKey('nicholson-2019').pmid).toBe('30886592');
    expect(byKey('socialstyrelsen-2013').isbn).toBe('978-91-7555-064-0');
    expect(byKey('crowther-2019').doi).toBe('10.1017/S204579601800063X');
  });

  it('invents no author where the facts have none confirmed', () => {
    for (const key of [
      'peer-mentor-2018',
      'beneficial-effects-2019',
      'aries-2019',
      'som-en-lank-mellan-patient-och-personal',
      'forsoksverksamhet-peer-support-stockholm',
    ]) {
      expect(byKey(key).authors, key).toEqual([]);
      expect(byKey(key).authorsKnown, key).toBe('none');
      expect(byKey(key).note, key).toBeTruthy();
    }
    // Unconfirmed year: left empty, not guessed.
    expect(byKey('som-en-lank-mellan-patient-och-personal').issued).toBeUndefined();
    // "et al." in the facts: only the first author is listed, and the citation says there are more.
    for (const key of ['puschner-2019', 'oconnell-2017', 'toney-2019', 'crowther-2019', 'theriault-2020', 'al-adili-2024'])
      expect(byKey(key).authorsKnown, key).toBe('some');
    // No page range where the facts give none.
    expect(byKey('theriault-2020').pages).toBeUndefined();
    expect(byKey('oconnell-2017').containerTitle).toBeUndefined();
  });

  it('an English version repeats the Swedish facts (only the summary is translated)', () => {
    for (const en of works.filter((w) => w.file.includes('/en/'))) {
      const { note: _n, ...facts } = en.data;
      const { note: _s, ...original } = byKey(en.key);
      expect(facts, en.file).toEqual(original);
    }
  });

  it('no work takes the name of the files with every work', () => {
    expect(checkWorks(sv.map((w) => ({ key: w.key, file: w.file, data: w.data })))).toEqual([]);
    expect(checkWorks([{ key: 'referenser', file: 'content/research/sv/referenser.mdx', data: {} }])[0]?.found).toContain('referenser');
  });
});
