/*
 * Service worker: keeps the helplines pages usable with no network.
 *
 * On install it fetches /hjalplinjer/ and /en/helplines/, the stylesheets and scripts they link to
 * and the modules those scripts import, and keeps them in one cache. It answers only requests for those URLs (and the assets of the
 * cached pages): the pages network-first (fresh facts when online; the cached copy when offline or
 * when the network has not answered within three seconds), the hashed assets cache-first (their
 * names change when their content does). Every other request, and anything under /admin/, goes
 * straight to the network and is never stored.
 *
 * Plain JavaScript served from the site root so its scope is the whole site; the public pages'
 * CSP allows it with worker-src 'self'. Registered by src/components/helplines/RegisterServiceWorker.astro.
 */
const CACHE = 'helplines-v1';
const PAGES = ['/hjalplinjer/', '/en/helplines/'];
const NETWORK_TIMEOUT_MS = 3000;

const isAdmin = (url) => url.pathname === '/admin' || url.pathname.startsWith('/admin/');

/** Same-origin stylesheets, scripts and icons a page links to (Astro's hashed files in /_astro/). */
function assetsOf(html) {
  const urls = new Set();
  for (const match of html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="(\/[^"]+)"[^>]*>/g)) {
    const tag = match[0];
    const url = new URL(match[1], self.location.origin);
    const wanted = /\brel="(?:stylesheet|icon|modulepreload)"/.test(tag) || tag.startsWith('<script');
    if (wanted && url.origin === self.location.origin && !isAdmin(url)) urls.add(url.pathname);
  }
  return [...urls];
}

/** Modules a script imports statically (`import"./x.js"`, `from"./x.js"`): needed offline too. */
function importsOf(js, base) {
  const urls = [];
  for (const match of js.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) {
    const url = new URL(match[1], new URL(base, self.location.origin));
    if (url.origin === self.location.origin && !isAdmin(url)) urls.push(url.pathname);
  }
  return urls;
}

/** A page's assets and, for scripts, everything they import; from the cache when there, else the network. */
async function collectAssets(cache, html, fetchMissing) {
  const seen = new Set();
  const queue = assetsOf(html);
  while (queue.length) {
    const asset = queue.shift();
    if (seen.has(asset)) continue;
    seen.add(asset);
    let res = await cache.match(asset);
    if (!res && fetchMissing) {
      const fresh = await fetch(asset, { cache: 'reload' });
      if (fresh.ok) {
        await cache.put(asset, fresh.clone());
        res = fresh;
      }
    }
    if (res && asset.endsWith('.js')) queue.push(...importsOf(await res.text(), asset));
  }
  return seen;
}

/** Store a fresh copy of a page and everything it needs. */
async function storePage(cache, path, response) {
  const html = await response.clone().text();
  await cache.put(path, response);
  await collectAssets(cache, html, true);
}

/** Drop assets that no cached page uses any more (after a deploy renamed them). */
async function pruneAssets(cache) {
  const keep = new Set(PAGES);
  for (const page of PAGES) {
    const res = await cache.match(page);
    if (res) for (const asset of await collectAssets(cache, await res.text(), false)) keep.add(asset);
  }
  for (const request of await cache.keys()) {
    if (!keep.has(new URL(request.url).pathname)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const page of PAGES) {
        const res = await fetch(page, { cache: 'reload' });
        if (res.ok) await storePage(cache, page, res);
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

async function pageResponse(event, path) {
  const cache = await caches.open(CACHE);
  const network = fetch(event.request).then((res) => {
    if (res.ok) {
      // Refresh the offline copy in the background; the visitor gets the network answer now.
      const refresh = storePage(cache, path, res.clone()).then(() => pruneAssets(cache));
      try {
        event.waitUntil(refresh.catch(() => undefined));
      } catch {
        // The event has already finished (the cached copy was served): the refresh still runs.
      }
    }
    return res;
  });
  const cached = await cache.match(path);
  if (!cached) return network;
  network.catch(() => undefined); // served from the cache instead; not an error
  const slow = new Promise((resolve) => setTimeout(() => resolve(cached), NETWORK_TIMEOUT_MS));
  return Promise.race([network, slow]).catch(() => cached);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || isAdmin(url)) return;
  const page = PAGES.find((p) => url.pathname === p || `${url.pathname}/` === p);
  if (page && request.mode === 'navigate') {
    event.respondWith(pageResponse(event, page));
    return;
  }
  if (url.pathname.startsWith('/_astro/') || url.pathname === '/favicon.svg') {
    event.respondWith(caches.match(url.pathname, { cacheName: CACHE }).then((cached) => cached ?? fetch(request)));
  }
});
