import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atLeast, failsWithoutAudit, noAuditReason } from '../../scripts/audit.ts';
import { uncoveredInstallScripts } from '../../tools/check-install-scripts.mjs';

describe('atLeast compares versions numerically', () => {
  const cases: { reason: string; version: string; minimum: string; ok: boolean }[] = [
    { reason: 'a newer minor', version: '7.3.5', minimum: '7.2.8', ok: true },
    { reason: 'the minimum itself', version: '7.2.8', minimum: '7.2.8', ok: true },
    { reason: 'an older patch', version: '7.2.7', minimum: '7.2.8', ok: false },
    { reason: 'numbers, not text: 7.10 is newer than 7.9', version: '7.10.0', minimum: '7.9.0', ok: true },
    { reason: 'an older major', version: '6.9.9', minimum: '7.2.8', ok: false },
    { reason: 'a pre-release tag is ignored', version: '7.2.8-beta.1', minimum: '7.2.8', ok: true },
  ];
  it.each(cases)('$reason', ({ version, minimum, ok }) => {
    expect(atLeast(version, minimum)).toBe(ok);
  });
});

describe('an audit without a verdict says why, and fails where it must', () => {
  it.each([
    {
      reason: 'no-service',
      report: { message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk' },
    },
    { reason: 'no-service', report: { statusCode: 404, message: 'Not found' } },
    { reason: 'no-service', report: { statusCode: 501 } },
    { reason: 'unreachable', report: { message: 'request to https://registry.example failed, reason: getaddrinfo ENOTFOUND' } },
    { reason: 'unreachable', report: { statusCode: 503, message: '503 Service Unavailable' } },
    { reason: 'unreachable', report: { message: 'npm audit gav inget svar' } },
    { reason: undefined, report: { metadata: { vulnerabilities: {} } } },
  ] as const)('$report.message$report.statusCode → $reason', ({ report, reason }) => {
    expect(noAuditReason(report)).toBe(reason);
  });

  it.each([
    { env: {}, reason: 'unreachable', fails: false },
    { env: {}, reason: 'no-service', fails: false },
    { env: { AUDIT_REQUIRED: '1' }, reason: 'no-service', fails: true },
    { env: { AUDIT_REQUIRED: '1', AUDIT_NO_SERVICE: 'known' }, reason: 'no-service', fails: true },
    { env: { CI: 'true' }, reason: 'unreachable', fails: true },
    { env: { CI: 'true', AUDIT_NO_SERVICE: 'known' }, reason: 'unreachable', fails: true },
    { env: { CI: 'true' }, reason: 'no-service', fails: true },
    { env: { CI: 'true', AUDIT_NO_SERVICE: 'known' }, reason: 'no-service', fails: false },
    { env: { CI: 'false' }, reason: 'unreachable', fails: false },
  ] as const)('$env with $reason → fails: $fails', ({ env, reason, fails }) => {
    expect(failsWithoutAudit(reason, env)).toBe(fails);
  });

  it('in CI, a registry that does not answer fails the real `npm run audit`, and says so', () => {
    const run = spawnSync('npm', ['run', 'audit'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CI: 'true',
        AUDIT_NO_SERVICE: 'known',
        npm_config_registry: 'http://127.0.0.1:9/',
        npm_config_fetch_retries: '0',
        npm_config_fetch_timeout: '3000',
      },
    });
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toContain('INTE GRANSKAT');
  });
});

describe('install scripts: every package in the lockfile that has one is pinned in allowScripts', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  const lockfile = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  type Entries = Record<string, { version: string; hasInstallScript?: boolean }>;
  interface Row {
    name: string;
    allow: Record<string, boolean>;
    entries: Entries;
  }
  const lock = (entries: Entries) => ({ packages: { '': {}, ...entries } });

  it('this project: none uncovered', () => {
    expect(uncoveredInstallScripts(manifest, lockfile)).toEqual([]);
  });

  it.each<Row & { found: string }>([
    {
      name: 'a new package with an install script',
      allow: {},
      entries: { 'node_modules/evil': { version: '1.0.0', hasInstallScript: true } },
      found: 'evil@1.0.0',
    },
    {
      name: 'a reviewed package at another version',
      allow: { 'esbuild@0.28.2': true },
      entries: { 'node_modules/esbuild': { version: '0.28.3', hasInstallScript: true } },
      found: 'pins esbuild@0.28.2',
    },
    {
      name: 'a nested copy at another version',
      allow: { 'esbuild@0.28.2': true },
      entries: { 'node_modules/x/node_modules/esbuild': { version: '0.1.0', hasInstallScript: true } },
      found: 'esbuild@0.1.0',
    },
    {
      name: 'a scoped package',
      allow: {},
      entries: { 'node_modules/@s/p': { version: '2.0.0', hasInstallScript: true } },
      found: '@s/p@2.0.0',
    },
    { name: 'a name-only approval', allow: { esbuild: true }, entries: {}, found: 'not pinned' },
    { name: 'a range approval', allow: { 'esbuild@^0.28.0': true }, entries: {}, found: 'not pinned' },
  ])('refused: $name', ({ allow, entries, found }) => {
    const problems = uncoveredInstallScripts({ allowScripts: allow }, lock(entries));
    expect(problems.join('\n')).toContain(found);
  });

  it.each<Row>([
    {
      name: 'pinned at its locked version',
      allow: { 'esbuild@0.28.2': true },
      entries: { 'node_modules/esbuild': { version: '0.28.2', hasInstallScript: true } },
    },
    {
      name: 'denied by name',
      allow: { 'vnu-jar': false },
      entries: { 'node_modules/vnu-jar': { version: '9.9.9', hasInstallScript: true } },
    },
    { name: 'no install script', allow: {}, entries: { 'node_modules/plain': { version: '1.0.0' } } },
  ])('accepted: $name', ({ allow, entries }) => {
    expect(uncoveredInstallScripts({ allowScripts: allow }, lock(entries))).toEqual([]);
  });

  it('the real check, as .ci/run runs it before npm ci, fails on an unpinned script', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-install-scripts-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ allowScripts: { 'node@1.0.0': true } }));
    writeFileSync(
      join(dir, 'package-lock.json'),
      JSON.stringify(lock({ 'node_modules/node': { version: '1.0.1', hasInstallScript: true } })),
    );
    const run = spawnSync(process.execPath, ['tools/check-install-scripts.mjs', dir], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('node@1.0.1');
  });
});
