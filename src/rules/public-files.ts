/**
 * What public/ may hold beside the media library. Astro copies all of public/ into the built site
 * as it is, so every file there is published at the site's own address: an HTML page or a script
 * there runs on the site's origin, a `_redirects` file would send visitors elsewhere, an
 * `.htaccess` would change how the server treats uploads. So public/ is an allow-list: uploads in
 * public/media/ (src/rules/media.ts), and outside it only the kinds of file the site itself ships,
 * by name and content: the headers template, the icon, robots.txt, the service worker, a web app
 * manifest, security.txt and web fonts in public/fonts/. Pure: a path and bytes in, a verdict out.
 */
import { checkUpload, svgProblem } from './media.ts';

export type PublicVerdict = { ok: true } | { ok: false; reason: string; fix: string };

function utf8(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
}

const ascii = (bytes: Uint8Array, length: number) => String.fromCharCode(...bytes.subarray(0, length));

/** A file of the site's own, by its path in public/: what it is, and whether the bytes are that. */
const shippedFiles: Record<string, { label: string; is(bytes: Uint8Array): boolean }> = {
  _headers: { label: 'svarshuvudena (text)', is: (b) => utf8(b) !== undefined },
  'favicon.svg': { label: 'ikonen (SVG utan skript)', is: (b) => utf8(b) !== undefined && svgProblem(utf8(b)!) === undefined },
  'favicon.ico': { label: 'ikonen (ICO)', is: (b) => b[0] === 0 && b[1] === 0 && b[2] === 1 && b[3] === 0 },
  'apple-touch-icon.png': { label: 'ikonen (PNG)', is: (b) => checkUpload('icon.png', b).ok },
  'robots.txt': { label: 'robots.txt (text)', is: (b) => utf8(b) !== undefined },
  'sw.js': { label: 'service workern (text)', is: (b) => utf8(b) !== undefined },
  'manifest.webmanifest': {
    label: 'webbappens manifest (JSON)',
    is: (b) => {
      try {
        return typeof JSON.parse(utf8(b) ?? '') === 'object';
      } catch {
        return false;
      }
    },
  },
  '.well-known/security.txt': { label: 'security.txt (text)', is: (b) => utf8(b) !== undefined },
};

/** Web fonts: public/fonts/<name>.woff2 or .woff, with the format's signature. */
const FONT = /^fonts\/[a-z0-9][a-z0-9._-]*\.(woff2?)$/i;

/** The files public/ may hold outside media/, for messages. */
export const shippedPublicFiles: readonly string[] = [...Object.keys(shippedFiles), 'fonts/*.woff2', 'fonts/*.woff'];

const fix = `Ladda upp filen i mediebiblioteket (public/media/) om den ska finnas på webbplatsen, annars ta bort den. Utanför mediebiblioteket får public/ bara ha webbplatsens egna filer: ${shippedPublicFiles.join(', ')}.`;

/** The verdict on one file in public/ outside media/: `path` relative to public/, with `/`. */
export function checkPublicFile(path: string, bytes: Uint8Array): PublicVerdict {
  const own = Object.hasOwn(shippedFiles, path) ? shippedFiles[path] : undefined;
  if (own) {
    return own.is(bytes)
      ? { ok: true }
      : { ok: false, reason: `att innehållet inte är ${own.label}`, fix: 'Återställ filen från versionshistoriken.' };
  }
  const font = FONT.exec(path)?.[1]?.toLowerCase();
  if (font) {
    return ascii(bytes, 4) === (font === 'woff2' ? 'wOF2' : 'wOFF')
      ? { ok: true }
      : {
          ok: false,
          reason: `att innehållet inte är ett typsnitt i formatet ${font.toUpperCase()}`,
          fix: 'Lägg in typsnittsfilen på nytt.',
        };
  }
  return { ok: false, reason: 'en fil utanför mediebiblioteket som inte är en av webbplatsens egna', fix };
}
