/// <reference types="vite/client" />

/** Deployment settings baked in by admin/vite.config.ts from environment variables. */
declare const __CMS_DEPLOY__: import('./cms/config.ts').CmsDeployOptions;

declare module 'decap-cms-locales' {
  /** Decap's phrases for one language: nested groups of texts with %{placeholders}. */
  export const sv: Record<string, unknown>;
}
