/**
 * Synthetic content for the benchmark, driven by the content-type registry (src/schemas/index.ts):
 * every folder type gets entries, each checked against the type's own zod schema before it is
 * written, so a type added later is benchmarked without touching this file.
 *
 * - `pages` (MDX, sv + en): generated front matter and a ~400-word Markdown body (headings,
 *   paragraphs, a list, links), the same text the bare Astro baseline builds;
 * - any other folder type, MDX or YAML: copies of its example entries in content/<type>/ (each
 *   language's file of a translated type) with a new identifier (the registry's identifierField),
 *   so the data stays realistic and valid.
 * Share of N: 80 % pages (as sv/en pairs), 20 % split over the other folder types.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse, stringify } from 'yaml';
import { parseMdxFile } from '../src/lib/validate-content.ts';
import { contentTypes, type ContentType, type FolderType } from '../src/schemas/index.ts';

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = {
  sv: (
    'återhämtning hälsa kurs lärande samtal stöd erfarenhet peer tillsammans vardag sömn oro stress hopp mening ' +
    'relationer arbete studier kropp känslor tankar vanor steg mål plan styrka trygghet gemenskap vila rörelse ' +
    'natur musik skrivande reflektion övning frågor svar kunskap forskning verktyg strategi balans glädje ' +
    'motgång förändring tid dag vecka grupp ledare student familj vän närstående samhälle region kommun'
  ).split(' '),
  en: (
    'recovery health course learning conversation support experience peer together everyday sleep worry stress ' +
    'hope meaning relationships work studies body feelings thoughts habits step goal plan strength safety ' +
    'community rest movement nature music writing reflection exercise questions answers knowledge research tools ' +
    'strategy balance joy setback change time day week group leader student family friend'
  ).split(' '),
};

function sentence(rnd: () => number, lang: 'sv' | 'en', length: number): string {
  const list = words[lang];
  const picked = Array.from({ length }, () => list[Math.floor(rnd() * list.length)]!);
  const text = picked.join(' ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}

/** A Markdown body of about 400 words: four sections, paragraphs, a list and two links. */
export function markdownBody(seed: number, lang: 'sv' | 'en'): string {
  const rnd = random(seed);
  const sections: string[] = [];
  for (let s = 0; s < 4; s++) {
    const heading = sentence(rnd, lang, 3).slice(0, -1);
    const paragraphs = Array.from({ length: 2 }, () => Array.from({ length: 4 }, () => sentence(rnd, lang, 10)).join(' '));
    const list = Array.from({ length: 3 }, () => `- ${sentence(rnd, lang, 4)}`).join('\n');
    sections.push(`## ${heading}\n\n${paragraphs.join('\n\n')}\n\n${list}`);
  }
  const home = lang === 'sv' ? '/' : '/en/';
  const link = lang === 'sv' ? 'Läs mer på startsidan' : 'Read more on the home page';
  return `${sections.join('\n\n')}\n\n[${link}](${home}) eller [1177](https://www.1177.se/).\n`;
}

export interface Generated {
  /** Entries written per content type. */
  counts: Record<string, number>;
  /** Paths (relative to the content folder) of the generated MDX pages, for the baseline. */
  pages: { lang: 'sv' | 'en'; file: string; title: string; description: string; body: string }[];
  /** Types left out because a copied entry did not pass the schema, with the reason. */
  skipped: string[];
}

function pageFrontMatter(i: number, lang: 'sv' | 'en') {
  const title = lang === 'sv' ? `Kurs i återhämtning nummer ${i}` : `Recovery course number ${i}`;
  const description =
    lang === 'sv'
      ? `En syntetisk sida för prestandamätning, nummer ${i}, med text om återhämtning och lärande.`
      : `A synthetic page for benchmarking, number ${i}, with text about recovery and learning.`;
  return { title, description, sensitive: false, updated: '2026-11-23' };
}

