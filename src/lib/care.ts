/**
 * What needs care, per content type, for the editors' Innehållsstatus page
 * (scripts/content-status.ts): derived from registry metadata, so a new type joins by declaring
 * it. Every type with `staleness` lists facts not checked in time; every type translated as files
 * lists entries without an English version; `care.updated` lists entries not updated in time; and
 * `care.needsCare` adds the type's own notes. Pure functions.
 */
import type { CareNote, FolderType } from '../schemas/index.ts';
import { daysSince, formatPartialDate } from './partial-date.ts';
import { staleEntries, valueAtPath } from './staleness.ts';

export interface CareEntry {
  key: string;
  /** The file, relative to the project root: `content/pages/en/om.mdx`. */
  file: string;
  /** The entry's name as editors know it (its identifier field, in Swedish). */
  name: string;
  data: unknown;
}

export interface CareItem extends CareNote {
  type: string;
  key: string;
  file: string;
  name: string;
}

/** The language folder of a translated type's file (`content/pages/en/om.mdx` → en). */
function localeOf(type: FolderType, file: string): string | undefined {
  if (type.translation !== 'files') return undefined;
  return file.slice(type.folder.length + 1).split('/')[0];
}

function dateText(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : undefined;
}

/** Everything that needs care in one type's entries, on `today` (YYYY-MM-DD, Swedish time). */
export function careItems(type: FolderType, entries: readonly CareEntry[], today: string): CareItem[] {
  const items: CareItem[] = [];
  const item = (entry: CareEntry, note: CareNote) =>
    items.push({ type: type.name, key: entry.key, file: entry.file, name: entry.name, ...note });

  if (type.staleness) {
    const { field, days } = type.staleness;
    const byKey = new Map(entries.map((e) => [e.key, e]));
    for (const stale of staleEntries(entries, field, today, days)) {
      item(byKey.get(stale.key)!, {
        heading: `Inte kontrollerade på ${days} dagar`,
        text: stale.lastChecked
          ? `Senast kontrollerad ${formatPartialDate(stale.lastChecked, 'sv')}, för ${stale.days} dagar sedan. Kontrollera uppgifterna mot källan och skriv det datumet.`
          : 'Inget datum för när uppgifterna kontrollerades. Kontrollera dem mot källan och skriv det datumet.',
      });
    }
  }

  if (type.translation === 'files') {
    const english = new Set(entries.filter((e) => localeOf(type, e.file) === 'en').map((e) => e.key));
    for (const entry of entries) {
      if (localeOf(type, entry.file) !== 'sv' || english.has(entry.key)) continue;
      item(entry, {
        heading: 'Saknar engelsk version',
        text: 'Finns bara på svenska. Öppna posten, välj English och skriv översättningen.',
      });
    }
  }

  const updated = type.care?.updated;
  if (updated) {
    for (const entry of entries) {
      const date = dateText(valueAtPath(entry.data, updated.field));
      if (!date) continue;
      const days = daysSince(date, today);
      if (days <= updated.days) continue;
      const language = localeOf(type, entry.file) === 'en' ? ' (English)' : '';
      item(entry, {
        heading: `Inte uppdaterade på ${updated.days} dagar`,
        text: `Senast uppdaterad ${formatPartialDate(date, 'sv')}${language}, för ${days} dagar sedan. Läs igenom texten och ändra datumet när den stämmer.`,
      });
    }
  }

  if (type.care?.needsCare) for (const entry of entries) for (const note of type.care.needsCare(entry, today)) item(entry, note);
  return items;
}

/** Where an editor edits an entry in the admin (Decap's address for it). */
export function editPath(type: { name: string }, key: string): string {
  return `/admin/#/collections/${encodeURIComponent(type.name)}/entries/${encodeURIComponent(key)}`;
}
