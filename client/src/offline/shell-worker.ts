/**
 * Registers the app-shell worker (client/sw/worker.ts): with it a reload costs no round trip and
 * works with no network, so the outbox's pending actions are on screen during an outage. After
 * the page has loaded, so its precaching never competes with the first load on a slow network.
 */
export function registerShellWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(async () => {
        const registration = await navigator.serviceWorker.ready;
        // What this page fetched before the worker controlled it, from the HTTP cache.
        const loaded = performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => new URL(name).pathname.startsWith('/assets/'));
        registration.active?.postMessage({ type: 'cache-loaded', urls: loaded });
      })
      .catch(() => {
        // No worker (a private window, plain http): the app works as before, only not offline.
      });
  });
}
