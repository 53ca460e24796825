/**
 * Deployment settings of the admin, read from environment variables when it is built, and the
 * admin's own Content-Security-Policy derived from them. The README ("Editing content") lists the
 * variables and the Decap config keys they set.
 *
 * | variable              | Decap key                 | example                                   |
 * | --------------------- | ------------------------- | ----------------------------------------- |
 * | CMS_BACKEND           | backend.name              | github, gitlab, gitea, test-repo          |
 * | CMS_REPO              | backend.repo              | region-exempel/recovery-college           |
 * | CMS_BRANCH            | backend.branch            | main                                      |
 * | CMS_BASE_URL          | backend.base_url          | https://cms-auth.exempel.se (OAuth)       |
 * | CMS_AUTH_ENDPOINT     | backend.auth_endpoint     | auth                                      |
 * | CMS_API_ROOT          | backend.api_root          | https://gitea.exempel.se/api/v1           |
 * | CMS_APP_ID            | backend.app_id            | GitLab/Gitea OAuth application id         |
 * | CMS_AUTH_TYPE         | backend.auth_type         | pkce (GitLab, Gitea without a server)     |
 * | CMS_PUBLISH_MODE      | publish_mode              | editorial_workflow                        |
 * | CMS_LOCAL_PORT        | local_backend.url         | 8081 → http://localhost:8081/api/v1       |
 * | SITE_URL              | site_url, display_url     | https://recoverycollege.exempel.se        |
 */
import type { CmsBackend, CmsBackendType } from 'decap-cms-core';
import { checkUrl } from '../../src/rules/url.ts';
import type { CmsDeployOptions } from './config.ts';

export const DEFAULT_LOCAL_PORT = 8081;

/** The backends Decap ships that the admin can be built for. */
export const backends: readonly CmsBackendType[] = [
  'github',
  'gitlab',
  'gitea',
  'forgejo',
  'azure',
  'bitbucket',
  'git-gateway',
  'test-repo',
  'proxy',
];

/**
 * What each setting may hold. The values go into the admin's config and, for the addresses, into
 * its Content-Security-Policy: an address is https with a plain host (no user name, password,
 * quotes or spaces), the others are names of the characters Git hosts use.
 */
const settingRules: Record<string, { pattern: RegExp; expected: string }> = {
  CMS_REPO: { pattern: /^[\w.-]+(?:\/[\w.-]+)+$/, expected: 'ägare/förråd, t.ex. region-exempel/recovery-college' },
  CMS_BRANCH: { pattern: /^(?!.*\.\.)[\w./-]+$/, expected: 'ett grennamn, t.ex. main' },
  CMS_AUTH_ENDPOINT: { pattern: /^[\w./-]+$/, expected: 'en sökväg, t.ex. auth' },
  CMS_APP_ID: { pattern: /^[\w.-]+$/, expected: 'applikationens id (bokstäver, siffror, - . _)' },
};
const addressSettings = ['CMS_BASE_URL', 'CMS_API_ROOT', 'SITE_URL'] as const;

/** An address setting: https, a plain host, nothing a policy or an attribute could be broken with. */
function checkAddress(variable: string, value: string): void {
  const verdict = checkUrl(value);
  const plain = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[\w./~%-]*)?$/.test(value);
  if (!verdict.ok || !plain) {
    throw new Error(
      `${variable} ska vara en https-adress med bara värdnamn och sökväg, t.ex. https://cms-auth.exempel.se, inte "${value}".`,
    );
  }
}

