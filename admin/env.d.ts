/// <reference types="vite/client" />

/** Deployment settings baked in by admin/vite.config.ts from environment variables. */
declare const __CMS_DEPLOY__: import('./cms/config.ts').CmsDeployOptions;

/** Addresses of the built site's stylesheets (/_astro/*.css), for the preview pane. */
declare const __SITE_CSS__: string[];

declare module 'decap-cms-locales' {
  /** Decap's phrases for one language: nested groups of texts with %{placeholders}. */
  export const sv: Record<string, unknown>;
}
