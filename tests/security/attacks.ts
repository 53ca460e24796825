/**
 * The attacks the security suite tries, one row each, by class. Content attacks are files an
 * editor (or anyone who can write to the repository through the CMS) could save; each must be
 * refused by `npm run validate` and by the build, naming the file. The rest are the CMS's
 * deployment settings and requests to the local CMS server. SECURITY.md explains the threat model.
 */

import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

/** A valid helpline to change one field of. */
const bris = readFileSync('content/helplines/bris.yaml', 'utf8');

/** A content file: where it is written in a copy of the project, and its text or bytes. */
export interface ContentAttack {
  class: 'scheme' | 'path' | 'code' | 'component' | 'field' | 'upload';
  name: string;
  file: string;
  content: string | Uint8Array;
}

const front = (n: number) =>
  `---\ntitle: Attack ${n}\ndescription: En sida som försöker något den inte får göra med innehållet.\nupdated: 2026-11-23\n---\n\n`;
let pages = 0;
/** An information page whose body is `body`. */
const page = (cls: ContentAttack['class'], name: string, body: string): ContentAttack => {
  pages++;
  return { class: cls, name, file: `content/pages/sv/attack-${String(pages).padStart(2, '0')}.mdx`, content: `${front(pages)}${body}\n` };
};

/** A marker a payload would write if it ever ran on the build machine. */
export const RAN_MARKER = 'rc-security-payload-ran';

