/**
 * Checks an MDX body so that content can never run code on the build machine or break the
 * build by accident. Content may use Markdown, the whitelisted components with literal props
 * and a few harmless HTML elements; nothing else.
 *
 * Used by the build (a Vite plugin in astro.config.mjs, before MDX compiles the file), by
 * `npm run validate` (every file in one run) and by the tests. Returns problems with line,
 * column, what was found and how to fix it, in Swedish for editors.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { z } from 'zod';
import { checkUrl } from '../rules/url.ts';
import { allowedHtml, contentComponents } from '../schemas/content-components.ts';
import { stripFrontmatter } from './frontmatter.ts';

export interface SafetyProblem {
  line: number;
  column: number;
  /** What was found. */
  message: string;
  /** What to do instead. */
  fix: string;
}

export interface ComponentRule {
  props: z.ZodObject;
}

/** A content component used in a body: its name, its literal props and its line. */
export interface ComponentUse {
  name: string;
  props: Record<string, string | true>;
  line: number;
}

export interface SafetyRules {
  components: Record<string, ComponentRule>;
  html: Record<string, readonly string[]>;
}

/** Attributes a browser (or a component) treats as an address: their values pass the URL rule. */
const urlAttributes = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'background',
  'xlink:href',
  'url',
]);

interface Position {
  start?: { line: number; column: number };
}
interface MdNode {
  type: string;
  position?: Position;
  children?: MdNode[];
  name?: string | null;
  url?: string;
  alt?: string | null;
  /** A reference's or a definition's label, normalised by the parser (case and white space folded), so `![x][R]` finds `[r]: …`. */
  identifier?: string;
  label?: string | null;
  attributes?: { type: string; name?: string; value?: unknown; position?: Position }[];
}

function at(node: { position?: Position }): { line: number; column: number } {
  return { line: node.position?.start?.line ?? 1, column: node.position?.start?.column ?? 1 };
}

/**
 * Check one MDX source (with or without front matter). An empty array means it is safe. Every
 * body is parsed: a shortcut on the raw text would miss what the parser decodes
 * (`javascript&colon;`, `java\tscript:`).
 */
export function checkMdx(source: string, rules: SafetyRules): SafetyProblem[] {
  return inspectMdx(source, rules).problems;
}

