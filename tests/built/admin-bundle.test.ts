/**
 * The CMS at /admin/: the whole of Decap loads before the collection list shows, so its entry
 * bundle (the scripts and stylesheets /admin/index.html names) stays under a gzip budget, and the
 * site server sends it compressed, as the hosts do (scripts/site-server.ts).
 */
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer } from '../../scripts/site-server.ts';
import { scanTags } from '../../tools/html-scan.ts';
import { outDir, read } from './built.ts';

const ADMIN_GZIP_BUDGET = 1_750_000;

const html = read('/admin/');
const assets = scanTags(html ?? '')
  .map((t) => (t.name === 'script' ? t.attrs.src : t.name === 'link' ? t.attrs.href : undefined))
  .filter((url): url is string => url?.startsWith('/admin/assets/') === true);

describe('the admin bundle', () => {
  it('the build has /admin/ and its assets', () => {
    expect(html, 'the build has /admin/').toBeDefined();
    expect(assets.length).toBeGreaterThan(0);
  });

  it(`is under ${ADMIN_GZIP_BUDGET} bytes gzip`, () => {
    const sizes = assets.map((asset) => {
      const text = read(asset);
      expect(text, `${asset} is in the build`).toBeDefined();
      return gzipSync(text!).length;
    });
    const gzipBytes = sizes.reduce((sum, n) => sum + n, 0);
    console.log(`/admin/ entry bundle: ${(gzipBytes / 1e6).toFixed(2)} MB gzip (${assets.length} files)`);
    expect(gzipBytes).toBeLessThan(ADMIN_GZIP_BUDGET);
  });

  describe('served compressed by the site server', () => {
    const server = createSiteServer(outDir);
    let origin = '';
    beforeAll(async () => {
      await new Promise<void>((done) => server.listen(0, 'localhost', done));
      origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => {
      server.closeAllConnections();
      server.close();
    });
    it.each(assets)('%s', async (asset) => {
      const response = await fetch(`${origin}${asset}`, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding'), asset).toMatch(/^(br|gzip)$/);
      await response.body?.cancel();
    });
  });
});
