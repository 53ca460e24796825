/**
 * The whole Decap CMS configuration, generated: collections from the content-type registry, fields
 * from the zod schemas, and the few deployment settings (backend, editorial workflow) from
 * `CmsDeployOptions`, which the admin's build reads from environment variables (admin/vite.config.ts).
 */
import type { CmsBackend, CmsConfig } from 'decap-cms-core';
import { defaultLocale, locales, type ContentType } from '../../src/schemas/index.ts';
import { collectionsFromRegistry } from './collections.ts';

export interface CmsDeployOptions {
  /**
   * Where content is saved when the admin is not opened on this machine: a Git host (`github`,
   * `gitlab`, `gitea`) with `repo` and `branch`, or `test-repo` (in memory, for tests).
   */
  backend: CmsBackend;
  /** `editorial_workflow`: drafts → review → ready → publish as pull/merge requests. */
  publishMode?: 'simple' | 'editorial_workflow';
  /** Address of decap-server for local editing (`npm start`), e.g. http://localhost:8081/api/v1. */
  localBackendUrl?: string;
  /** Public address of the site (the CMS links to it). */
  siteUrl?: string;
}

/** Media: uploads land in public/media and are served at /media/. */
export const MEDIA_FOLDER = 'public/media';
export const PUBLIC_FOLDER = '/media';

/** `ui`: the Swedish UI strings (content/ui/sv.yaml), which name the choices the site shows. */
export function cmsConfig(
  types: readonly ContentType[],
  editorComponents: readonly string[],
  deploy: CmsDeployOptions,
  ui?: unknown,
): CmsConfig {
  return {
    // The configuration is this object; no config.yml is fetched.
    load_config_file: false,
    // Decap's own interface in Swedish.
    locale: 'sv',
    backend: deploy.backend,
    ...(deploy.publishMode === 'editorial_workflow' ? { publish_mode: 'editorial_workflow' as const } : {}),
    // On localhost the admin talks to decap-server, which edits the files in content/ directly.
    ...(deploy.localBackendUrl ? { local_backend: { url: deploy.localBackendUrl } } : {}),
    ...(deploy.siteUrl ? { site_url: deploy.siteUrl, display_url: deploy.siteUrl } : {}),
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    // File names in a-z, 0-9 and hyphens: "Boka en peer – så går det till" → boka-en-peer-sa-gar-det-till.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // Translated types: content/<type>/sv/<name> and content/<type>/en/<name>, Swedish first.
    i18n: { structure: 'multiple_folders', locales: [...locales], default_locale: defaultLocale },
    collections: collectionsFromRegistry(types, { editorComponents, ui }),
  };
}