/** Give a copied entry a new identity: its identifier field (text or { sv, en }) and id/slug. */
function renamed(data: Record<string, unknown>, field: string, i: number): Record<string, unknown> {
  const copy = structuredClone(data);
  const value = copy[field];
  if (typeof value === 'string') copy[field] = `${value} ${i}`;
  else if (value && typeof value === 'object') {
    copy[field] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? `${v} ${i}` : v]));
  }
  for (const key of ['id', 'slug']) if (typeof copy[key] === 'string') copy[key] = `${copy[key]}-${i}`;
  return copy;
}

/**
 * Write `n` synthetic entries into `<root>/content/…` (a copy of the repository). `counts` sets the
 * number of entries of other types by name (`{ helplines: 1000 }`) instead of their share of `n`.
 */
export function generateContent(root: string, n: number, counts: Record<string, number> = {}): Generated {
  const folderTypes = (contentTypes as readonly ContentType[]).filter((t): t is FolderType => t.kind === 'folder');
  const others = folderTypes.filter((t) => t.name !== 'pages');
  const pageEntries = others.length ? Math.round(n * 0.8) : n;
  const result: Generated = { counts: {}, pages: [], skipped: [] };

  const pagesType = folderTypes.find((t) => t.name === 'pages');
  if (pagesType) {
    const pairs = Math.floor(pageEntries / 2);
    for (const lang of ['sv', 'en'] as const) mkdirSync(join(root, pagesType.folder, lang), { recursive: true });
    for (let i = 1; i <= pairs; i++) {
      for (const lang of ['sv', 'en'] as const) {
        const data = pageFrontMatter(i, lang);
        const check = pagesType.schema.safeParse({ ...data, updated: new Date(data.updated) });
        if (!check.success) throw new Error(`Syntetisk sida klarar inte schemat: ${check.error.message}`);
        const body = markdownBody(i * 2 + (lang === 'en' ? 1 : 0), lang);
        const file = `bench-${String(i).padStart(5, '0')}.mdx`;
        writeFileSync(join(root, pagesType.folder, lang, file), `---\n${stringify(data).trim()}\n---\n\n${body}`);
        result.pages.push({ lang, file, title: data.title, description: data.description, body });
      }
    }
    result.counts.pages = pairs * 2;
  }

  const perOther = others.length ? Math.floor((n - pageEntries) / others.length) : 0;
  for (const type of others) {
    const folder = join(root, type.folder);
    const ext = type.format === 'mdx' ? '.mdx' : '.yaml';
    // The examples by key: one file, or one per language for types translated as separate files.
    const byKey = new Map<string, { lang: string; data: Record<string, unknown>; body: string }[]>();
    for (const file of readdirSync(folder, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(ext))) {
      const [lang, ...rest] = type.translation === 'files' ? file.split(sep) : ['', file];
      const key = rest.join('/').replace(/\.[^.]+$/, '');
      const source = readFileSync(join(folder, file), 'utf8');
      const { data, body } = type.format === 'mdx' ? parseMdxFile(source) : { data: parse(source), body: '' };
      byKey.set(key, [...(byKey.get(key) ?? []), { lang: lang!, data: data as Record<string, unknown>, body }]);
    }
    const examples = [...byKey.values()];
    if (examples.length === 0) {
      result.skipped.push(`${type.name}: inga exempel att kopiera`);
      continue;
    }
    let written = 0;
    const wanted = counts[type.name] ?? perOther;
    copies: for (let i = 1; i <= wanted; i++) {
      const name = `bench-${String(i).padStart(5, '0')}${ext}`;
      for (const { lang, data: example, body } of examples[i % examples.length]!) {
        const data = renamed(example, type.identifierField, i);
        const check = type.schema.safeParse(data);
        if (!check.success) {
          result.skipped.push(`${type.name}: en kopia klarar inte schemat (${check.error.issues[0]?.message})`);
          break copies;
        }
        mkdirSync(join(folder, lang), { recursive: true });
        const text = type.format === 'mdx' ? `---\n${stringify(data).trim()}\n---\n${body}` : stringify(data);
        writeFileSync(join(folder, lang, name), text);
        written++;
      }
    }
    result.counts[type.name] = written;
  }
  return result;
}
