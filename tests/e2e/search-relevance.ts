/**
 * The relevance table: what people type, and the page that must be among the first three results
 * (several pages where any of them is right). Each case names what it tests. Every content type
 * with pages is here, in Swedish and English. Run by search-relevance.spec.ts.
 */
export interface RelevanceCase {
  query: string;
  /** Addresses of which at least one must be in the top 3. */
  expect: string | string[];
  why: string;
  /** The language's page the search runs from (its own index); Swedish when left out. */
  lang?: 'en';
}

export const relevanceCases: RelevanceCase[] = [
  // Courses
  { query: 'oro', expect: '/kurser/stress-och-oro/', why: 'title word' },
  { query: 'ångest', expect: '/kurser/stress-och-oro/', why: 'synonym of oro (settings)' },
  { query: 'anhöriga', expect: '/kurser/att-vara-anhorig/', why: 'inflected form' },
  { query: 'närstående', expect: ['/kurser/att-vara-anhorig/', '/arbetsblad/for-dig-som-ar-anhorig/'], why: 'synonym of anhörig' },
  { query: 'identiteten', expect: '/kurser/hopp-och-identitet/', why: 'inflected form of a title word' },
  { query: 'sömnproblem', expect: '/kurser/somn-och-aterhamtning/', why: 'compound, synonym of sömn' },
  { query: 'somn', expect: '/kurser/somn-och-aterhamtning/', why: 'typed without ö' },
  { query: 'vardagen', expect: '/kurser/sma-steg-i-vardagen/', why: 'title word' },
  { query: 'sma steg', expect: '/kurser/sma-steg-i-vardagen/', why: 'typed without å' },
  { query: 'inriktat', expect: '/kurser/aterhamtningsinriktat-arbetssatt/', why: 'part inside a compound (återhämtningsinriktat)' },
  { query: 'samtalsgrupp', expect: '/kurser/samtalsgrupp-om-aterhamtning/', why: 'compound in the title' },
  { query: 'kursprogram', expect: '/kurser/kursprogram/', why: 'the printed prospectus' },
  // Guide chapters and parts
  { query: 'kris', expect: '/aterhamtningsguiden/nar-det-ar-kris/', why: 'title word, also a crisis word' },
  { query: 'självmordstankar', expect: '/aterhamtningsguiden/nar-det-ar-kris/', why: 'compound people type' },
  { query: 'suicid', expect: ['/aterhamtningsguiden/nar-det-ar-kris/', '/hjalplinjer/'], why: 'synonym of självmord' },
  { query: 'rättigheter', expect: '/aterhamtningsguiden/vard-och-rattigheter/', why: 'title word with ä' },
  { query: 'rattigheter', expect: '/aterhamtningsguiden/vard-och-rattigheter/', why: 'typed without ä' },
  { query: 'berättelse', expect: '/aterhamtningsguiden/aterhamtningsberattelser/', why: 'singular of a plural title word' },
  { query: 'behov', expect: '/aterhamtningsguiden/dina-egna-behov/', why: 'title word' },
  { query: 'reflektera', expect: '/aterhamtningsguiden/verktyg-for-reflektion/', why: 'word of the title' },
  { query: 'reflekt', expect: '/aterhamtningsguiden/verktyg-for-reflektion/', why: 'half-typed word (prefix)' },
  { query: 'prata', expect: '/aterhamtningsguiden/att-prata-med-varandra/', why: 'title word' },
  { query: 'plan', expect: '/aterhamtningsguiden/min-plan/', why: 'title word' },
  { query: 'krisplan', expect: '/aterhamtningsguiden/nar-det-ar-kris/', why: "the chapter's own search keyword" },
  {
    query: 'guiden',
    expect: ['/aterhamtningsguiden/', '/arbetsblad/for-dig-som-mar-daligt/', '/arbetsblad/for-dig-som-ar-anhorig/'],
    why: 'part at the end of a compound (återhämtningsguiden)',
  },
  { query: 'mår dåligt', expect: '/arbetsblad/for-dig-som-mar-daligt/', why: 'å in both words' },
  { query: 'mar daligt', expect: '/arbetsblad/for-dig-som-mar-daligt/', why: 'typed without å: mår/mar must not drown it' },
  { query: 'för dig som är anhörig', expect: '/arbetsblad/for-dig-som-ar-anhorig/', why: 'för and är in a phrase' },
  // Helplines
  { query: 'stödlinje', expect: '/hjalplinjer/', why: 'compound' },
  { query: 'linje', expect: '/hjalplinjer/', why: 'part at the end of a compound (stödlinje, självmordslinjen)' },
  { query: 'sjalvmordslinjen', expect: '/hjalplinjer/', why: 'name typed without ä' },
  { query: 'jourtelefon', expect: '/hjalplinjer/', why: 'synonym of stödlinje' },
  { query: 'BRIS', expect: '/hjalplinjer/', why: 'capitals' },
  { query: 'kvinnofrid', expect: '/hjalplinjer/', why: 'part at the start of a compound (Kvinnofridslinjen)' },
  { query: 'ensam', expect: '/hjalplinjer/', why: 'a feeling people type' },
  // Information pages
  { query: 'boka en peer', expect: '/boka-en-peer/', why: 'title' },
  { query: 'anlita', expect: '/boka-en-peer/', why: "the entry's own search keyword (not in its text)" },
  { query: 'kakor', expect: '/integritet/', why: 'word of the title' },
  { query: 'tillgänglighet', expect: '/tillganglighet/', why: 'part at the start of a compound (tillgänglighetsredogörelse)' },
  { query: 'student', expect: '/som-student/', why: 'title word' },
  // Research
  {
    query: 'brukarinflytande',
    expect: ['/forskning/eriksson-2015/', '/forskning/socialstyrelsen-2013/'],
    why: 'compound in research titles',
  },
  { query: 'inflytande', expect: ['/forskning/eriksson-2015/', '/forskning/socialstyrelsen-2013/'], why: 'part at the end of a compound' },
  { query: 'försöksverksamhet', expect: '/forskning/forsoksverksamhet-peer-support-stockholm/', why: 'compound with ö' },
  // Events
  { query: 'inspirationsdag', expect: '/evenemang/inspirationsdag-egen-erfarenhet/', why: 'compound in the title' },
  { query: 'träff', expect: '/evenemang/informationstraff-varterminen/', why: 'part at the end of a compound (informationsträff)' },
  {
    query: 'föreläsning',
    expect: ['/evenemang/oppen-forelasning-aterhamtning-ar-mojlig/', '/aktuellt/exempel-oppen-forelasning/'],
    why: 'title word with ö',
  },
  // News
  { query: 'kursledare', expect: '/aktuellt/exempel-vi-soker-kursledare/', why: 'compound in the title' },
  { query: 'årsrapporten', expect: '/aktuellt/exempel-arsrapport-2025/', why: 'definite form' },
  { query: 'vårterminens kurser', expect: '/aktuellt/exempel-varterminens-kurser/', why: 'title' },
  // Documents
  { query: 'broschyr', expect: '/dokument/exempel-broschyr/', why: 'title word' },
  { query: 'kursutvärdering', expect: '/dokument/exempel-kursutvardering-2025/', why: 'compound in the title' },
  { query: 'blankett', expect: '/dokument/exempel-anmalan/', why: 'word of the title' },
  // English
  { query: 'anxiety', expect: '/en/courses/stress-and-anxiety/', why: 'title word', lang: 'en' },
  { query: 'worry', expect: '/en/courses/stress-and-anxiety/', why: 'synonym of anxiety', lang: 'en' },
  { query: 'helpline', expect: '/en/helplines/', why: 'singular of the title word', lang: 'en' },
  { query: 'story', expect: '/en/recovery-guide/stories-of-recovery/', why: 'singular of stories', lang: 'en' },
  { query: 'lived experience', expect: '/en/courses/peer-support/', why: 'phrase in the title', lang: 'en' },
  { query: 'prospectus', expect: '/en/courses/prospectus/', why: 'title word', lang: 'en' },
  { query: 'brochure', expect: '/en/documents/exempel-broschyr/', why: 'document title', lang: 'en' },
  { query: 'cookies', expect: '/en/privacy/', why: 'title word', lang: 'en' },
  {
    query: 'lecture',
    expect: ['/en/events/open-lecture-recovery-is-possible/', '/en/news/exempel-oppen-forelasning/'],
    why: 'event title',
    lang: 'en',
  },
  { query: 'reflecting', expect: '/en/recovery-guide/tools-for-reflection/', why: 'another form of reflection', lang: 'en' },
  { query: 'fidelity', expect: '/en/research/toney-2019/', why: 'research title word', lang: 'en' },
];
