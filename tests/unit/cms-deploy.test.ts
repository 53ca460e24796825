/**
 * Deployment settings of the admin come from environment variables of the build; the admin's
 * CSP allows exactly the hosts those settings talk to.
 */
import { describe, expect, it } from 'vitest';
import { adminCsp, deployFromEnv, escapeAttribute } from '../../admin/cms/deploy.ts';

describe('deployFromEnv', () => {
  const cases = [
    {
      reason: 'nothing set: local editing only, through decap-server on 8081',
      env: {},
      expected: { backend: { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1' }, localBackendUrl: 'http://localhost:8081/api/v1' },
    },
    {
      reason: 'GitHub with an OAuth server and the editorial workflow',
      env: {
        CMS_BACKEND: 'github',
        CMS_REPO: 'region/rc',
        CMS_BRANCH: 'main',
        CMS_BASE_URL: 'https://auth.region.se',
        CMS_PUBLISH_MODE: 'editorial_workflow',
      },
      expected: {
        backend: { name: 'github', repo: 'region/rc', branch: 'main', base_url: 'https://auth.region.se' },
        publishMode: 'editorial_workflow',
      },
    },
    {
      reason: 'a self-hosted Gitea with PKCE',
      env: {
        CMS_BACKEND: 'gitea',
        CMS_REPO: 'webb/rc',
        CMS_API_ROOT: 'https://git.region.se/api/v1',
        CMS_APP_ID: 'abc',
        CMS_AUTH_TYPE: 'pkce',
      },
      expected: {
        backend: { name: 'gitea', repo: 'webb/rc', api_root: 'https://git.region.se/api/v1', app_id: 'abc', auth_type: 'pkce' },
      },
    },
    {
      reason: 'the in-memory test backend needs no local server',
      env: { CMS_BACKEND: 'test-repo', CMS_PUBLISH_MODE: 'editorial_workflow' },
      expected: { backend: { name: 'test-repo' }, publishMode: 'editorial_workflow' },
    },
    {
      reason: 'another local port',
      env: { CMS_LOCAL_PORT: '8091' },
      expected: { backend: { name: 'proxy', proxy_url: 'http://localhost:8091/api/v1' }, localBackendUrl: 'http://localhost:8091/api/v1' },
    },
  ];
  it.each(cases)('$reason', ({ env, expected }) => {
    expect(deployFromEnv(env)).toEqual(expected);
  });

  it.each([
    { reason: 'an unknown backend', env: { CMS_BACKEND: 'dropbox' }, message: /CMS_BACKEND ska vara en av/ },
    { reason: 'an unknown publish mode', env: { CMS_PUBLISH_MODE: 'review' }, message: /CMS_PUBLISH_MODE ska vara/ },
    { reason: 'a misspelt sign-in type', env: { CMS_AUTH_TYPE: 'PKCE' }, message: /CMS_AUTH_TYPE ska vara pkce eller implicit/ },
    { reason: 'a port that is not a number', env: { CMS_LOCAL_PORT: 'åttio' }, message: /CMS_LOCAL_PORT ska vara ett portnummer/ },
    {
      reason: 'a quote in an address (it would end the CSP attribute)',
      env: { CMS_BASE_URL: 'https://a.se/"><script>' },
      message: /CMS_BASE_URL ska vara en https-adress/,
    },
    {
      reason: 'a policy separator in an address',
      env: { CMS_API_ROOT: 'https://git.se/api; script-src *' },
      message: /CMS_API_ROOT ska vara en https-adress/,
    },
    { reason: 'plain http', env: { CMS_BASE_URL: 'http://auth.region.se' }, message: /CMS_BASE_URL ska vara en https-adress/ },
    { reason: 'credentials in an address', env: { CMS_API_ROOT: 'https://user:pw@git.region.se/api/v1' }, message: /CMS_API_ROOT/ },
    { reason: 'a site address that is not https', env: { SITE_URL: 'javascript:alert(1)' }, message: /SITE_URL ska vara en https-adress/ },
    { reason: 'a repository with a space', env: { CMS_REPO: 'region/rc x' }, message: /CMS_REPO ska vara ägare\/förråd/ },
    { reason: 'a branch with ..', env: { CMS_BRANCH: 'main/../x' }, message: /CMS_BRANCH ska vara ett grennamn/ },
  ])('refuses $reason with a message', ({ env, message }) => {
    expect(() => deployFromEnv(env)).toThrow(message);
  });
});

describe('adminCsp', () => {
  it('allows eval and inline styles (Decap needs them) and connects only to the local server by default', () => {
    const csp = adminCsp(deployFromEnv({}));
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("connect-src 'self' blob: http://localhost:8081;");
    expect(csp).toContain("object-src 'none'");
  });

  it('adds the Git host’s API and the OAuth server', () => {
    expect(adminCsp(deployFromEnv({ CMS_BACKEND: 'github', CMS_BASE_URL: 'https://auth.region.se' }))).toContain(
      "connect-src 'self' blob: https://api.github.com https://auth.region.se;",
    );
    expect(adminCsp(deployFromEnv({ CMS_BACKEND: 'gitea', CMS_API_ROOT: 'https://git.region.se/api/v1' }))).toContain(
      "connect-src 'self' blob: https://git.region.se;",
    );
  });

  it('a deployed admin (a Git host) never names the local server', () => {
    for (const backend of ['github', 'gitlab', 'gitea']) {
      const deploy = deployFromEnv({ CMS_BACKEND: backend });
      expect(deploy.localBackendUrl).toBeUndefined();
      expect(adminCsp(deploy)).not.toContain('localhost');
    }
  });

  it('is escaped where it is written into an attribute', () => {
    expect(escapeAttribute(`a "b" <c> & d`)).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
  });
});
