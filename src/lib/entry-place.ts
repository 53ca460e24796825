/**
 * Where a content type's entry files lie: its extension, and whether a path inside its folder is
 * one of its entries (a listed file of a `files` type; directly in the folder, or in a language
 * folder of a translated type). One rule for the content check (src/lib/validate-content.ts), which
 * explains a misplaced file to the editor, and the local CMS server (scripts/cms-guard.ts), which
 * writes only entry files.
 */
import { basename } from 'node:path';
import type { ContentProblem } from './content-errors.ts';
import { locales, type ContentType } from '../schemas/index.ts';

/** The extension a type's entry files have. */
export const extensionOf = (type: ContentType) => (type.format === 'mdx' ? '.mdx' : '.yaml');

/** Why a file in a type's folder is not one of its entries (wrong extension or place), or undefined. */
export function misplaced(type: ContentType, inFolder: string): Omit<ContentProblem, 'file'> | undefined {
  const ext = extensionOf(type);
  const parts = inFolder.split('/');
  if (!inFolder.endsWith(ext)) {
    const own = /\.[^./]+$/.exec(inFolder)?.[0] ?? '(ingen)';
    return {
      field: '',
      found: `filändelsen ${own}`,
      expected: `${ext}: filer i ${type.folder}/ läses bara med den ändelsen, den här skulle inte synas någonstans`,
      fix: `Byt namn till ${basename(inFolder).replace(/\.[^.]*$/, '')}${ext}, eller flytta filen ur ${type.folder}/.`,
    };
  }
  if (type.kind === 'files') {
    return type.files.some((f) => `${f.name}${ext}` === inFolder)
      ? undefined
      : {
          field: '',
          found: 'en fil som inte hör till inställningarna',
          expected: `bara ${type.files.map((f) => f.name + ext).join(', ')}`,
          fix: 'Ta bort filen.',
        };
  }
  const depth = type.translation === 'files' ? 2 : 1;
  if (parts.length !== depth || (depth === 2 && !(locales as readonly string[]).includes(parts[0]!))) {
    const where = depth === 2 ? `${type.folder}/sv/ eller ${type.folder}/en/` : `${type.folder}/ (inga undermappar)`;
    return { field: '', found: 'en fil på fel ställe', expected: `filer direkt i ${where}`, fix: `Flytta filen till ${where}.` };
  }
  return undefined;
}
