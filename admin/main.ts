/**
 * The admin app: Decap CMS from npm (no CDN), configured entirely from the content-type registry
 * and the zod schemas (admin/cms/). Built by admin/vite.config.ts into <outDir>/admin/.
 */
import CMS from 'decap-cms-app';
import type { CmsField, EditorComponentOptions } from 'decap-cms-core';
import { sv } from 'decap-cms-locales';
import previewCss from '../src/styles/global.css?url';
import helplinesCss from '../src/components/helplines/helplines.css?url';
import { cmsConfig } from './cms/config.ts';
import { backends } from './cms/deploy.ts';
import { editorComponentsFrom } from './cms/editor-components.ts';
import { readAhead, type ListedFile } from './cms/read-ahead.ts';
import { cmsFormats, readCaches } from './cms/save.ts';
import { untranslated } from './cms/safe-mdx.ts';
import { BODY_FIELD, formatName } from './cms/collections.ts';
import { describeProblems, entryProblems, EntryError } from './cms/validate-entry.ts';
import { contentRules } from '../src/lib/mdx-safety.ts';
import { checkUpload } from '../src/rules/media.ts';
import { contentComponents } from '../src/schemas/content-components.ts';
import { contentTypes, defaultLocale, locales, type ContentType } from '../src/schemas/index.ts';
import { componentPreviewHtml, imageComponent } from './components.ts';
import { previewFor, ui } from './previews.ts';
import { registerQuickRelation } from './relation.ts';
import './admin.css';

const components = editorComponentsFrom(contentComponents, componentPreviewHtml);
const config = cmsConfig(contentTypes, [...components.map((c) => c.id), imageComponent.id], __CMS_DEPLOY__, ui);

// Files: MDX bodies escaped on save and unescaped on load; YAML without empty optional values.
// A translated type has its own format that does not write a language version nobody translated.
// Each file text is parsed once (save.ts); a listed collection is parsed ahead in a worker, off
// the page's main thread (read-ahead.ts).
const caches = readCaches();
const registered = cmsFormats(contentTypes, config, contentRules, caches);
const warm = readAhead(caches, () => new Worker(new URL('./cms/read-worker.ts', import.meta.url), { type: 'module' }));
// How many files were parsed on the page itself, by kind (read by tests/e2e/admin-large.spec.ts).
Object.assign(window, { rcParsedOnPage: () => ({ mdx: caches.mdx.parsedHere, yaml: caches.yaml.parsedHere }) });
for (const { name, extension, format } of registered) CMS.registerCustomFormat(name, extension, format);
// The body field is among a translated type's translated fields (it is translated too).
const translatedFields: Record<string, string[]> = Object.fromEntries(
  (contentTypes as readonly ContentType[]).flatMap((type) => {
    const fields = type.kind === 'folder' ? registered.find((f) => f.name === formatName(type))?.translatedFields : undefined;
    return fields ? [[type.name, fields]] : [];
  }),
);

// Decap writes every language version of a translated entry, even one nobody translated (the
// format gives it no content): such empty files would fail the build, so they are not sent. And
// no upload that is not an allowed image or document is ever sent.
interface DataFile {
  raw: string;
}
interface MediaFile {
  path: string;
  fileObj?: File;
}
interface Implementation {
  persistEntry(entry: { dataFiles: DataFile[] }, options: unknown): Promise<unknown>;
  persistMedia?(file: MediaFile, options: unknown): Promise<unknown>;
  entriesByFolder?(...args: unknown[]): Promise<ListedFile[]>;
  allEntriesByFolder?(...args: unknown[]): Promise<ListedFile[]>;
}

/** A listing method of the backend whose files are parsed ahead, off the main thread, before Decap reads them. */
function readingAhead(list: (...args: unknown[]) => Promise<ListedFile[]>) {
  return async (...args: unknown[]) => {
    const files = await list(...args);
    await warm(files);
    return files;
  };
}

