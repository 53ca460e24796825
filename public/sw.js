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
const CACHE = 'helplines-v2';
const PAGES = ['/hjalplinjer/', '/en/helplines/'];
const NETWORK_TIMEOUT_MS = 3000;
/** A saved copy older than this tells the visitor to check the numbers. */
const STALE_AFTER_DAYS = 7;

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

/** Store a fresh copy of a page, with the time it was saved, and everything it needs. */
async function storePage(cache, path, response) {
  const html = await response.clone().text();
  const headers = new Headers(response.headers);
  headers.set('x-saved-at', new Date().toISOString());
  await cache.put(path, new Response(html, { status: response.status, statusText: response.statusText, headers }));
  await collectAssets(cache, html, true);
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const unescapeAttribute = (text) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]);

/**
 * The saved copy as served offline: the page's own note (`data-offline-note`, in its language)
 * says when it was saved, and after STALE_AFTER_DAYS that the numbers may have changed.
 */
async function savedCopy(cached) {
  const html = await cached.text();
  const savedAt = new Date(cached.headers.get('x-saved-at') ?? 0);
  const days = (Date.now() - savedAt.getTime()) / 86_400_000;
  const noted = html.replace(/<p class="offline-note"([^>]*)><\/p>/, (_tag, attributes) => {
    const attribute = (name) => unescapeAttribute(new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1] ?? '');
    const locale = attribute('data-lang') === 'en' ? 'en-GB' : 'sv-SE';
    const date = savedAt.getTime() > 0 ? savedAt.toLocaleDateString(locale, { dateStyle: 'long' }) : '?';
    const stale = !(days <= STALE_AFTER_DAYS);
    const text = [attribute('data-saved').replace('{date}', date), stale ? attribute('data-stale') : ''].filter(Boolean).join(' ');
    return `<p class="offline-note${stale ? ' offline-note--stale' : ''}" role="status">${escapeHtml(text)}</p>`;
  });
  return new Response(noted, { status: cached.status, statusText: cached.statusText, headers: cached.headers });
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
  const stored = await cache.match(path);
  if (!stored) return network;
  network.catch(() => undefined); // served from the cache instead; not an error
  const cached = () => savedCopy(stored.clone());
  const slow = new Promise((resolve) => setTimeout(() => resolve(cached()), NETWORK_TIMEOUT_MS));
  return Promise.race([network, slow]).catch(cached);
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
