/**
 * The one URL rule for all content: every link, image and URL field (MDX bodies, component props,
 * YAML fields, CMS widgets) goes through `checkUrl` after being decoded the way the renderer
 * decodes it (character references and backslash escapes are decoded by the Markdown parser
 * before the value gets here; browsers also drop tabs and newlines anywhere in a URL and control
 * characters and spaces at its ends, so this rule does the same before it looks at the scheme).
 *
 * Allowed links: `https:` (no user name or password), `mailto:` (one recipient; in the query only
 * `subject` and `body`, never `bcc`, `cc` or `to`), `tel:`, `sms:`, a path on this
 * site (`/…`, never `//host` or `/\host`) and an in-page anchor (`#…`). Allowed images: an uploaded
 * file under `/media/` with an image extension, or a file the project itself ships in public/
 * (`/favicon.svg`). Never a relative path (`x.png`, `../x`), which the build would import as a
 * module from the build machine, and never a query string or fragment on an image (`?raw`).
 * Zod-free and browser-safe: the schemas, the content check and the CMS all use it.
 */

export type UrlKind = 'link' | 'image';

export type UrlVerdict = { ok: true; url: string } | { ok: false; reason: string; fix: string };

/** What a browser does to an href before it resolves it (WHATWG URL: strip C0 controls and space at the ends, tab and newline anywhere). */
export function normalizeUrl(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

const allowedSchemes = ['https', 'mailto', 'tel', 'sms'] as const;

/** The image file types content may show, by extension. */
export const imageExtensions = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'svg'] as const;

const linkFix = 'Länka bara till https://, mailto:, tel:, sms:, en sida på webbplatsen (/…) eller ett ankare (#…).';
const imageFix = 'Ladda upp bilden i mediebiblioteket och välj den därifrån: adressen blir /media/filnamn.jpg.';

/** Percent-decoded path, or undefined when the encoding is broken. */
function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** A site path that stays on the site and inside its folders: no `//`, no `\`, no `..` segment, even percent-encoded. */
function isSitePath(url: string): boolean {
  if (!url.startsWith('/') || url.startsWith('//') || url.includes('\\')) return false;
  const path = url.split(/[?#]/)[0]!;
  const decoded = decodePath(path);
  if (decoded === undefined || decoded.includes('\\') || decoded.startsWith('//')) return false;
  return !decoded.split('/').some((segment) => segment === '..' || segment === '.');
}

function refuse(reason: string, fix: string): UrlVerdict {
  return { ok: false, reason, fix };
}

/** The verdict on one URL from content. `raw` is the value after Markdown decoding (or a field's text). */
export function checkUrl(raw: string, kind: UrlKind = 'link'): UrlVerdict {
  const url = normalizeUrl(raw);
  if (url === '') return refuse('en tom adress', kind === 'image' ? imageFix : linkFix);
  if (kind === 'image') return checkImage(url);
  if (url.startsWith('#')) return { ok: true, url };
  if (url.startsWith('/'))
    return isSitePath(url) ? { ok: true, url } : refuse(`adressen "${clip(url)}" leder bort från webbplatsen`, linkFix);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (!scheme) return refuse(`den relativa adressen "${clip(url)}"`, `${linkFix} Skriv hela adressen, t.ex. /om/ eller https://…`);
  if (!(allowedSchemes as readonly string[]).includes(scheme)) return refuse(`adresstypen "${scheme}:"`, linkFix);
  if (scheme === 'https') return checkHttps(url);
  if (scheme === 'mailto') return checkMailto(url);
  if (/^(?:tel|sms):/i.test(url) && !/^(?:tel|sms):\+?[\d\s()-]+(?:[;?][^<>"'\s]*)?$/i.test(url)) {
    return refuse(`numret i "${clip(url)}"`, 'Skriv numret med siffror, t.ex. tel:+46850505050 eller tel:1177.');
  }
  return { ok: true, url };
}

function checkHttps(url: string): UrlVerdict {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse(`adressen "${clip(url)}" går inte att läsa`, 'Skriv hela adressen, t.ex. https://www.1177.se/.');
  }
  if (parsed.username || parsed.password) {
    return refuse(
      'ett användarnamn eller lösenord i adressen',
      'Ta bort delen före @ i adressen: inloggningsuppgifter hör aldrig hemma i en länk.',
    );
  }
  if (!parsed.hostname.includes('.') || parsed.hostname.endsWith('.')) {
    return refuse(`värdnamnet "${parsed.hostname}"`, 'Skriv en hel adress med domän, t.ex. https://www.1177.se/.');
  }
  return { ok: true, url };
}