/** Deployment options from environment variables (unset: local editing only). */
export function deployFromEnv(env: Record<string, string | undefined>): CmsDeployOptions {
  for (const [variable, rule] of Object.entries(settingRules)) {
    const value = env[variable];
    if (value && !rule.pattern.test(value)) throw new Error(`${variable} ska vara ${rule.expected}, inte "${value}".`);
  }
  for (const variable of addressSettings) if (env[variable]) checkAddress(variable, env[variable]);
  const port = Number(env.CMS_LOCAL_PORT ?? DEFAULT_LOCAL_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`CMS_LOCAL_PORT ska vara ett portnummer, inte "${env.CMS_LOCAL_PORT}".`);
  const localBackendUrl = `http://localhost:${port}/api/v1`;
  const name = (env.CMS_BACKEND ?? 'proxy') as CmsBackendType;
  if (!backends.includes(name)) throw new Error(`CMS_BACKEND ska vara en av ${backends.join(', ')}, inte "${name}".`);
  const backend: CmsBackend = { name };
  if (name === 'proxy') backend.proxy_url = localBackendUrl;
  const keys = [
    ['CMS_REPO', 'repo'],
    ['CMS_BRANCH', 'branch'],
    ['CMS_BASE_URL', 'base_url'],
    ['CMS_AUTH_ENDPOINT', 'auth_endpoint'],
    ['CMS_API_ROOT', 'api_root'],
    ['CMS_APP_ID', 'app_id'],
  ] as const;
  for (const [variable, key] of keys) if (env[variable]) backend[key] = env[variable];
  const authType = env.CMS_AUTH_TYPE;
  // A misspelt value would silently fall back to Decap's default sign-in: refuse it like the others.
  if (authType === 'pkce' || authType === 'implicit') backend.auth_type = authType;
  else if (authType) throw new Error(`CMS_AUTH_TYPE ska vara pkce eller implicit, inte "${authType}".`);
  const mode = env.CMS_PUBLISH_MODE;
  if (mode && mode !== 'simple' && mode !== 'editorial_workflow') {
    throw new Error(`CMS_PUBLISH_MODE ska vara simple eller editorial_workflow, inte "${mode}".`);
  }
  const publishMode = mode === 'simple' || mode === 'editorial_workflow' ? mode : undefined;
  return {
    backend,
    ...(publishMode ? { publishMode } : {}),
    // Only a local build (no Git host set) talks to the local server: a region's deployed admin
    // has no reason to reach http://localhost, so neither its config nor its CSP names it.
    ...(name === 'proxy' ? { localBackendUrl } : {}),
    ...(env.SITE_URL ? { siteUrl: env.SITE_URL } : {}),
  };
}

/** API hosts each Git backend talks to when no api_root is given. */
const defaultApiRoots: Partial<Record<CmsBackendType, string[]>> = {
  github: ['https://api.github.com'],
  gitlab: ['https://gitlab.com'],
  bitbucket: ['https://api.bitbucket.org', 'https://bitbucket.org'],
  azure: ['https://dev.azure.com'],
};

/** Images the Git hosts serve for avatars and media previews. */
const imageHosts: Partial<Record<CmsBackendType, string[]>> = {
  github: ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'],
  gitlab: ['https://gitlab.com', 'https://secure.gravatar.com'],
};

const originOf = (url: string) => new URL(url).origin;

/** Text for an HTML attribute value (the admin's CSP goes into a `<meta content="…">`). */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The admin's CSP: Decap needs `'unsafe-eval'` (validators compiled at run time) and inline styles
 * (emotion); it talks only to this site, the local decap-server and the configured Git host.
 */
/**
 * The policy of the admin's own static pages (the editor's guide, Innehållsstatus): no scripts at
 * all, styles and images from the site only.
 */
export const adminDocumentCsp = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

export function adminCsp(deploy: CmsDeployOptions): string {
  const { backend } = deploy;
  const api = backend.api_root ? [originOf(backend.api_root)] : (defaultApiRoots[backend.name] ?? []);
  // blob: the media library reads an uploaded image back from a blob URL before it saves it.
  const connect = new Set(["'self'", 'blob:', ...api]);
  if (deploy.localBackendUrl) connect.add(originOf(deploy.localBackendUrl));
  if (backend.proxy_url) connect.add(originOf(backend.proxy_url));
  if (backend.base_url) connect.add(originOf(backend.base_url));
  const images = new Set(["'self'", 'data:', 'blob:', ...api, ...(imageHosts[backend.name] ?? [])]);
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src ${[...images].join(' ')}`,
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src ${[...connect].join(' ')}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
