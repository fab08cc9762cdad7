/*
 * Factsprint's service worker: after the first visit the whole site plays offline.
 *
 * The build (scripts/offlinePlugin.ts) puts the list of every file of the site and a version
 * (a hash of their contents) in front of this script. Installing caches them all; a new
 * deployment is a new version, installed beside the old one and left waiting: the game offers it
 * on the menu, between rounds, and only takes it when the player says so (a "skip-waiting"
 * message). Nothing here talks to any server but the site's own.
 */
const { version, files } = __PRECACHE__;
const CACHE = `factsprint-${version}`;

self.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache: a stale copy of a file must not land in a new version.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(files.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('factsprint-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(respond(request, url));
});

async function respond(request, url) {
  // An old worker still answering its page while a new version takes over must not bring back
  // the cache the new one just deleted: caches.open would create it again, empty.
  if (!(await caches.has(CACHE))) return fetch(request);
  const cache = await caches.open(CACHE);
  if (request.mode === 'navigate') {
    // Every link into the game (?seed=…, ?assign=…, ?bank=…) is the same page: match without the query.
    const scope = new URL(self.registration.scope);
    const rel = url.pathname.startsWith(scope.pathname) ? url.pathname.slice(scope.pathname.length) : '';
    const page = rel === '' ? 'index.html' : rel;
    const hit = await cache.match(new URL(page, scope).href, { ignoreSearch: true, ignoreVary: true });
    if (hit) return hit;
  } else {
    // Module scripts are CORS requests that carry an Origin header; a host that answers with
    // "Vary: Origin" would make them miss the copies cached without one. The URL is the key.
    const hit = await cache.match(request, { ignoreVary: true });
    if (hit) return hit;
  }
  return fetch(request);
}
