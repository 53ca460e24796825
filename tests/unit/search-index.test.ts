import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createSplitter } from '../../tools/decompound.ts';
import { compoundParts, enrichForSearch, pageText, synonymsFor } from '../../tools/search-index.ts';

/**
 * A small Hunspell dictionary in the Swedish dictionary's notation: X may begin a compound, U sit
 * inside, Y end it; v adds the linking s ("återhämtnings-").
 */
const aff = [
  'SET UTF-8',
  'COMPOUNDBEGIN X',
  'COMPOUNDMIDDLE U',
  'COMPOUNDEND Y',
  'SFX v Y 2',
  'SFX v a s/WXZ a',
  'SFX v 0 s/WXZ [^a]',
].join('\n');
const dic = [
  '9',
  'stöd/XY',
  'linje/XY',
  'kris/XY',
  'anhörig/XY',
  'återhämtning/vY',
  'guide/XY',
  'själv/XU',
  'mord/vXY',
  'tanke/Y',
  'ö/XY',
  'ten/Y',
].join('\n');
const splitter = createSplitter(aff, dic);

describe('createSplitter', () => {
  test.each([
    ['stödlinje', ['stöd', 'linje'], 'two parts'],
    ['stödlinjen', ['stöd', 'linjen'], 'the last part inflected'],
    ['stödlinjerna', ['stöd', 'linjerna'], 'a longer inflection'],
    ['krisstöd', ['kris', 'stöd'], 'a part that is also a word of its own'],
    ['anhörigstöd', ['anhörig', 'stöd'], 'from the issue'],
    ['återhämtningsguiden', ['återhämtning', 'guiden'], 'a linking s, given back as the word'],
    ['självmordslinjen', ['själv', 'mord', 'linjen'], 'three parts, with a middle part'],
  ])('%s → %j (%s)', (word, parts) => {
    expect(splitter.split(word)).toEqual(parts);
  });

  test.each([
    ['stöd', 'a word too short to be a compound'],
    ['stödx', 'the rest is no word'],
    ['öland', 'a part shorter than three letters'],
    ['linjekris', 'kris may end, so this one splits'],
  ])('%s (%s)', (word) => {
    const parts = splitter.split(word);
    if (word === 'linjekris') expect(parts).toEqual(['linje', 'kris']);
    else expect(parts).toBeUndefined();
  });

  test('upper case is split as lower case', () => {
    expect(splitter.split('Stödlinje')).toEqual(['stöd', 'linje']);
  });
});

const page = (body: string, head = '') =>
  `<!doctype html><html lang="sv"><head><title>T – Sajt</title><meta name="description" content="Om sömn.">${head}</head>` +
  `<body><header>Meny stödlinje</header><main data-pagefind-body><h1>Stödlinjer</h1>${body}<div data-pagefind-ignore="all">krisstöd</div><script>var anhörigstöd</script></main></body></html>`;

describe('pageText', () => {
  test('reads what Pagefind indexes: main without ignored parts and scripts; the h1 as the heading', () => {
    const text = pageText(page('<p>Ring <b>oss</b>.</p>', '<meta name="keywords" content="a, b">'));
    expect(text).toMatchObject({ lang: 'sv', heading: 'Stödlinjer', description: 'Om sömn.', keywords: 'a, b' });
    expect(text.body).toContain('Ring oss');
    expect(text.body).not.toContain('krisstöd');
    expect(text.body).not.toContain('anhörigstöd');
    expect(text.body).not.toContain('Meny');
  });

  test('decodes character references in text and attributes, and reads no raw text as page text', () => {
    const text = pageText(
      page(
        '<p>Stöd &amp; hjälp &lt;här&gt; för &quot;alla&quot; &#x2013; dygnet&nbsp;runt</p><style>p{content:"</main>"}</style><template><p>mall</p></template>',
        '<meta name="keywords" content="oro &amp; ångest"><style>main{}</style><script>"<main data-pagefind-body>falsk</main>"</script>',
      ).replace('Om sömn.', 'Sömn &amp; vila'),
    );
    expect(text.body).toContain('Stöd & hjälp <här> för "alla" – dygnet runt');
    expect(text.body).not.toMatch(/mall|falsk|content/);
    expect(text).toMatchObject({ keywords: 'oro & ångest', description: 'Sömn & vila', heading: 'Stödlinjer' });
  });
});

describe('synonymsFor', () => {
  const groups = [
    ['självmord', 'suicid'],
    ['ångest', 'oro'],
    ['anhörig', 'närstående'],
  ];
  test.each([
    ['Om självmord', ['suicid'], 'the other words of the group'],
    ['Om suicid och självmord', [], 'nothing the page already says'],
    ['Vi är oroliga', [], 'a short word counts only whole: oro is not in oroliga'],
    ['För anhöriga', ['närstående'], 'a longer word also at the start of a word'],
    ['Om sömn', [], 'no group'],
  ])('%s → %j (%s)', (text, expected) => {
    expect(synonymsFor(text, groups)).toEqual(expected);
  });
});

test('compoundParts gives the parts the text does not already have, each once', () => {
  expect(compoundParts('Ring stödlinjen eller en annan stödlinje om kris', splitter)).toEqual(['stöd', 'linjen', 'linje']);
});

describe('enrichForSearch', () => {
  test('adds summary, heading, synonyms and parts as Pagefind metadata before </head>', () => {
    const { html, added } = enrichForSearch(page('<p>Vid självmordstankar: ring självmordslinjen.</p>'), {
      splitter,
      synonyms: [
        ['självmord', 'suicid'],
        ['stödlinje', 'jourtelefon'],
      ],
    });
    expect(added.summary).toBe('Om sömn.');
    expect(added.heading).toContain('jourtelefon');
    expect(added.synonyms).toBe('suicid');
    expect(added.parts?.split(' ')).toEqual(expect.arrayContaining(['mord', 'linjen']));
    expect(html).toContain('<meta data-pagefind-meta="summary[content]" content="Om sömn."></head>'.replace('</head>', ''));
    expect(html.indexOf('data-pagefind-meta="parts[content]"')).toBeLessThan(html.indexOf('</head>'));
  });

  test('an English page gets synonyms but no Swedish compound parts', () => {
    const { added } = enrichForSearch(page('<p>stödlinjen</p>').replace('lang="sv"', 'lang="en"'), { splitter, synonyms: [] });
    expect(added.parts).toBeUndefined();
  });

  test('a page search does not index comes back unchanged', () => {
    const html = '<html lang="sv"><head></head><body><main>stödlinje</main></body></html>';
    expect(enrichForSearch(html, { splitter, synonyms: [] })).toEqual({ html, added: {} });
  });

  test('metadata values are escaped in the attribute', () => {
    const { html } = enrichForSearch(page('').replace('Om sömn.', 'A &quot;quote&quot; &amp; &lt;b&gt;'), { synonyms: [] });
    expect(html).toContain('content="A &quot;quote&quot; &amp; &lt;b>"');
  });
});

test('the real Swedish dictionary splits the issue examples', async () => {
  const { swedishSplitter } = await import('../../tools/decompound-sv.ts');
  const sv = await swedishSplitter();
  expect(sv.split('återhämtningsguiden')).toEqual(['återhämtning', 'guiden']);
  expect(sv.split('stödlinje')).toEqual(['stöd', 'linje']);
  expect(sv.split('krisstöd')).toEqual(['kris', 'stöd']);
  expect(sv.split('anhörigstöd')).toEqual(['anhörig', 'stöd']);
  expect(readFileSync('node_modules/dictionary-sv/index.aff', 'utf8')).toContain('COMPOUNDBEGIN');
});
