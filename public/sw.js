/*
 * Service worker: keeps the helplines pages usable with no network, and makes every page lead to
 * help offline.
 *
 * On install it fetches /hjalplinjer/ and /en/helplines/ and the offline fallback pages
 * (/offline/, /en/offline/), the stylesheets and scripts they link to and the modules those
 * scripts import, and keeps them in one cache. The helplines pages are answered network-first
 * (fresh facts when online; the cached copy when offline or when the network has not answered
 * within three seconds), the hashed assets cache-first (their names change when their content
 * does). Every other page is the network's; when the network fails (offline), the fallback page in
 * the visitor's language answers instead of the browser's error: "Du är offline", 112 and 1177,
 * and a link to the saved helplines page with the date it was saved. Navigation preload lets the
 * network request start while the worker wakes up. Nothing else is stored, and nothing under
 * /admin/ is ever handled or stored.
 *
 * Plain JavaScript served from the site root so its scope is the whole site; the public pages'
 * CSP allows it with worker-src 'self'. Registered by src/components/helplines/RegisterServiceWorker.astro.
 */
const CACHE = 'helplines-v3';
const PAGES = ['/hjalplinjer/', '/en/helplines/'];
/** Answers any navigation the network cannot, in the language of the address asked for. */
const FALLBACKS = { sv: '/offline/', en: '/en/offline/' };
const fallbackFor = (url) => (url.pathname === '/en' || url.pathname.startsWith('/en/') ? FALLBACKS.en : FALLBACKS.sv);
/** A saved fallback page older than this is fetched again (its numbers and styles follow the site). */
const FALLBACK_MAX_AGE_MS = 86_400_000;
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

const formatDate = (savedAt, lang) => savedAt.toLocaleDateString(lang === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'long' });

/**
 * The offline fallback as served: its `data-offline-saved` element gets the date the helplines
 * page it links to was saved (from that copy's x-saved-at). Without a saved copy it stays empty.
 */
async function fallbackPage(cache, path) {
  const stored = await cache.match(path);
  if (!stored) return Response.error();
  const html = await stored.text();
  const slot = /<span class="offline-saved"([^>]*)><\/span>/.exec(html);
  let filled = html;
  if (slot) {
    const attribute = (name) => unescapeAttribute(new RegExp(`${name}="([^"]*)"`).exec(slot[1])?.[1] ?? '');
    const saved = await cache.match(attribute('data-page'));
    const savedAt = new Date(saved?.headers.get('x-saved-at') ?? 0);
    if (saved && savedAt.getTime() > 0) {
      const text = attribute('data-template').replace('{date}', formatDate(savedAt, attribute('data-lang')));
      filled = html.replace(slot[0], `<span class="offline-saved"${slot[1]}>${escapeHtml(text)}</span>`);
    }
  }
  return new Response(filled, { status: 200, statusText: 'OK', headers: stored.headers });
}

/** Fetch the fallback pages again when the saved ones are older than FALLBACK_MAX_AGE_MS. */
async function refreshFallbacks(cache) {
  for (const path of Object.values(FALLBACKS)) {
    const stored = await cache.match(path);
    const savedAt = new Date(stored?.headers.get('x-saved-at') ?? 0).getTime();
    if (stored && Date.now() - savedAt < FALLBACK_MAX_AGE_MS) continue;
    const res = await fetch(path, { cache: 'reload' });
    if (res.ok) await storePage(cache, path, res);
  }
}

/** Drop assets that no cached page uses any more (after a deploy renamed them). */
async function pruneAssets(cache) {
  const pages = [...PAGES, ...Object.values(FALLBACKS)];
  const keep = new Set(pages);
  for (const page of pages) {
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
      for (const page of [...PAGES, ...Object.values(FALLBACKS)]) {
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
      // The page request starts while the worker starts up, instead of after it.
      await self.registration.navigationPreload?.enable();
      await self.clients.claim();
    })(),
  );
});

/** The page from the network: the navigation preload's response when there is one. */
function fromNetwork(event) {
  // Kept alive until the preload settles, even when the cached copy answers first.
  event.waitUntil(Promise.resolve(event.preloadResponse).catch(() => undefined));
  return Promise.resolve(event.preloadResponse).then((res) => res ?? fetch(event.request));
}

async function pageResponse(event, path) {
  const fresh = fromNetwork(event);
  fresh.catch(() => undefined); // handled below; not an unhandled rejection while the cache opens
  const cache = await caches.open(CACHE);
  const network = fresh.then((res) => {
    if (res.ok) {
      // Refresh the offline copy in the background; the visitor gets the network answer now.
      const refresh = storePage(cache, path, res.clone())
        .then(() => refreshFallbacks(cache))
        .then(() => pruneAssets(cache));
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
  if (request.mode === 'navigate') {
    // Any other page: the network's answer (a 404 too); offline, the fallback page.
    event.respondWith(fromNetwork(event).catch(async () => fallbackPage(await caches.open(CACHE), fallbackFor(url))));
    return;
  }
  if (url.pathname.startsWith('/_astro/') || url.pathname === '/favicon.svg') {
    event.respondWith(caches.match(url.pathname, { cacheName: CACHE }).then((cached) => cached ?? fetch(request)));
  }
});
