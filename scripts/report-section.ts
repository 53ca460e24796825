/**
 * Keeps measured figures in the README current: replaces the text between
 * `<!-- <name>:start -->` and `<!-- <name>:end -->`. Used by `npm run bench` and
 * `npm run lighthouse`; a README without the markers is left alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export function replaceSection(file: string, name: string, body: string): boolean {
  const text = readFileSync(file, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from) return false;
  writeFileSync(file, `${text.slice(0, from + start.length)}\n\n${body}\n\n${text.slice(to)}`);
  return true;
}
