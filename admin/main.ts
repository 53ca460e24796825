/**
 * The admin app: Decap CMS from npm (no CDN), configured entirely from the content-type registry
 * and the zod schemas (src/lib/cms/). Built by admin/vite.config.ts into <outDir>/admin/.
 */
import CMS from 'decap-cms-app';
import type { CmsField, EditorComponentOptions } from 'decap-cms-core';
import { sv } from 'decap-cms-locales';
import previewCss from '../src/styles/global.css?url';
import { cmsConfig } from '../src/lib/cms/config.ts';
import { editorComponentsFrom } from '../src/lib/cms/editor-components.ts';
import { cleanYamlFormat, safeMdxFormat } from '../src/lib/cms/safe-mdx.ts';
import { formats, BODY_FIELD } from '../src/lib/cms/collections.ts';
import { contentRules } from '../src/lib/mdx-safety.ts';
import { contentComponents } from '../src/schemas/content-components.ts';
import { contentTypes, type ContentType } from '../src/schemas/index.ts';
import { componentPreviewHtml, imageComponent } from './components.ts';
import { previewFor } from './previews.ts';
import './admin.css';

// Files: MDX bodies escaped on save and unescaped on load; YAML without empty optional values.
CMS.registerCustomFormat(formats.mdx, 'mdx', safeMdxFormat(contentRules, BODY_FIELD));
CMS.registerCustomFormat(formats.yaml, 'yaml', cleanYamlFormat);

// Editor components: one per content component, plus an image that requires alt text.
const components = editorComponentsFrom(contentComponents, componentPreviewHtml);
for (const component of components) CMS.registerEditorComponent(component as unknown as EditorComponentOptions);
CMS.registerEditorComponent(imageComponent as unknown as EditorComponentOptions);

// Previews: the site's own stylesheet, and one template per content type, chosen by its kind.
CMS.registerPreviewStyle(previewCss);
for (const type of contentTypes as readonly ContentType[]) CMS.registerPreviewTemplate(type.name, previewFor(type));

// Swedish messages that say what to do: the schema's own message for a broken pattern.
CMS.registerLocale('sv', {
  ...sv,
  editor: {
    ...sv.editor,
    editorControlPane: {
      ...sv.editor.editorControlPane,
      widget: {
        ...sv.editor.editorControlPane.widget,
        required: '%{fieldLabel} måste fyllas i.',
        regexPattern: '%{fieldLabel}: %{pattern}',
      },
    },
  },
});

const config = cmsConfig(contentTypes, [...components.map((c) => c.id), imageComponent.id], __CMS_DEPLOY__);
CMS.init({ config: config as typeof config & { collections: { fields?: CmsField[] }[] } });
