import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminEnv, adminKey, cacheDir, fixedAdminInputs, projectInputs, restoreAdmin, storeAdmin } from '../../scripts/admin-cache.ts';

let root: string;

function write(file: string, text: string) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'admin-cache-'));
  for (const file of fixedAdminInputs) write(file, `fixed ${file}`);
  write('admin/main.ts', 'main');
  write('src/schemas/helpline.ts', 'schema');
  write('content/ui/sv.yaml', 'ui: 1');
  write('content/pages/sv/om.mdx', 'a page');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const inputs = ['admin/main.ts', 'src/schemas/helpline.ts', 'content/ui/sv.yaml'];
const env = { NODE_ENV: 'production' };

describe('the admin key changes exactly when an input of the bundle changes', () => {
  const changes: { reason: string; change: () => void; rebuild: boolean }[] = [
    { reason: 'nothing changed', change: () => {}, rebuild: false },
    { reason: 'a page the admin does not import', change: () => write('content/pages/sv/om.mdx', 'edited'), rebuild: false },
    { reason: 'a new content file', change: () => write('content/pages/sv/ny.mdx', 'new'), rebuild: false },
    { reason: 'a schema', change: () => write('src/schemas/helpline.ts', 'schema 2'), rebuild: true },
    { reason: 'admin code', change: () => write('admin/main.ts', 'main 2'), rebuild: true },
    { reason: 'UI strings the admin imports', change: () => write('content/ui/sv.yaml', 'ui: 2'), rebuild: true },
    { reason: 'the dependencies (lockfile)', change: () => write('package-lock.json', 'other'), rebuild: true },
    { reason: "the editor's guide", change: () => write('docs/redaktorsguide.md', 'new guide'), rebuild: true },
    { reason: 'the Vite config', change: () => write('admin/vite.config.ts', 'new config'), rebuild: true },
  ];
  it.each(changes)('$reason → rebuild: $rebuild', ({ change, rebuild }) => {
    const before = adminKey(root, inputs, env);
    change();
    expect(adminKey(root, inputs, env) !== before).toBe(rebuild);
  });

  it('a deployment setting (CMS_*, SITE_URL) or the build mode changes the key; the output folder does not', () => {
    const key = adminKey(root, inputs, env);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const github = { CMS_BACKEND: 'github', CMS_REPO: 'region/webb' };
    expect(adminKey(root, inputs, { ...env, ...github })).not.toBe(key);
    expect(adminKey(root, inputs, { ...env, ...github, CMS_BRANCH: 'publicera' })).not.toBe(adminKey(root, inputs, { ...env, ...github }));
    expect(adminKey(root, inputs, { ...env, CMS_LOCAL_PORT: '8091' })).not.toBe(key);
    expect(adminKey(root, inputs, { ...env, SITE_URL: 'https://example.se' })).not.toBe(key);
    expect(adminKey(root, inputs, { ...env, NODE_ENV: 'development' })).not.toBe(key);
    expect(adminKey(root, inputs, { ...env, CMS_ADMIN_OUT_DIR: '/tmp/x', PATH: '/x', HOME: '/y' })).toBe(key);
  });

  it('deployment settings that do not parse give no key (the build runs and reports them)', () => {
    expect(adminEnv({ CMS_LOCAL_PORT: 'åtta' })).toBeNull();
    expect(adminKey(root, inputs, { CMS_LOCAL_PORT: 'åtta' })).toBeNull();
  });

  it('an input that no longer exists gives no key (rebuild)', () => {
    rmSync(join(root, 'src/schemas/helpline.ts'));
    expect(adminKey(root, inputs, env)).toBeNull();
  });
});

describe('projectInputs keeps the project files among the module ids', () => {
  it('drops dependencies and virtual modules, strips queries, keeps files inside the root', () => {
    const ids = [
      join(root, 'admin/main.ts'),
      `${join(root, 'content/ui/sv.yaml')}?raw`,
      join(root, 'node_modules/decap-cms-app/dist/index.js'),
      '\0vite/preload-helper',
      'react',
      '/elsewhere/file.ts',
      join(root, 'src/gone.ts'),
    ];
    expect(projectInputs(root, ids)).toEqual(['admin/main.ts', 'content/ui/sv.yaml']);
  });
});

describe('restoreAdmin and storeAdmin', () => {
  function buildAdmin(out: string, text: string) {
    mkdirSync(join(out, 'assets'), { recursive: true });
    writeFileSync(join(out, 'index.html'), text);
    writeFileSync(join(out, 'assets/app.js'), `app ${text}`);
  }

  it('restores the stored bundle while the inputs are unchanged, and refuses once one changes', () => {
    const out = join(root, 'dist/admin');
    const inputsFile = join(root, 'inputs.json');
    writeFileSync(inputsFile, JSON.stringify(inputs));
    expect(restoreAdmin(root, out, env)).toBe(false); // no cache yet
    buildAdmin(out, 'first');
    expect(storeAdmin(root, out, inputsFile, env)).toBe(true);

    rmSync(join(root, 'dist'), { recursive: true });
    write('content/pages/sv/om.mdx', 'edited');
    expect(restoreAdmin(root, out, env)).toBe(true);
    expect(readFileSync(join(out, 'assets/app.js'), 'utf8')).toBe('app first');

    write('src/schemas/helpline.ts', 'schema 2');
    expect(restoreAdmin(root, out, env)).toBe(false);
    expect(restoreAdmin(root, out, { ...env, CMS_LOCAL_PORT: '8091' })).toBe(false);
  });

  it('keeps one cache per project folder, and leaves no half-written cache behind', () => {
    const other = mkdtempSync(join(tmpdir(), 'admin-cache-other-'));
    try {
      expect(cacheDir(root)).not.toBe(cacheDir(other));
      const out = join(root, 'dist/admin');
      buildAdmin(out, 'x');
      writeFileSync(join(root, 'inputs.json'), JSON.stringify(inputs));
      storeAdmin(root, out, join(root, 'inputs.json'), env);
      expect(existsSync(join(cacheDir(root), 'manifest.json'))).toBe(true);
      expect(existsSync(`${cacheDir(root)}.${process.pid}`)).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
