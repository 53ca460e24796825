/**
 * Zod's messages in an editor's words, for every kind of problem a content file can have. Set
 * once as zod's locale (src/schemas/z.ts), so the build, `npm run validate` and the CMS form say
 * the same thing; a schema's own `{ error }` still comes first. Never a type name from the code,
 * "undefined" or "[object Object]".
 */
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

/** What a value is, in words: "text", "ett tal", "en lista" … */
function kindOf(value: unknown): string {
  if (value === null || value === '') return 'ett tomt värde';
  if (Array.isArray(value)) return 'en lista';
  if (value instanceof Date) return 'ett datum';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'ett tal';
    case 'boolean':
      return 'ja/nej (true/false)';
    case 'object':
      return 'en grupp av fält';
    default:
      return 'ett värde av fel sort';
  }
}

const expectedKind: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'ja eller nej (true eller false)',
  array: 'en lista (rader som börjar med "- ")',
  object: 'en grupp av fält (indragna rader under fältets namn)',
  date: 'ett datum ÅÅÅÅ-MM-DD',
};

const formats: Record<string, string> = {
  date: 'Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-11-23.',
  datetime: 'Skriv datum och tid som ÅÅÅÅ-MM-DDTTT:MM, t.ex. 2026-11-23T18:00.',
  time: 'Skriv klockslaget som TT:MM, t.ex. 18:00.',
  url: 'Skriv en hel adress som börjar med https://, t.ex. https://www.1177.se/.',
  email: 'Skriv en e-postadress, t.ex. namn@exempel.se.',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The message for one issue, in Swedish, saying what is expected. */
export function editorMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Fältet saknas: fyll i det.';
      return `Här ska stå ${expectedKind[issue.expected] ?? 'något annat'}, inte ${kindOf(issue.input)}.`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'Fältet får inte vara tomt.' : `Skriv minst ${plural(min, 'tecken', 'tecken')}.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Lägg till minst ${plural(min, 'rad', 'rader')}.`;
      return `Det minsta tillåtna värdet är ${min}.`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `Skriv högst ${plural(max, 'tecken', 'tecken')}.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Högst ${plural(max, 'rad', 'rader')} får finnas.`;
      return `Det största tillåtna värdet är ${max}.`;
    }
    case 'invalid_value':
      return `Välj ett av: ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'invalid_format':
      return formats[issue.format] ?? 'Texten har inte rätt form: se fältets hjälptext.';
    case 'not_multiple_of':
      return `Värdet ska vara en multipel av ${String(issue.divisor)}.`;
    case 'unrecognized_keys':
      return `Okända fält: ${issue.keys.join(', ')}. Ta bort dem eller rätta stavningen.`;
    case 'invalid_key':
      return 'Ett fältnamn är inte tillåtet här.';
    case 'invalid_union':
      return 'Värdet passar inte här: se fältets hjälptext för vad som kan stå.';
    case 'invalid_element':
      return 'En rad i listan är inte tillåten.';
    default:
      return 'Värdet är inte tillåtet här: se fältets hjälptext.';
  }
}
