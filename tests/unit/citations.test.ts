import { describe, expect, it } from 'vitest';
import { plugins } from '@citation-js/core';
import { cslLocale, formatInText, formatReference, safeReferenceHtml, swedishApa, toCsl } from '../../src/lib/citations.ts';
import { compareWorks, facetValues, groupByTopic, matchesWorkFilter, yearOf } from '../../src/lib/research.ts';
import { ResearchSchema, type ResearchInput } from '../../src/schemas/research.ts';

const work = (key: string, input: ResearchInput) => toCsl(key, ResearchSchema.parse(input));

// citeproc starts slowly the first time each style and language is used.
const slow = 60_000;

describe('APA 7 and Vancouver, made by citation-js from the front matter', () => {
  it(
    'a journal article: authors, year, journal, volume(issue), pages, DOI as a link; Vancouver with PMID',
    () => {
      const article = work('nicholson-2019', {
        title: 'Key Informants Specify Core Elements of Peer Supports for Parents With Serious Mental Illness',
        type: 'article',
        authors: [
          { family: 'Nicholson', given: 'J.' },
          { family: 'Valentine', given: 'A.' },
        ],
        issued: '2019',
        containerTitle: 'Frontiers in Psychiatry',
        volume: '10',
        pages: '106',
        doi: '10.3389/fpsyt.2019.00106',
        pmid: '30886592',
        language: 'en',
        topics: ['peer-support'],
      });
      const apa = formatReference(article, 'apa');
      expect(apa.text).toBe(
        'Nicholson, J., & Valentine, A. (2019). Key Informants Specify Core Elements of Peer Supports for Parents With Serious Mental Illness. Frontiers in Psychiatry, 10, 106. https://doi.org/10.3389/fpsyt.2019.00106',
      );
      expect(apa.html).toContain('<i>Frontiers in Psychiatry</i>');
      expect(apa.html).toContain('<a href="https://doi.org/10.3389/fpsyt.2019.00106" rel="noreferrer">');
      expect(apa.html).not.toContain('<div');
      const vancouver = formatReference(article, 'vancouver');
      expect(vancouver.text).toMatch(
        /^Nicholson J, Valentine A\. Key Informants .*Frontiers in Psychiatry\. 2019;10:106\. doi:10\.3389\/fpsyt\.2019\.00106 PubMed PMID: 30886592\.$/,
      );
      expect(formatInText(article, 'en')).toBe('(Nicholson & Valentine, 2019)');
    },
    slow,
  );

  it(
    'a report by an organisation: the organisation as author; a Swedish one in Swedish',
    () => {
      const report = work('socialstyrelsen-2013', {
        title: 'Att ge ordet och lämna plats',
        type: 'guidance',
        authors: [{ organisation: 'Socialstyrelsen' }],
        issued: '2013',
        publisher: 'Socialstyrelsen',
        isbn: '978-91-7555-064-0',
        language: 'sv',
        topics: ['user-involvement'],
      });
      expect(formatReference(report, 'apa').text).toMatch(/^Socialstyrelsen\. \(2013\)\. Att ge ordet och lämna plats\./);
      expect(formatInText(report, 'sv')).toBe('(Socialstyrelsen, 2013)');
      expect(report.item.type).toBe('report');
    },
    slow,
  );

  it(
    'a thesis: its kind and the university in brackets, then its address',
    () => {
      const thesis = work('eriksson-2015', {
        title: 'Sanktionerat motstånd: Brukarinflytande som fenomen och praktik',
        type: 'thesis',
        authors: [{ family: 'Eriksson', given: 'E.' }],
        issued: '2015',
        publisher: 'Lunds universitet, Socialhögskolan',
        genre: 'Doktorsavhandling',
        collectionTitle: 'Lund Dissertations in Social Work',
        collectionNumber: '47',
        url: 'https://lup.lub.lu.se/search/publication/04316a8d-b3c4-4906-a916-03e4bf6980a8',
        language: 'sv',
        topics: ['user-involvement'],
      });
      const apa = formatReference(thesis, 'apa').text;
      // APA 7: the kind of thesis and the university in brackets, then the address.
      expect(apa).toBe(
        'Eriksson, E. (2015). Sanktionerat motstånd: Brukarinflytande som fenomen och praktik [Doktorsavhandling, Lunds universitet, Socialhögskolan]. https://lup.lub.lu.se/search/publication/04316a8d-b3c4-4906-a916-03e4bf6980a8',
      );
      expect(formatReference(thesis, 'vancouver').text).toContain('(Lund Dissertations in Social Work; nr 47)');
    },
    slow,
  );

  it(
    'a Swedish work in the Swedish locale: "och" for "&", no comma before it, "red.", "m.fl.", "u.å."',
    () => {
      const swedish = work('x', {
        title: 'Medarbetare med brukarerfarenhet',
        type: 'report',
        authors: [
          { family: 'Steinsaphir', given: 'Å.' },
          { family: 'Berg', given: 'A.' },
          { family: 'Lind', given: 'B.' },
        ],
        issued: '2017',
        publisher: 'Norra Stockholms psykiatri',
        language: 'sv',
        topics: ['peer-support'],
      });
      expect(cslLocale(swedish.item)).toBe('sv-SE');
      expect(formatReference(swedish, 'apa').text).toBe(
        'Steinsaphir, Å., Berg, A. och Lind, B. (2017). Medarbetare med brukarerfarenhet. Norra Stockholms psykiatri.',
      );
      expect(formatInText(swedish, 'sv')).toBe('(Steinsaphir m.fl., 2017)');
      // The same names in an English work keep APA's "&" and serial comma.
      const english = { ...swedish, item: { ...swedish.item, language: 'en' } };
      expect(formatReference(english, 'apa').text).toMatch(/^Steinsaphir, Å\., Berg, A\., & Lind, B\. \(2017\)/);
      // An editor's role in Swedish: "red." in lower case (CSL-JSON fields beyond the schema, to see the locale's terms).
      const edited = { ...swedish, item: { ...swedish.item, editor: [{ family: 'Holm', given: 'C.' }] } };
      expect(formatReference(edited, 'apa').text).toContain('(C. Holm, red.)');
      const noYear = work('y', {
        title: 'Utan år',
        type: 'report',
        authors: [{ family: 'Wenzer', given: 'J.' }],
        authorsKnown: 'some',
        language: 'sv',
        topics: ['peer-support'],
      });
      expect(formatReference(noYear, 'apa').text).toBe('Wenzer, J., m.fl. (u.å.). Utan år.');
    },
    slow,
  );

  it(
    'a work with no known author: the title comes first, nothing is invented; "et al." when only the first is known',
    () => {
      const anonymous = work('peer-mentor-2018', {
        title: 'Outcomes of a Peer Mentor Intervention for Persons With Recurrent Psychiatric Hospitalization',
        type: 'article',
        authorsKnown: 'none',
        issued: '2018',
        containerTitle: 'Psychiatric Services',
        doi: '10.1176/appi.ps.201600478',
        language: 'en',
        topics: ['peer-support'],
      });
      expect(anonymous.item.author).toBeUndefined();
      expect(formatReference(anonymous, 'apa').text).toBe(
        'Outcomes of a Peer Mentor Intervention for Persons With Recurrent Psychiatric Hospitalization. (2018). Psychiatric Services. https://doi.org/10.1176/appi.ps.201600478',
      );
      const first = work('toney-2019', {
        title: 'Development and Evaluation of a Recovery College Fidelity Measure',
        type: 'article',
        authors: [{ family: 'Toney', given: 'R.' }],
        authorsKnown: 'some',
        issued: '2019',
        containerTitle: 'Canadian Journal of Psychiatry',
        volume: '64',
        issue: '6',
        pages: '405–414',
        doi: '10.1177/0706743718815893',
        language: 'en',
        topics: ['recovery-college'],
      });
      expect(formatReference(first, 'apa').text).toMatch(
        /^Toney, R\., et al\. \(2019\)\. Development .* Canadian Journal of Psychiatry, 64\(6\), 405–414\./,
      );
      expect(formatReference(first, 'vancouver').text).toMatch(/^Toney R, et al\. Development/);
      expect(formatInText(first, 'sv')).toBe('(Toney m.fl., 2019)');
      expect(formatInText(first, 'en')).toBe('(Toney et al., 2019)');
      // The exports list only the known author and say there are more.
      expect(first.item.author).toEqual([{ family: 'Toney', given: 'R.' }]);
      expect(first.item.note).toMatch(/not listed/);
    },
    slow,
  );
});

