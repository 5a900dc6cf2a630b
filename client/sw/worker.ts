/**
 * The app-shell worker (issue 19): a reload on the venue's Wi-Fi costs no round trip, and works
 * with no network at all. Built by client/service-worker.ts into dist/sw.js, which prepends
 * BUILD (this build's shell and asset list). Only the web client's own files are ever cached:
 * the API (downloads included), the socket and health always go to the network, untouched.
 *
 * How a deploy reaches a device: the browser fetches /sw.js on every navigation, bypassing its
 * HTTP cache (the server also sends it no-cache), and a new build's sw.js differs by its BUILD.
 * That worker installs in the background while the page runs from the old cache, precaching the
 * new shell (and the new versions of the chunks this device had used), then takes over: the
 * next load is the new version. The version it replaced stays cached until the following one,
 * for a page still open on it to lazy-load its chunks.
 */
export {};
declare const self: ServiceWorkerGlobalScope;
declare const BUILD: {
  /** Hash of the whole build: a new one is a new cache. */
  version: string;
  /** index.html, the entry script, what it imports statically, and their stylesheets. */
  shell: string[];
  /** Every file of the build under /assets/ (hashed, immutable). */
  assets: string[];
};

const PREFIX = 'agora-shell-';
const CACHE = PREFIX + BUILD.version;
const INDEX = '/index.html';
/** Not the web client's (the same list as src/common/http/client-assets.ts). */
const NOT_CLIENT = /^\/(api|live|socket\.io|health)(\/|$)/;
/** Cached responses differ only by encoding, which the browser has already decoded. */
const ANY = { ignoreVary: true } as const;
const KNOWN = new Set(BUILD.assets);

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const older = (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CACHE);
      // caches.keys() is in creation order: keep the newest of the older ones (see above).
      await Promise.all(older.slice(0, -1).map((n) => caches.delete(n)));
      // Controls the page that registered it, so its later lazy chunks are cached too.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || NOT_CLIENT.test(url.pathname)) return;
  // A path without an extension is a route of the app, which the server answers with index.html.
  if (request.mode === 'navigate' && !/\.[^/]*$/.test(url.pathname)) {
    event.respondWith(shell(event));
  } else if (KNOWN.has(url.pathname)) {
    event.respondWith(asset(event, url.pathname));
  }
});

/**
 * The page tells a new worker which assets it loaded before the worker controlled it; a port
 * sent with the message hears when they are all cached (the app is then ready to be offline).
 */
self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; urls?: unknown } | null;
  if (data?.type !== 'cache-loaded' || !Array.isArray(data.urls)) return;
  const paths = data.urls
    .filter((u): u is string => typeof u === 'string')
    .map((u) => new URL(u, self.location.origin))
    .filter((u) => u.origin === self.location.origin && KNOWN.has(u.pathname))
    .map((u) => u.pathname);
  event.waitUntil(
    Promise.all(paths.map((path) => keep(path).catch(() => undefined))).then(() =>
      event.ports[0]?.postMessage('cached'),
    ),
  );
});

/** Stale-while-revalidate: the cached index.html at once, checked in the background. */
async function shell(event: FetchEvent): Promise<Response> {
  const cached = await (await caches.open(CACHE)).match(INDEX, ANY);
  if (!cached) return fetch(event.request);
  event.waitUntil(revalidate(cached.clone()));
  return cached;
}

/**
 * A changed index.html names a new build's assets, which this cache does not have: rather than
 * store it, the new build's worker is fetched, which brings the shell and its assets together.
 */
async function revalidate(cached: Response): Promise<void> {
  try {
    const fresh = await fetch(INDEX, { cache: 'no-cache' });
    if (fresh.ok && (await fresh.text()) !== (await cached.text()))
      await self.registration.update();
  } catch {
    // No network: the cached shell is all there is, which is the point.
  }
}

/** Cache-first: a hashed file never changes under its name. */
async function asset(event: FetchEvent, path: string): Promise<Response> {
  // Any of our caches: a page of the previous version still loads its own chunks.
  const cached = await caches.match(path, ANY);
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    event.waitUntil(caches.open(CACHE).then((cache) => cache.put(path, copy)));
  }
  return response;
}

/** Into this version's cache: from an older cache when it has the same file, else the network. */
async function keep(path: string, init?: RequestInit): Promise<void> {
  const cache = await caches.open(CACHE);
  if (await cache.match(path, ANY)) return;
  const response = (path !== INDEX && (await caches.match(path, ANY))) || (await fetch(path, init));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  await cache.put(path, response);
}

async function precache(): Promise<void> {
  // index.html fresh from the server, so it names exactly this build's assets.
  await Promise.all(
    BUILD.shell.map((path) => keep(path, path === INDEX ? { cache: 'no-cache' } : undefined)),
  );
  // The new versions of the chunks (and fonts) this device used before: it may be offline next.
  const used = new Set<string>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    for (const request of await (await caches.open(name)).keys())
      used.add(stem(new URL(request.url).pathname));
  }
  const wanted = BUILD.assets.filter((path) => used.has(stem(path)));
  await Promise.all(wanted.map((path) => keep(path).catch(() => undefined)));
}

/** A file's name without its content hash: `/assets/SessionPage-DcC7U6Ut.js` → `/assets/SessionPage.js`. */
function stem(path: string): string {
  return path.replace(/-[\w-]{8}(\.[a-z0-9]+)$/, '$1');
}
