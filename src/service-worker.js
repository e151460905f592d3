// The app's service worker, so that it keeps working with the network off after the first visit.
// The build (scripts/service-worker-plugin.ts) writes it to the output as sw.js with the two placeholders
// below filled in: the build's version and every file of the build. It is plain JavaScript because the
// browser runs it as it is, outside the app's bundle.
//
// Strategy:
// - install: cache the whole build (app shell, JS and CSS chunks — the catalogue is inside them —,
//   the manifest and icons) under a cache named after this build, then take over at once;
// - pages (index.html): network first, so a new version is used on the next visit; the cached copy when the
//   network is off or too slow;
// - everything else: cache first, as built files have content hashes in their names;
// - activate: delete the caches of older builds of this same deployment (the scope is part of the cache
//   name, so two copies of the app under different paths of one host never delete each other's caches).

const VERSION = __VERSION__;
/** Paths relative to this script, './' being index.html. */
const PRECACHE = __PRECACHE__;

const PREFIX = `telework-checklist:${self.registration.scope}:`;
const CACHE = `${PREFIX}${VERSION}`;
const SHELL = new URL('./', self.registration.scope).href;
/** After this long without an answer from the network, a page is served from the cache (if it is there). */
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // 'reload' bypasses the HTTP cache, so the precache never keeps a stale index.html.
      await cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)),
      );
      await clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Nothing outside this deployment is touched (the app requests nothing else anyway).
  if (url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
  const isShell = url.href === SHELL || url.href === `${SHELL}index.html`;
  if (isShell || request.mode === 'navigate')
    event.respondWith(networkFirst(event, request, isShell ? SHELL : url.href));
  else event.respondWith(cacheFirst(request));
});

/** @param {FetchEvent} event @param {Request} request @param {string} key where the page is cached */
async function networkFirst(event, request, key) {
  const cache = await caches.open(CACHE);
  const fromNetwork = fetch(request).then(async (response) => {
    if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
    return response;
  });
  // Keep the cache update alive even when the cached copy wins the race below.
  event.waitUntil(fromNetwork.catch(() => undefined));
  const slow = new Promise((resolve) =>
    setTimeout(async () => {
      const cached = await cache.match(key);
      // With nothing cached, keep waiting for the network rather than fail.
      if (cached) resolve(cached);
    }, NETWORK_TIMEOUT_MS),
  );
  try {
    return await Promise.race([fromNetwork, slow]);
  } catch {
    return (await cache.match(key)) ?? Response.error();
  }
}

/** @param {Request} request */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}