/** What a mailto: link may fill in besides its one recipient: the subject and the text. */
const mailtoFields = ['subject', 'body'] as const;

const mailtoFix =
  'En e-postlänk har en mottagare och högst fälten subject och body, t.ex. mailto:namn@exempel.se?subject=Fråga. Dolda eller fler mottagare (bcc, cc, to) är inte tillåtna.';

/** Percent-decoded until nothing changes (a mail program may decode once more than the browser), or undefined when the encoding is broken. */
function decodeFully(text: string): string | undefined {
  let current = text;
  for (let i = 0; i < 5; i++) {
    const next = decodePath(current);
    if (next === undefined) return undefined;
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * One recipient, and in the query only `subject` and `body`: `bcc`, `cc` and `to` (in any case,
 * percent-encoded or not) would send the visitor's mail to someone they do not see in the link.
 */
function checkMailto(url: string): UrlVerdict {
  const rest = url.slice('mailto:'.length);
  const question = rest.indexOf('?');
  const recipient = decodeFully(question === -1 ? rest : rest.slice(0, question));
  const query = question === -1 ? '' : rest.slice(question + 1);
  const whole = decodeFully(rest);
  if (recipient === undefined || whole === undefined) return refuse(`e-postlänken "${clip(url)}" går inte att läsa`, mailtoFix);
  if (/[,;?&]/.test(recipient)) return refuse(`mer än en mottagare i e-postlänken "${clip(url)}"`, mailtoFix);
  for (const part of query.split(/[&;]/)) {
    if (part === '') continue;
    const [rawName = '', ...value] = part.split('=');
    const name = decodeFully(rawName)?.trim().toLowerCase();
    if (name === undefined || !(mailtoFields as readonly string[]).includes(name))
      return refuse(`fältet "${clip(name ?? rawName)}" i e-postlänken "${clip(url)}"`, mailtoFix);
    // A line break in the subject would start a header of its own in some mail programs.
    if (name === 'subject' && /[\r\n]/.test(decodeFully(value.join('=')) ?? '\n'))
      return refuse(`en radbrytning i ämnesraden i e-postlänken "${clip(url)}"`, mailtoFix);
  }
  // A field hidden in an encoded value (`subject=x%26bcc%3Dy`), for a mail program that decodes before it splits.
  if (/(?:^|[?&;\r\n])\s*(?:bcc|cc|to)\s*[=:]/i.test(whole)) return refuse(`en dold mottagare i e-postlänken "${clip(url)}"`, mailtoFix);
  return { ok: true, url };
}

function checkImage(url: string): UrlVerdict {
  if (/[?#]/.test(url)) return refuse(`en fråga eller ett ankare i bildadressen "${clip(url)}"`, imageFix);
  if (!url.startsWith('/')) return refuse(`bildadressen "${clip(url)}", som inte ligger i mediebiblioteket`, imageFix);
  if (!isSitePath(url)) return refuse(`bildadressen "${clip(url)}" leder ut ur mediebiblioteket`, imageFix);
  const extension = /\.([a-z0-9]+)$/i.exec(url)?.[1]?.toLowerCase();
  if (!extension || !(imageExtensions as readonly string[]).includes(extension)) {
    return refuse(`filtypen i "${clip(url)}"`, `En bild är en av: ${imageExtensions.join(', ')}.`);
  }
  if (!url.startsWith('/media/') && url.split('/').length > 2) return refuse(`bildadressen "${clip(url)}"`, imageFix);
  return { ok: true, url };
}

/** True for an https link to another site (it gets rel="noreferrer"). */
export function isExternal(url: string): boolean {
  return /^https:/i.test(normalizeUrl(url));
}

/**
 * The `rel` of a link the site writes: `noreferrer` for an https link to another site, so that
 * site is not told which page the visitor came from (a helpline, a chapter on self-harm), even
 * where the Referrer-Policy header is not sent (a copy of the page, a host without _headers).
 * tests/built/links.test.ts checks every built page.
 */
export function referrerRel(url: string | undefined): 'noreferrer' | undefined {
  return url !== undefined && isExternal(url) ? 'noreferrer' : undefined;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