describe('the Swedish variant of APA', () => {
  const apa = (plugins.config.get('@csl') as { styles: { get(name: string): string } }).styles.get('apa');
  it('joins names with the locale word and keeps role labels as the locale writes them', () => {
    const sv = swedishApa(apa);
    expect(sv).not.toContain('and="symbol"');
    expect(sv).not.toMatch(/<label\b[^>]*text-case="title"/);
  });
  it('fails loudly when the bundled APA no longer has what it changes', () => {
    expect(() => swedishApa('<style/>')).toThrow(/APA style changed/);
  });
});

describe('the list: filters, groups and order', () => {
  const facets = [
    { topics: ['peer-support', 'evaluation'] as const, type: 'report' as const, language: 'sv', year: 2018 },
    { topics: ['recovery-college'] as const, type: 'article' as const, language: 'en', year: 2019 },
    { topics: ['evaluation'] as const, type: 'article' as const, language: 'en', year: undefined },
  ];
  const cases = [
    { reason: 'no filter shows all', filter: {}, shown: [0, 1, 2] },
    { reason: 'a topic matches any of a work’s topics', filter: { topic: 'evaluation' as const }, shown: [0, 2] },
    { reason: 'type and language together', filter: { type: 'article' as const, language: 'en' }, shown: [1, 2] },
    { reason: 'a year leaves out works without one', filter: { year: 2019 }, shown: [1] },
    { reason: 'choices that exclude each other show nothing', filter: { language: 'sv', type: 'article' as const }, shown: [] },
  ];
  it.each(cases)('$reason', ({ filter, shown }) => {
    expect(facets.flatMap((w, i) => (matchesWorkFilter(w, filter) ? [i] : []))).toEqual(shown);
  });
  it('groups each work once, under its first topic, in the topics’ order', () => {
    const groups = groupByTopic(facets, ['recovery-college', 'peer-support', 'evaluation', 'relatives']);
    expect(groups.map((g) => [g.topic, g.works.length])).toEqual([
      ['recovery-college', 1],
      ['peer-support', 1],
      ['evaluation', 1],
    ]);
  });
  it('orders newest first, works without a year last, then by reference', () => {
    const sorted = [
      { year: undefined, sortText: 'A' },
      { year: 2018, sortText: 'B' },
      { year: 2019, sortText: 'Ö' },
      { year: 2019, sortText: 'Å' },
    ].sort(compareWorks);
    expect(sorted.map((w) => w.sortText)).toEqual(['Å', 'Ö', 'B', 'A']);
  });
  it('offers only the values some work has', () => {
    expect(facetValues(facets)).toEqual({
      topics: ['peer-support', 'evaluation', 'recovery-college'],
      types: ['report', 'article'],
      languages: ['en', 'sv'],
      years: [2019, 2018],
    });
    expect(yearOf('2019-03')).toBe(2019);
    expect(yearOf(undefined)).toBeUndefined();
  });
});

