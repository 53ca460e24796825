/**
 * Documents for templates, the news pages' related items and the accessibility statement: each
 * document with its title and summary in the page's language, its file's type and size read
 * from the media library ("PDF, 1,2 MB"), and its language's name. The content check has made sure
 * every file exists before the build reads them.
 */
import { documentType, formatFileSize } from '../lib/file-size.ts';
import { languageName } from '../lib/documents.ts';
import { pick, type Locale } from '../lib/i18n.ts';
import type { DocumentKind } from '../schemas/document.ts';
import { getEntries } from './entries.ts';
import { mediaFileSize } from './media.ts';
import { memo } from './memo.ts';

export interface DocumentItem {
  key: string;
  /** The document's own page. */
  path: string;
  title: string;
  summary: string;
  kind: DocumentKind;
  date: Date;
  /** The uploaded file's address, `/media/…`. */
  file: string;
  /** Type and size as the link shows them: "PDF, 1,2 MB". */
  fileLabel: string;
  /** BCP 47 code of the document's language, and its name in the page's language. */
  language: string;
  languageName: string;
  accessible: boolean;
  accessibleVersion?: string | undefined;
  /** The page in each language, for hreflang. */
  alternates: Partial<Record<Locale, string>>;
}

/** Every document in a language, sorted by key. */
export function getDocuments(locale: Locale): Promise<DocumentItem[]> {
  return memo(`documents:${locale}`, async () =>
    (await getEntries('documents', locale)).map(({ key, path, alternates, data }) => ({
      key,
      path: path!,
      alternates,
      title: pick(data.title, locale),
      summary: pick(data.summary, locale),
      kind: data.kind,
      date: data.date,
      file: data.file,
      fileLabel: `${documentType(data.file)}, ${formatFileSize(mediaFileSize(data.file), locale)}`,
      language: data.language,
      languageName: languageName(data.language, locale),
      accessible: data.accessible,
      accessibleVersion: data.accessibleVersion,
    })),
  );
}

/** One document by key in a language, or undefined. */
export async function getDocument(key: string, locale: Locale): Promise<DocumentItem | undefined> {
  return (await getDocuments(locale)).find((d) => d.key === key);
}
