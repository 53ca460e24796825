/**
 * The one zod instance every schema uses, configured once:
 * - default error messages in Swedish (editors read them in the build log and the CMS);
 * - the metadata keys we put beside each field (editor label, help text, CMS widget hints).
 *
 * Every field is defined once, with `.meta({ title, description })`: `title` is the editor-facing
 * label, `description` the help text. The build validation, TypeScript types, the CMS form
 * (scripts/cms) and the JSON Schemas published with open data all read these.
 */
import { z } from 'zod';
import { editorMessage } from './messages.ts';

/** Decap CMS widgets a field can ask for when the default derived from its zod type is not right. */
export type CmsWidget =
  | 'string'
  | 'text'
  | 'markdown'
  | 'number'
  | 'boolean'
  | 'datetime'
  | 'select'
  | 'list'
  | 'object'
  | 'image'
  | 'file'
  | 'relation'
  | 'hidden';

declare module 'zod/v4/core' {
  interface GlobalMeta {
    /** CMS widget override; otherwise derived from the zod type. */
    widget?: CmsWidget;
    /**
     * How the field behaves in translated (sv/en) entries: `translate` (each language has its own
     * value), `duplicate` (copied from Swedish, e.g. dates and phone numbers) or `none`.
     */
    i18n?: 'translate' | 'duplicate' | 'none';
    /** For a field that points at entries of another collection. */
    relation?: { collection: string; valueField: string; searchFields: string[]; displayFields?: string[] };
    /** Placeholder / example shown to the editor and in the docs. */
    examples?: unknown[];
    /**
     * The Swedish label of each choice of an enum (or a list of choices), shown in the CMS instead
     * of the stored value: either the words themselves (`{ free: 'Gratis att ringa' }`) when only
     * editors see them, or the path of the UI strings the site shows them with
     * (`'helplines.audienceNames'` in content/ui/sv.yaml), so both say the same from one definition.
     */
    optionLabels?: string | Record<string, string>;
  }
}

// Messages in an editor's words (src/schemas/messages.ts); a schema's own `{ error }` comes first.
z.config({ localeError: (issue) => editorMessage(issue) });

export { z };