/** The problems of an MDX source, and the components it uses (for the checks of what they point to). */
export function inspectMdx(source: string, rules: SafetyRules): { problems: SafetyProblem[]; components: ComponentUse[] } {
  const body = stripFrontmatter(source);
  let tree: MdNode;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as MdNode;
  } catch (error) {
    const e = error as {
      line?: number;
      column?: number;
      place?: { line?: number; column?: number; start?: { line: number; column: number } };
      reason?: string;
      message: string;
    };
    const place = e.place && 'start' in e.place && e.place.start ? e.place.start : e.place;
    // Some parse errors carry their position only in the text: "… (6:1-6:9)".
    const inText = /\((\d+):(\d+)/.exec(e.message);
    const problem = {
      line: e.line ?? place?.line ?? (inText ? Number(inText[1]) : 1),
      column: e.column ?? place?.column ?? (inText ? Number(inText[2]) : 1),
      message: `Texten kan inte läsas som MDX: ${e.reason ?? e.message}`,
      fix: 'Tecknen { } < > har särskild betydelse. Vill du skriva tecknet som text, sätt ett \\ framför: \\{ \\} \\< \\>. Använd bara komponenterna som finns i redigeraren.',
    };
    return { problems: [problem], components: [] };
  }

  const problems: SafetyProblem[] = [];
  const components: ComponentUse[] = [];
  const add = (node: { position?: Position }, message: string, fix: string) => problems.push({ ...at(node), message, fix });
  const allowedNames = [...Object.keys(rules.components), ...Object.keys(rules.html)].join(', ');

  // Reference definitions (`[r]: https://…`) by label: an image reference `![x][r]` (or `![r][]`,
  // `![r]`) shows the definition's address as an image, so the image rule applies to it there.
  const definitions = new Map<string, MdNode[]>();
  const collect = (node: MdNode) => {
    if (node.type === 'definition' && node.identifier !== undefined)
      definitions.set(node.identifier, [...(definitions.get(node.identifier) ?? []), node]);
    node.children?.forEach(collect);
  };
  collect(tree);

  const visit = (node: MdNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          node,
          'En import- eller export-rad är inte tillåten i innehåll.',
          'Ta bort raden. Komponenter (t.ex. Callout) finns redan tillgängliga utan import.',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(
          node,
          'Måsvingar { } tolkas som programkod och är inte tillåtna i innehåll.',
          'Skriv \\{ och \\} om du menar tecknen, eller ta bort dem.',
        );
        break;
      case 'link':
      case 'image':
      case 'definition': {
        // The parser has decoded character references and backslash escapes: this is the URL the page gets.
        const verdict = checkUrl(node.url ?? '', node.type === 'image' ? 'image' : 'link');
        if (!verdict.ok) {
          add(node, `${node.type === 'image' ? 'Bilden' : 'Länken'} har ${verdict.reason}, som inte är tillåten.`, verdict.fix);
        } else if (node.type === 'image' && !node.alt?.trim()) {
          // The CMS requires alt text on every image; a file edited by hand must have it too (WCAG 1.1.1).
          add(
            node,
            'Bilden saknar alternativtext: ![](…) med tomma hakparenteser.',
            'Skriv vad bilden visar mellan hakparenteserna: ![Två personer vid ett köksbord](/media/bild.jpg).',
          );
        }
        break;
      }
      case 'imageReference': {
        // Every definition of the label, not only the first (which the renderer uses): none may be an address an image may not have.
        for (const definition of definitions.get(node.identifier ?? '') ?? []) {
          const verdict = checkUrl(definition.url ?? '', 'image');
          if (!verdict.ok) {
            add(
              node,
              `Bilden tar sin adress från definitionen [${definition.label ?? definition.identifier}]: på rad ${at(definition).line}, och den har ${verdict.reason}, som inte är tillåten för en bild.`,
              verdict.fix,
            );
            break;
          }
        }
        if (!node.alt?.trim())
          add(
            node,
            'Bilden saknar alternativtext: ![][…] med tomma hakparenteser.',
            'Skriv vad bilden visar mellan de första hakparenteserna: ![Två personer vid ett köksbord][bild].',
          );
        break;
      }
      case 'html':
        add(node, 'HTML-kod är inte tillåten här.', 'Använd Markdown eller en av redigerarens komponenter.');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const props = checkElement(node, rules, add, allowedNames);
        if (props && node.name && Object.hasOwn(rules.components, node.name))
          components.push({ name: node.name, props, line: at(node).line });
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return { problems, components };
}

function checkElement(
  node: MdNode,
  rules: SafetyRules,
  add: (n: { position?: Position }, m: string, f: string) => void,
  allowedNames: string,
): Record<string, string | true> | undefined {
  const name = node.name ?? '';
  if (name === '') {
    add(node, 'Ett tomt element <> är inte tillåtet.', 'Ta bort <> och </>.');
    return undefined;
  }
  // Own properties only: `<toString />` is not a component because every object has toString.
  const component = Object.hasOwn(rules.components, name) ? rules.components[name] : undefined;
  const htmlAttributes = Object.hasOwn(rules.html, name) ? rules.html[name] : undefined;
  if (!component && !htmlAttributes) {
    add(node, `Elementet <${name}> är inte tillåtet i innehåll.`, `Tillåtna element är: ${allowedNames}. Menar du tecknet <, skriv \\<.`);
    return undefined;
  }
  const props: Record<string, string | true> = {};
  for (const attribute of node.attributes ?? []) {
    const where = attribute.position ? attribute : node;
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      add(where, `<${name}> har en {…}-egenskap, som är programkod.`, 'Skriv egenskaper som text inom citattecken: namn="värde".');
      continue;
    }
    const attrName = attribute.name;
    if (/^on/i.test(attrName)) {
      add(where, `Egenskapen ${attrName} på <${name}> skulle köra programkod.`, `Ta bort ${attrName}.`);
      continue;
    }
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      add(
        where,
        `Egenskapen ${attrName} på <${name}> har ett {…}-värde, som är programkod.`,
        `Skriv värdet inom citattecken: ${attrName}="…".`,
      );
      continue;
    }
    const value = typeof attribute.value === 'string' ? attribute.value : true;
    const verdict = typeof value === 'string' && urlAttributes.has(attrName.toLowerCase()) ? checkUrl(value) : undefined;
    if (verdict && !verdict.ok) {
      add(where, `Egenskapen ${attrName} på <${name}> har ${verdict.reason}, som inte är tillåten.`, verdict.fix);
      continue;
    }
    if (htmlAttributes && !htmlAttributes.includes(attrName)) {
      add(
        where,
        `Egenskapen ${attrName} är inte tillåten på <${name}>.`,
        htmlAttributes.length ? `Tillåtna egenskaper: ${htmlAttributes.join(', ')}.` : `Ta bort ${attrName}.`,
      );
      continue;
    }
    props[attrName] = value;
  }
  if (component) {
    const result = component.props.safeParse(props);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = issue.path.join('.') || '(egenskaper)';
        add(
          node,
          `<${name}>: egenskapen ${key} är fel: ${issue.message}`,
          'Rätta egenskapen eller ta bort komponenten och infoga den på nytt från redigeraren.',
        );
      }
      return undefined;
    }
  }
  return props;
}

/** The rules for this site's content: the registered components and the small HTML whitelist. */
export const contentRules: SafetyRules = { components: contentComponents, html: allowedHtml };