describe('a reference reaches the page as HTML: nothing from content can become markup there', () => {
  it(
    'a name with markup, a title with markup and an address with a quote stay text and a plain link',
    () => {
      const attack = work('attack', {
        title: 'A <img src=x onerror=alert(1)> title',
        type: 'report',
        authors: [{ organisation: 'Org <img src=x onerror=alert(2)><script>alert(3)</script>' }],
        issued: '2019',
        language: 'en',
        topics: ['peer-support'],
        url: 'https://exempel.se/"><svg onload=alert(4)>',
      });
      for (const style of ['apa', 'vancouver'] as const) {
        const { html } = formatReference(attack, style);
        expect(html, style).not.toMatch(/<(?:img|script|svg)\b/i);
        expect(html, style).not.toMatch(/<[^>]*\son\w+\s*=/i);
        for (const [, attrs] of html.matchAll(/<a\b([^>]*)>/g))
          expect(attrs, style).toMatch(/^ href="https:\/\/[^"\s<>]+" rel="noreferrer"$/);
      }
    },
    slow,
  );

  const cases: { reason: string; html: string; kept: string }[] = [
    { reason: 'italics stay', html: '<i>Titel</i>', kept: '<i>Titel</i>' },
    {
      reason: 'an https link stays, with its address only, and rel="noreferrer"',
      html: '<a href="https://doi.org/10.1/x" class="c" rel="opener">x</a>',
      kept: '<a href="https://doi.org/10.1/x" rel="noreferrer">x</a>',
    },
    { reason: 'a javascript: link loses its address', html: '<a href="javascript:alert(1)">x</a>', kept: '<a>x</a>' },
    { reason: 'an event handler is dropped', html: '<span onclick="alert(1)">x</span>', kept: '<span>x</span>' },
    { reason: 'an element a reference never uses is dropped', html: 'a<iframe src="https://x.se/"></iframe>b', kept: 'ab' },
  ];
  it.each(cases)('$reason', ({ html, kept }) => {
    expect(safeReferenceHtml(html)).toBe(kept);
  });
});
