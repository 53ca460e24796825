/**
 * "Safe MDX": what the CMS writes for a Markdown body, so that whatever an editor types builds and
 * renders as typed.
 *
 * Decap's editor works in CommonMark, where `{`, `}` and a `<` that starts no tag are plain text.
 * In MDX they start JavaScript expressions and JSX, which the content guard refuses (and the MDX
 * compiler would run). So on save (`markdownToMdx`) every `{`, `}` and `<` outside code and outside
 * the registered component tags is escaped (`\{`, `\}`, `\<`); a few harmless inline HTML tags
 * (the whitelist in src/schemas/content-components.ts) stay markup when they are well formed; an
 * autolink `<https://…>`, which MDX does not support, becomes `[https://…](https://…)`. On load
 * (`mdxToMarkdown`) the escapes are removed again where CommonMark reads the bare character the
 * same way, so editors do not see backslashes.
 *
 * Pure and synchronous; used by the admin's custom formats (formats below) and by the tests.
 */
import { stringify as stringifyYaml } from 'yaml';
import { parseYamlData } from '../../src/lib/content-yaml.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

export interface SafeMdxRules {
  /** Content components (`<Callout …>`): their tag lines are kept when their props validate. */
  components: Record<string, { props: { safeParse(value: unknown): { success: boolean } } }>;
  /** Inline HTML elements kept as markup, with the attributes each may carry. */
  html: Record<string, readonly string[]>;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** One attribute: a name, optionally `="…"` or `='…'` (the value in group 2 or 3). */
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;
/** The attributes of a tag, as a regular-expression source (no capture group). */
export const ATTRIBUTES = String.raw`(?:\s+[A-Za-z_][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*`;
const PUNCTUATION = /[!-/:-@[-`{-~]/;
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i;
const EMAIL_AUTOLINK =
  /^<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)>/;
const UNSAFE_LINK = /^\]\(\s*<?\s*(?:javascript|vbscript|data|file):/i;
const UNSAFE_DEFINITION = /^ {0,3}\[[^\]]*\]:\s*<?\s*(?:javascript|vbscript|data|file):/i;
const TAG_LINE = new RegExp(`^\\s*<(/?)([A-Z][A-Za-z0-9]*)(${ATTRIBUTES})\\s*(/?)>\\s*$`);
const HTML_TAG = new RegExp(`^<(/?)([A-Za-z][A-Za-z0-9]*)(${ATTRIBUTES})\\s*(/?)>`);

/** `&quot;` and friends in a JSX attribute value, as MDX decodes them. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(quot|amp|lt|gt|apos|#(\d+)|#x([0-9a-f]+));/gi, (whole, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" }[name.toLowerCase()] ?? whole;
  });
}

/** A value written inside `"…"` in a JSX attribute: quotes and ampersands as character references. */
export function encodeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The attributes of a JSX tag (`type="tip" title="Råd"`) as an object; a bare name is `true`. */
export function parseAttributes(source: string): Record<string, string | true> {
  const result: Record<string, string | true> = {};
  for (const m of source.matchAll(ATTRIBUTE)) {
    const raw = m[2] ?? m[3];
    result[m[1]!] = raw === undefined ? true : decodeAttribute(raw);
  }
  return result;
}

/** Lines of a body, classified: code fences and component tags are passed through untouched. */
interface Segment {
  kind: 'verbatim' | 'text';
  lines: string[];
}

/**
 * Indexes of the lines that are content-component tags to keep: known name, props that pass the
 * component's schema, and each opening tag closed later in order. Anything else is text.
 */
function componentLines(lines: readonly string[], inFence: readonly boolean[], rules: SafeMdxRules): Set<number> {
  const kept = new Set<number>();
  const stack: { name: string; index: number }[] = [];
  lines.forEach((line, index) => {
    if (inFence[index]) return;
    const match = TAG_LINE.exec(line);
    if (!match) return;
    const [, slash, name = '', attributes = '', selfSlash] = match;
    const component = Object.hasOwn(rules.components, name) ? rules.components[name] : undefined;
    if (!component) return;
    if (slash) {
      const open = stack.findLastIndex((t) => t.name === name);
      if (open === -1 || attributes.trim() || selfSlash) return;
      kept.add(stack[open]!.index).add(index);
      stack.length = open;
      return;
    }
    const props = parseAttributes(attributes);
    if (Object.values(props).some((v) => v === true) || !component.props.safeParse(props).success) return;
    if (selfSlash) kept.add(index);
    else stack.push({ name, index });
  });
  return kept;
}

function segments(source: string, rules: SafeMdxRules): Segment[] {
  const lines = source.split('\n');
  const inFence: boolean[] = [];
  let fence: { char: string; length: number } | undefined;
  for (const line of lines) {
    if (fence) {
      inFence.push(true);
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && line.trim() === close[1]) fence = undefined;
      continue;
    }
    const open = FENCE.exec(line);
    const opens = open && !(open[1]![0] === '`' && line.slice(open[0].length).includes('`'));
    if (opens) fence = { char: open[1]![0]!, length: open[1]!.length };
    inFence.push(Boolean(opens));
  }
  const components = componentLines(lines, inFence, rules);
  const result: Segment[] = [];
  lines.forEach((line, index) => {
    const kind = inFence[index] || components.has(index) ? 'verbatim' : 'text';
    const last = result.at(-1);
    if (last && last.kind === kind) last.lines.push(line);
    else result.push({ kind, lines: [line] });
  });
  return result;
}

/**
 * End of the backticks at `i`: past the whole code span when the run has a closing run, else past
 * the run alone (unmatched backticks are text). Either way nothing inside is escaped or unescaped.
 */
function backticksEnd(text: string, i: number): number {
  const span = codeSpanLength(text, i);
  if (span) return i + span;
  let end = i + 1;
  while (text[end] === '`') end++;
  return end;
}

/** Length of the code span starting at `i` (a run of backticks with its closing run), or 0. */
function codeSpanLength(text: string, i: number): number {
  let run = 0;
  while (text[i + run] === '`') run++;
  const ticks = '`'.repeat(run);
  let from = i + run;
  for (;;) {
    const close = text.indexOf(ticks, from);
    if (close === -1) return 0;
    // A code span does not cross a blank line (a new paragraph).
    if (/\n[ \t]*\n/.test(text.slice(i, close))) return 0;
    let end = close + run;
    if (text[end] !== '`') return end - i;
    while (text[end] === '`') end++;
    from = end;
  }
}

interface HtmlTag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

/** An allowed inline HTML tag at `i`, if the whitelist permits its name and attributes. */
function htmlTagAt(text: string, i: number, rules: SafeMdxRules): HtmlTag | undefined {
  const match = HTML_TAG.exec(text.slice(i));
  if (!match) return undefined;
  const [whole, slash, name = '', attributes = '', selfSlash] = match;
  // A self-closing content component inside a sentence (`… Västra Götaland <Cite id="wenzer-2018" />.`)
  // stays markup when its props pass the component's schema, as on a line of its own.
  const component = Object.hasOwn(rules.components, name) ? rules.components[name] : undefined;
  if (component && selfSlash && !slash) {
    const props = parseAttributes(attributes);
    if (Object.values(props).some((v) => v === true) || !component.props.safeParse(props).success) return undefined;
    return { start: i, end: i + whole.length, name, closing: false, selfClosing: true };
  }
  const allowed = Object.hasOwn(rules.html, name) ? rules.html[name] : undefined;
  if (!allowed) return undefined;
  if (slash && (attributes.trim() || selfSlash)) return undefined;
  for (const attribute of attributes.matchAll(ATTRIBUTE)) {
    const value = attribute[2] ?? attribute[3] ?? '';
    if (!allowed.includes(attribute[1]!) || /[{}<>]/.test(value) || /^\s*(javascript|vbscript|data):/i.test(value)) return undefined;
  }
  return { start: i, end: i + whole.length, name, closing: Boolean(slash), selfClosing: Boolean(selfSlash) || name === 'br' };
}

/** HTML tags in a paragraph that are kept as markup: allowed, and opened and closed in order. */
function keptHtmlTags(text: string, rules: SafeMdxRules): Map<number, HtmlTag> {
  const kept = new Map<number, HtmlTag>();
  const stack: HtmlTag[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && PUNCTUATION.test(text[i + 1] ?? '')) {
      i += 2;
    } else if (c === '`') {
      i = backticksEnd(text, i);
    } else if (c === '\n' && /^\n[ \t]*\n/.test(text.slice(i))) {
      stack.length = 0; // a tag left open at the end of a paragraph is text
      i++;
    } else if (c === '<') {
      const tag = htmlTagAt(text, i, rules);
      if (!tag) {
        i++;
        continue;
      }
      if (tag.selfClosing) kept.set(tag.start, tag);
      else if (!tag.closing) stack.push(tag);
      else {
        const open = stack.findLastIndex((t) => t.name === tag.name);
        if (open !== -1) {
          kept.set(stack[open]!.start, stack[open]!);
          kept.set(tag.start, tag);
          stack.length = open;
        }
      }
      i = tag.end;
    } else {
      i++;
    }
  }
  return kept;
}

function escapeText(text: string, rules: SafeMdxRules): string {
  const kept = keptHtmlTags(text, rules);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const lineStart = i === 0 || text[i - 1] === '\n';
    if (lineStart && /^(?:import|export)\s/.test(text.slice(i))) {
      // A line starting "import " or "export " is JavaScript in MDX: write its first letter as a
      // character reference, which shows the same letter.
      out += c === 'i' ? '&#105;' : '&#101;';
      i++;
    } else if (lineStart && UNSAFE_DEFINITION.test(text.slice(i))) {
      // A link definition to javascript: or data: stays text.
      const bracket = text.indexOf('[', i);
      out += `${text.slice(i, bracket)}\\[`;
      i = bracket + 1;
    } else if (c === ']' && UNSAFE_LINK.test(text.slice(i))) {
      // A link to javascript: or data: stays text: the content guard refuses such addresses.
      out += ']\\(';
      i += 2;
    } else if (c === '\\' && PUNCTUATION.test(text[i + 1] ?? '')) {
      out += text.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      const end = backticksEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (c === '{' || c === '}') {
      out += `\\${c}`;
      i++;
    } else if (c === '<') {
      const tag = kept.get(i);
      const rest = text.slice(i);
      const link = AUTOLINK.exec(rest);
      const email = EMAIL_AUTOLINK.exec(rest);
      if (tag) {
        // MDX needs void elements closed: <br> is written <br />.
        out += tag.name === 'br' && !text.slice(tag.start, tag.end).endsWith('/>') ? '<br />' : text.slice(tag.start, tag.end);
        i = tag.end;
      } else if (link) {
        const url = link[1]!;
        out += `[${escapeLinkText(url.replace(/^mailto:/i, ''))}](${url})`;
        i += link[0].length;
      } else if (email) {
        out += `[${escapeLinkText(email[1]!)}](mailto:${email[1]})`;
        i += email[0].length;
      } else {
        out += '\\<';
        i++;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]*_`{}<]/g, (c) => `\\${c}`);
}

function unescapeText(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1] ?? '';
    const lineStart = i === 0 || text[i - 1] === '\n';
    if (lineStart && /^&#(?:105;mport|101;xport)\s/.test(text.slice(i))) {
      out += text[i + 2] === '1' && text[i + 4] === '5' ? 'i' : 'e';
      i += 6;
    } else if (c === '\\' && (next === '{' || next === '}')) {
      out += next;
      i += 2;
    } else if (c === '\\' && next === '<' && !/^[A-Za-z/!?]/.test(text[i + 2] ?? '')) {
      // `<` before a space, digit or symbol is text in CommonMark too; before a letter it would
      // start an HTML tag, so that escape stays (the rich-text view shows a plain "<").
      out += '<';
      i += 2;
    } else if (c === '\\' && PUNCTUATION.test(next)) {
      out += c + next;
      i += 2;
    } else if (c === '`') {
      const end = backticksEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (c === '\n') {
      out += c;
      i++;
    } else {
      // Plain text up to the next character that may start something to unescape (a backslash, a
      // backtick, or a line start): copied in one piece, not a character at a time.
      PLAIN_UNTIL.lastIndex = i + 1;
      const stop = PLAIN_UNTIL.exec(text);
      const end = stop ? (stop[0] === '\n' ? stop.index + 1 : stop.index) : text.length;
      out += text.slice(i, end);
      i = end;
    }
  }
  return out;
}

/** Where `unescapeText` has to look again: a backslash, a backtick, or a newline (a line start follows). */
const PLAIN_UNTIL = /[\\`\n]/g;
/** What `markdownToMdx` writes that `mdxToMarkdown` removes: without any, a body is read as it is. */
const UNESCAPABLE = /\\[{}<]|&#10[15];/;

function transform(source: string, rules: SafeMdxRules, fn: (text: string) => string): string {
  return segments(source.replace(/\r\n?/g, '\n'), rules)
    .map((s) => (s.kind === 'verbatim' ? s.lines.join('\n') : fn(s.lines.join('\n'))))
    .join('\n');
}

/** CommonMark from the editor → MDX that builds and shows the same text. */
export function markdownToMdx(markdown: string, rules: SafeMdxRules): string {
  return transform(markdown, rules, (text) => escapeText(text, rules));
}

/** MDX from a file → CommonMark for the editor, without the escapes `markdownToMdx` added. */
export function mdxToMarkdown(mdx: string, rules: SafeMdxRules): string {
  // Most bodies hold no escape at all: then only line endings change (the list of a large
  // collection reads every entry's body, so this is the common, hot case).
  if (!UNESCAPABLE.test(mdx)) return mdx.replace(/\r\n?/g, '\n');
  return transform(mdx, rules, unescapeText);
}

/** Drop empty strings, nulls and empty lists/objects: an optional field left empty is absent. */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty).filter((v) => v !== undefined);
  if (value instanceof Date) return value;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, withoutEmpty(v)] as const)
      .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
  return value;
}

function sortKeys(data: Record<string, unknown>, sortedKeys: readonly string[] = []): Record<string, unknown> {
  const order = (key: string) => {
    const index = sortedKeys.indexOf(key);
    return index === -1 ? sortedKeys.length : index;
  };
  return Object.fromEntries(Object.entries(data).sort(([a], [b]) => order(a) - order(b)));
}

function yamlText(data: Record<string, unknown>, sortedKeys?: readonly string[]): string {
  const clean = (withoutEmpty(data) ?? {}) as Record<string, unknown>;
  return stringifyYaml(sortKeys(clean, sortedKeys), { lineWidth: 0, singleQuote: true });
}

/** A Decap custom format: `fromFile` reads a file's text, `toFile` writes an entry. */
export interface Formatter {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: object, sortedKeys?: string[]): string;
}

export interface FormatOptions {
  /**
   * Fields that are translated (Decap `i18n: translate`; in a group, by path: `image.alt`). A language version in which none of them
   * has a value is an untranslated page: Decap would still write it (with the copied dates), so
   * `toFile` returns '' and Decap skips the file.
   */
  translatedFields?: readonly string[];
}

/**
 * A language version nobody translated: none of the translated `fields` has a value. Such a
 * version is not written (the formats below) and not checked before saving (admin/main.ts).
 */
export function untranslated(data: Record<string, unknown>, fields: readonly string[] = []): boolean {
  // A field in a group is named by its path (`image.alt`): the group's copied file does not count.
  const at = (path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
  return fields.length > 0 && fields.every((path) => withoutEmpty(at(path)) === undefined);
}

/** MDX file with YAML front matter; the body field holds CommonMark for the editor. */
export function safeMdxFormat(rules: SafeMdxRules, bodyField = 'body', options: FormatOptions = {}): Formatter {
  // The body is text in the page's language too.
  const translatedFields = options.translatedFields ? [...options.translatedFields, bodyField] : undefined;
  return {
    fromFile(content) {
      const { yaml, body } = splitFrontmatter(content);
      const data = yaml === undefined ? {} : ((parseYamlData(yaml) ?? {}) as Record<string, unknown>);
      return { ...data, [bodyField]: mdxToMarkdown(body.replace(/^\s*\n/, '').replace(/\s+$/, ''), rules) };
    },
    toFile(data, sortedKeys) {
      const { [bodyField]: body, ...front } = data as Record<string, unknown>;
      if (untranslated(data as Record<string, unknown>, translatedFields)) return '';
      const text = typeof body === 'string' ? markdownToMdx(body.replace(/\s+$/, ''), rules) : '';
      return `---\n${yamlText(front, sortedKeys)}---\n${text ? `\n${text}\n` : ''}`;
    },
  };
}

/** YAML data file; empty optional values are left out so the schema does not see `""`. */
export function cleanYamlFormat(options: FormatOptions = {}): Formatter {
  return {
    fromFile(content) {
      return (parseYamlData(content) ?? {}) as Record<string, unknown>;
    },
    toFile(data, sortedKeys) {
      if (untranslated(data as Record<string, unknown>, options.translatedFields)) return '';
      return yamlText(data as Record<string, unknown>, sortedKeys);
    },
  };
}
