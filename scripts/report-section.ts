/**
 * Keeps measured figures in the README current: replaces the text between
 * `<!-- <name>:start -->` and `<!-- <name>:end -->` and formats the file with the project's
 * Prettier settings (so `npm run lint` stays green). Used by `npm run bench` and
 * `npm run lighthouse`; a file without the markers is left alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

export async function replaceSection(file: string, name: string, body: string): Promise<boolean> {
  const text = readFileSync(file, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from) return false;
  const replaced = `${text.slice(0, from + start.length)}\n\n${body}\n\n${text.slice(to)}`;
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(replaced, { ...options, filepath: file }));
  return true;
}
