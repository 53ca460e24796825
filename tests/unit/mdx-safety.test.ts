import { describe, expect, it } from 'vitest';
import { splitFrontmatter, stripFrontmatter } from '../../src/lib/frontmatter.ts';
import { checkMdx, contentRules } from '../../src/lib/mdx-safety.ts';

const front = '---\ntitle: Test\n---\n';

describe('checkMdx refuses anything that could run code or break the build', () => {
  const cases: { reason: string; body: string; line: number; message: RegExp }[] = [
    { reason: 'an expression would run on the build machine', body: 'Version: {process.version}', line: 4, message: /Måsvingar/ },
    { reason: 'a flow expression is code too', body: 'Text\n\n{1 + 1}', line: 6, message: /Måsvingar/ },
    { reason: 'an import line loads code', body: "import X from './x.js'\n\nText", line: 4, message: /import/ },
    { reason: 'an export runs at module load', body: 'export const a = 1\n\nText', line: 4, message: /export/ },
    { reason: 'a script element', body: 'Hej\n\n<script>alert(1)</script>', line: 6, message: /<script>/ },
    { reason: 'an event handler attribute', body: '<Callout title="x" onClick="alert(1)">Hej</Callout>', line: 4, message: /onClick/ },
    { reason: 'a javascript: link', body: '[Klicka](javascript:alert(1))', line: 4, message: /adresstypen "javascript:"/ },
    {
      reason: 'a javascript: link in a component prop',
      body: '<Document href="javascript:alert(1)" title="Rapport" />',
      line: 4,
      message: /adresstypen "javascript:"/,
    },
    { reason: 'an unknown component', body: 'Text\n<Karusell />', line: 5, message: /<Karusell>/ },
    { reason: 'an iframe is not on the HTML whitelist', body: '<iframe src="https://example.com"></iframe>', line: 4, message: /<iframe>/ },
    { reason: 'a prop given as an expression', body: '<Callout title={"x"}>Hej</Callout>', line: 4, message: /programkod/ },
    { reason: 'a spread of props', body: '<Callout {...props}>Hej</Callout>', line: 4, message: /programkod/ },
    { reason: 'a prop value outside the schema', body: '<Callout type="danger">Hej</Callout>', line: 4, message: /type/ },
    { reason: 'an unknown prop on a component', body: '<Callout colour="red">Hej</Callout>', line: 4, message: /colour/ },
    { reason: 'an attribute not allowed on a whitelisted element', body: 'Se <abbr class="x">DIGG</abbr>', line: 4, message: /class/ },
    { reason: 'an unclosed tag cannot be parsed', body: 'Text\n\n<dåligt>', line: 6, message: /kan inte läsas/ },
    { reason: 'a lone < followed by a letter is a tag', body: 'Hej\n\nom a <b och c', line: 6, message: /kan inte läsas|<b>/ },
  ];
  it.each(cases)('$reason', ({ body, line, message }) => {
    const problems = checkMdx(front + body, contentRules);
    expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.line).toBe(line);
    expect(problems[0]?.fix.length).toBeGreaterThan(5);
  });
});

describe('checkMdx accepts safe content', () => {
  const cases: { reason: string; body: string }[] = [
    { reason: 'plain Markdown with Swedish letters and emoji', body: '## Rubrik\n\nÅterhämtning är möjlig 🌱. *Kursiv* och **fet**.' },
    { reason: 'escaped braces and angle brackets are text', body: 'Skriv \\{namn\\} och 3 \\< 5.' },
    { reason: 'the whitelisted component with literal props', body: '<Callout type="tip" title="Råd">\nTa det lugnt.\n</Callout>' },
    { reason: 'a component without props uses defaults', body: '<Callout>\nText\n</Callout>' },
    { reason: 'safe links', body: '[1177](https://www.1177.se/) [ring](tel:112) [mejla](mailto:a@b.se) [sida](/om/)' },
    {
      reason: 'harmless inline HTML from the whitelist',
      body: 'Enligt <abbr title="Myndigheten för digital förvaltning">DIGG</abbr>.<br />Ny rad.',
    },
    { reason: 'an ampersand and curly quotes', body: 'Kött & potatis, ”citat” och ’apostrof’.' },
  ];
  it.each(cases)('$reason', ({ body }) => {
    expect(checkMdx(front + body, contentRules)).toEqual([]);
  });
});

describe('stripFrontmatter', () => {
  it('keeps the line count so reported lines match the file', () => {
    const source = '---\na: 1\nb: 2\n---\nText';
    const stripped = stripFrontmatter(source);
    expect(stripped.split('\n')).toHaveLength(source.split('\n').length);
    expect(stripped.endsWith('Text')).toBe(true);
  });
  it('leaves a file without front matter alone', () => {
    expect(stripFrontmatter('Text')).toBe('Text');
  });
});

describe('every body is parsed, so what the parser decodes is checked', () => {
  it.each([
    { body: '[a](javascript&colon;alert(1))', reason: 'a named character reference in the scheme' },
    { body: '[a](&#106;avascript:alert(1))', reason: 'a numeric character reference' },
    { body: '[a](java\\script:alert(1))', reason: 'a backslash escape inside the scheme' },
    { body: '[a][x]\n\n[x]: javascript&#58;alert(1)', reason: 'a reference definition' },
    { body: '![a](../../../public/media/x.js)', reason: 'a relative image path (a module import at build)' },
    { body: '![a](/proc/self/environ?raw)', reason: 'an image path with a query (a raw import of a build-machine file)' },
  ])('$reason is refused', ({ body }) => {
    expect(checkMdx(body, contentRules)).toHaveLength(1);
  });
  it('plain Markdown with allowed links passes', () => {
    expect(
      checkMdx('Text, *kursiv* och [länk](https://1177.se), [sida](/om/), [ankare](#a), ![bild](/media/a.png).', contentRules),
    ).toEqual([]);
  });
  it('a component named like an Object method is an unknown element, not a crash', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const problems = checkMdx(`<${name} />`, contentRules);
      expect(problems, name).toHaveLength(1);
      expect(problems[0]!.message).toContain(`<${name}>`);
    }
  });
});

describe('splitFrontmatter', () => {
  it.each([
    { source: '---\ntitle: A\n---\nText', yaml: 'title: A', body: 'Text', reason: 'an ordinary block' },
    { source: '---\r\ntitle: A\r\n---\r\nText', yaml: 'title: A', body: 'Text', reason: 'Windows line ends (an editor on Windows)' },
    { source: '---\n---\nText', yaml: '', body: 'Text', reason: 'an empty block' },
    { source: '--- \ntitle: A\n--- \nText', yaml: 'title: A', body: 'Text', reason: 'trailing spaces after the fences' },
    { source: 'Text\n---\nmore', yaml: undefined, body: 'Text\n---\nmore', reason: 'a rule in the text is not front matter' },
  ])('$reason', ({ source, yaml, body }) => {
    expect(splitFrontmatter(source)).toEqual({ yaml, body });
  });
});
