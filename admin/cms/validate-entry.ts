/**
 * The last check before the CMS writes a file: the entry's data, in every language version that
 * will be written, is run through the content type's full zod schema, the same one the build
 * uses. This catches what field patterns cannot express (rules across fields, such as "112 first"
 * or "a national helpline needs a phone number") and an English version with a required field
 * left empty. The messages are the schema's own, with the field's label.
 */
import type { ContentType } from '../../src/schemas/index.ts';
import { problemsFromZod } from '../../src/lib/content-errors.ts';
import { withoutEmpty } from './safe-mdx.ts';

export interface EntryProblem {
  /** Language version the problem is in (`en`), or undefined for a single-language entry. */
  locale?: string;
  /** Field label path, e.g. "Nödnummer i krisraden › Nummer att ringa". */
  field: string;
  message: string;
}

/** Problems in one language version of an entry (data as the CMS holds it, body included). */
export function entryProblems(type: ContentType, data: Record<string, unknown>, bodyField = 'body', locale?: string): EntryProblem[] {
  const { [bodyField]: _body, ...front } = data;
  const clean = (withoutEmpty(type.format === 'mdx' ? front : data) ?? {}) as Record<string, unknown>;
  const result = type.schema.safeParse(clean);
  if (result.success) return [];
  return problemsFromZod('', type.schema, clean, result.error).map((p) => ({
    ...(locale ? { locale } : {}),
    field: p.label ?? (p.field || 'Posten'),
    // An empty required field: say it plainly (the form shows the field's help beside it).
    message: p.missing ? 'måste fyllas i.' : p.expected,
  }));
}

/** An error whose text is only its message: Decap shows `${error}` in its notice. */
export class EntryError extends Error {
  override name = 'EntryError';
  override toString(): string {
    return this.message;
  }
}

/** One message for the editor listing every problem, or undefined when the entry builds. */
export function describeProblems(problems: readonly EntryProblem[]): string | undefined {
  if (problems.length === 0) return undefined;
  const lines = problems.map((p) => `${p.field}${p.locale ? ` (${p.locale === 'en' ? 'engelska' : p.locale})` : ''}: ${p.message}`);
  return `rätta först ${problems.length === 1 ? 'det här' : 'de här'}: ${lines.join(' · ')}`;
}
