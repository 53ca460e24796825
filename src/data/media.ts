/**
 * Facts about uploaded files, read at build time from public/media/ (a document link shows its
 * type and size). A link to a file that is not there fails the build with what to do.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';

export class MissingMediaError extends Error {
  override name = 'MissingMediaError';
}

/** Size in bytes of a file under /media/, e.g. `/media/arsrapport-2025.pdf`. */
export function mediaFileSize(href: string): number {
  const path = join(process.cwd(), 'public', decodeURIComponent(href));
  try {
    return statSync(path).size;
  } catch {
    throw new MissingMediaError(
      `Dokumentet ${href} finns inte i public${href}. Ladda upp filen i redigeringsverktygets mediebibliotek, eller rätta länken.`,
    );
  }
}