export const contentAttacks: ContentAttack[] = [
  // Link schemes, as written and in every encoding the Markdown parser decodes.
  page('scheme', 'javascript: link', '[a](javascript:alert(1))'),
  page('scheme', 'mixed case', '[a](JaVaScRiPt:alert(1))'),
  page('scheme', 'named character reference &colon;', '[a](javascript&colon;alert(1))'),
  page('scheme', 'decimal reference', '[a](&#106;avascript:alert(1))'),
  page('scheme', 'hex reference', '[a](&#x6A;avascript:alert(1))'),
  page('scheme', 'tab inside the scheme (browsers drop it)', '[a](java&#9;script:alert(1))'),
  page('scheme', 'newline reference inside the scheme', '[a](java&#10;script:alert(1))'),
  page('scheme', 'leading control character', '[a](&#1;javascript:alert(1))'),
  page('scheme', 'angle-bracket destination', '[a](<javascript:alert(1)>)'),
  page('scheme', 'reference definition', '[a][r]\n\n[r]: javascript&#58;alert(1)'),
  page('scheme', 'autolink', '<javascript:alert(1)>'),
  page('scheme', 'vbscript:', '[a](vbscript:msgbox(1))'),
  page('scheme', 'data: HTML', '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'),
  page('scheme', 'file:', '[a](file:///etc/passwd)'),
  page('scheme', 'protocol-relative //host', '[a](//evil.example/)'),
  page('scheme', 'backslash host /\\host', '[a](/\\evil.example/)'),
  page('scheme', 'credentials in an https link', '[a](https://user:secret@evil.example/)'),
  page('scheme', 'plain http', '[a](http://evil.example/)'),
  page('scheme', 'javascript: image', '![a](javascript:alert(1))'),
  // Paths that would make the build read or run files of the build machine.
  page('path', 'relative image to an uploaded script (a module import)', '![a](../../../public/media/run.js)'),
  page('path', 'relative image', '![a](bild.png)'),
  page('path', 'dot-relative image', '![a](./bild.png)'),
  page('path', 'raw import of the environment', '![a](/proc/self/environ?raw)'),
  page('path', 'query on a media image', '![a](/media/bild.png?raw)'),
  page('path', '.. out of the media folder', '![a](/media/../../package.json)'),
  page('path', 'percent-encoded ..', '![a](/media/%2e%2e/%2e%2e/package.json)'),
  page('path', 'an absolute file that is no image', '![a](/etc/passwd)'),
  page('path', 'a link out of the site through ..', '[a](/media/../../etc/passwd)'),
  // MDX that is code.
  page('code', 'an expression', 'Node {process.version}'),
  page('code', 'an expression reading the environment', '{process.env.RC_SECURITY_SECRET}'),
  page('code', 'an import of a build-machine file', "import secret from '/etc/passwd'\n\nText"),
  page('code', 'an export', 'export const a = 1\n\nText'),
  page('code', 'a script element', '<script>alert(1)</script>'),
  page('code', 'an event handler', '<span onclick="alert(1)">x</span>'),
  page('code', 'an image with onerror', '<img src="x" onerror="alert(1)" />'),
  page('code', 'an iframe', '<iframe src="https://evil.example/"></iframe>'),
  page('code', 'a spread attribute', '<Callout {...props}>x</Callout>'),
  page('code', 'an expression attribute', '<Callout title={process.version}>x</Callout>'),
  // Component names that are not components.
  page('component', '<toString />', '<toString />'),
  page('component', '<constructor />', '<constructor />'),
  page('component', '<__proto__ />', '<__proto__ />'),
  page('component', '<hasOwnProperty />', '<hasOwnProperty />'),
  page('component', 'a javascript: document link', '<Document href="javascript:alert(1)" title="Rapport" />'),
  // URL fields in YAML (a helpline's chat, web and sources).
  ...(
    [
      ['chat: javascript:alert(1)', 'chat: javascript:alert(1)'],
      ['web with credentials', 'web: https://user:secret@evil.example/'],
      ['web protocol-relative', 'web: //evil.example/'],
      ['web over plain http', 'web: http://evil.example/'],
      ['chat as data:', 'chat: data:text/html,x'],
    ] as const
  ).map(([name, line], i): ContentAttack => {
    const [field, ...value] = line.split(': ');
    const data = { ...parse(bris), [field!]: value.join(': ') };
    return { class: 'field', name, file: `content/helplines/attack-${i + 1}.yaml`, content: stringify(data) };
  }),
  // Uploads: only images and documents, and only when the content is what the name says.
  {
    class: 'upload',
    name: 'a script',
    file: 'public/media/run.js',
    content: `import { writeFileSync } from 'node:fs';\nwriteFileSync('/tmp/${RAN_MARKER}', 'ran');\n`,
  },
  { class: 'upload', name: 'an HTML page', file: 'public/media/page.html', content: '<script>alert(document.domain)</script>' },
  {
    class: 'upload',
    name: 'an SVG with a script',
    file: 'public/media/script.svg',
    content: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  },
  {
    class: 'upload',
    name: 'an SVG with onload',
    file: 'public/media/onload.svg',
    content: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
  },
  {
    class: 'upload',
    name: 'an SVG loading an uploaded script',
    file: 'public/media/loader.svg',
    content:
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><script xlink:href="/media/run.js"/></svg>',
  },
  {
    class: 'upload',
    name: 'an SVG with an external image',
    file: 'public/media/tracker.svg',
    content: '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/p.png"/></svg>',
  },
  {
    class: 'upload',
    name: 'an SVG with foreignObject',
    file: 'public/media/foreign.svg',
    content: '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><iframe/></foreignObject></svg>',
  },
  {
    class: 'upload',
    name: 'an SVG with an entity',
    file: 'public/media/entity.svg',
    content: '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
  },
  { class: 'upload', name: 'HTML named .png', file: 'public/media/fake.png', content: '<html><script>alert(1)</script></html>' },
  { class: 'upload', name: 'text named .pdf', file: 'public/media/fake.pdf', content: 'not a pdf' },
  { class: 'upload', name: 'a PHP script', file: 'public/media/shell.php', content: '<?php system($_GET["c"]); ?>' },
  { class: 'upload', name: 'an .htaccess file', file: 'public/media/.htaccess', content: 'AddType text/html .png' },
  {
    class: 'upload',
    name: 'a text file that is not UTF-8',
    file: 'public/media/latin1.txt',
    content: new Uint8Array([0x53, 0x6a, 0xe4, 0x6c, 0x76]),
  },
  { class: 'upload', name: 'an old Word file (macros)', file: 'public/media/old.doc', content: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
];

/** CMS deployment settings that would break out of the admin's CSP or point it elsewhere. */
export const settingAttacks: { name: string; env: Record<string, string> }[] = [
  { name: 'a quote ending the CSP attribute', env: { CMS_BASE_URL: 'https://auth.example.se/"><script>alert(1)</script>' } },
  { name: 'a policy separator', env: { CMS_API_ROOT: 'https://git.example.se/api; script-src *' } },
  { name: 'plain http', env: { CMS_BASE_URL: 'http://auth.example.se' } },
  { name: 'credentials', env: { CMS_API_ROOT: 'https://user:secret@git.example.se/api/v1' } },
  { name: 'a javascript: site address', env: { SITE_URL: 'javascript:alert(1)' } },
  { name: 'a space in the repository', env: { CMS_REPO: 'region/rc x' } },
  { name: 'a newline in the branch', env: { CMS_BRANCH: 'main\nx' } },
];

/** Requests to the local CMS server that must be refused (403): `host` and `origin` headers. */
export const requestAttacks: { name: string; host: string; origin?: string }[] = [
  { name: 'DNS rebinding: another host name', host: 'evil.example:{port}' },
  { name: 'a LAN address as host', host: '192.0.2.2:{port}' },
  { name: 'another web page open in the browser', host: 'localhost:{port}', origin: 'https://evil.example' },
  { name: 'another local site', host: 'localhost:{port}', origin: 'http://localhost:9999' },
  { name: 'a null origin (sandboxed frame, file:)', host: 'localhost:{port}', origin: 'null' },
  { name: 'the right name on another port', host: 'localhost:1' },
];
