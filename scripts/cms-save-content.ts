/**
 * `npm run format:content`: writes every content file exactly as the CMS would save it unchanged
 * (admin/cms/save.ts), so a file edited by hand and an entry saved in the admin look the same, and
 * opening and saving an entry in the admin changes nothing an editor did not change.
 * `--check` only lists the files that differ (exit 1 if any).
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { cmsConfig } from '../admin/cms/config.ts';
import { savedByCms } from '../admin/cms/save.ts';
import { parseYamlData } from '../src/lib/content-yaml.ts';
import { contentRules } from '../src/lib/mdx-safety.ts';
import { contentTypes, type ContentType } from '../src/schemas/index.ts';

/** Every content file with what the CMS would write for it. */
export function contentAsCmsSaves(root = '.'): { file: string; text: string; saved: string }[] {
  const ui: unknown = parseYamlData(readFileSync(`${root}/content/ui/sv.yaml`, 'utf8'), 'content/ui/sv.yaml');
  const types = contentTypes as readonly ContentType[];
  const config = cmsConfig(types, [], { backend: { name: 'test-repo' } }, ui);
  return globSync('content/**/*.{yaml,mdx}', { cwd: root })
    .sort()
    .map((file) => {
      const text = readFileSync(`${root}/${file}`, 'utf8');
      return { file, text, saved: savedByCms(file, text, types, config, contentRules) };
    });
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  const changed = contentAsCmsSaves().filter(({ text, saved }) => text !== saved);
  for (const { file, saved } of changed) {
    if (!check) writeFileSync(file, saved);
    console.log(`${check ? 'Skiljer sig' : 'Skrev om'}: ${file}`);
  }
  console.log(
    changed.length
      ? `${changed.length} filer ${check ? 'skiljer sig från' : 'skrivna som'} redigeringsverktygets format.`
      : 'Alla innehållsfiler är i redigeringsverktygets format.',
  );
  if (check && changed.length) process.exit(1);
}