/** Uploads are data, never code: the same allow-list `npm run validate` applies to public/media/. */
async function checkedUpload(file: MediaFile): Promise<void> {
  if (!file.fileObj) return;
  const verdict = checkUpload(file.fileObj.name || file.path, new Uint8Array(await file.fileObj.arrayBuffer()));
  if (!verdict.ok) throw new Error(`Filen laddades inte upp: ${verdict.reason}. ${verdict.fix}`);
}
for (const name of backends) {
  const backend = CMS.getBackend(name) as { init: (...args: unknown[]) => Implementation } | undefined;
  if (!backend) continue;
  const init = backend.init;
  backend.init = (...args) => {
    const implementation = init(...args);
    const persist = implementation.persistEntry.bind(implementation);
    implementation.persistEntry = (entry, options) =>
      persist({ ...entry, dataFiles: entry.dataFiles.filter((file) => file.raw.trim() !== '') }, options);
    const persistMedia = implementation.persistMedia?.bind(implementation);
    if (persistMedia) implementation.persistMedia = async (file, options) => (await checkedUpload(file), persistMedia(file, options));
    for (const method of ['entriesByFolder', 'allEntriesByFolder'] as const) {
      const list = implementation[method]?.bind(implementation);
      if (list) implementation[method] = readingAhead(list);
    }
    return implementation;
  };
}

// Before a file is written, every language version that will be written passes the full schema,
// the build's own check (rules across fields included). A problem stops the save with its message.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const type = (contentTypes as readonly ContentType[]).find((t) => t.name === entry.get('collection'));
    if (!type) return undefined;
    const plain = (value: unknown) => ((value as { toJS?: () => unknown } | undefined)?.toJS?.() ?? {}) as Record<string, unknown>;
    const problems = entryProblems(type, plain(entry.get('data')), BODY_FIELD);
    if (type.kind === 'folder' && type.translation === 'files') {
      for (const locale of locales.filter((l) => l !== defaultLocale)) {
        const data = plain(entry.getIn(['i18n', locale, 'data']));
        // The same rule as the format's: a version nobody translated is not written, so not checked.
        if (!untranslated(data, translatedFields[type.name])) {
          problems.push(...entryProblems(type, data, BODY_FIELD, locale));
        }
      }
    }
    const message = describeProblems(problems);
    if (message) throw new EntryError(message);
    return undefined;
  },
});

// The relation widget, cheap with a thousand entries to choose from (relation.ts).
registerQuickRelation();

// Editor components: one per content component, plus an image that requires alt text.
for (const component of components) CMS.registerEditorComponent(component as unknown as EditorComponentOptions);
CMS.registerEditorComponent(imageComponent as unknown as EditorComponentOptions);

// Previews: the site's own stylesheets (the pages carry theirs inline, so the admin bundles its own
// copies), and one template per content type, chosen by its kind.
CMS.registerPreviewStyle(previewCss);
CMS.registerPreviewStyle(helplinesCss);
for (const type of contentTypes as readonly ContentType[]) CMS.registerPreviewTemplate(type.name, previewFor(type));

// Swedish messages that say what to do (the schema's own message for a broken pattern), and the
// few phrases Decap's Swedish translation lacks.
type Phrases = { [key: string]: string | Phrases };
function merge(base: Phrases, extra: Phrases): Phrases {
  const result: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    result[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
  }
  return result;
}
CMS.registerLocale(
  'sv',
  merge(sv as unknown as Phrases, {
    editor: {
      editorControlPane: {
        widget: { required: '%{fieldLabel} måste fyllas i.', regexPattern: '%{fieldLabel}: %{pattern}' },
        i18n: {
          copyFromLocale: 'Fyll i från ett annat språk',
          copyFromLocaleConfirm: 'Vill du fylla i från %{locale}?\nAllt som redan står här skrivs över.',
        },
      },
      editorWidgets: {
        datetime: { setToNow: 'Sätt %{fieldLabel} till nu' },
        list: { add: 'Lägg till %{item}', addType: 'Lägg till %{item}' },
        object: { expand: 'Visa', collapse: 'Dölj' },
      },
    },
  }),
);

CMS.init({ config: config as typeof config & { collections: { fields?: CmsField[] }[] } });
