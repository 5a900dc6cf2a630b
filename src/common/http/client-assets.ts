import { existsSync, statSync } from 'node:fs';
import { basename, extname, join, normalize, sep } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Vite names every file under assets/ by its content hash: it never changes under that name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashes: always revalidated (a 304 when unchanged). */
export const REVALIDATE = 'no-cache';
/**
 * The app-shell worker (client/sw/worker.ts), which serves index.html and the hashed assets from
 * its cache: revalidated like index.html (browsers also bypass their HTTP cache for it), since a
 * deploy reaches a device through a changed worker.
 */
export const SERVICE_WORKER = 'sw.js';

/** Paths that are not the web client's (API.md; the socket; health). */
const NOT_CLIENT = /^\/(api|live|socket\.io|health)(\/|$)/;

const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Cache-Control for a file of the built client. */
export function cacheControlFor(path: string): string {
  return path.split(sep).includes('assets') ? IMMUTABLE : REVALIDATE;
}

/** For ServeStaticModule's `setHeaders`: what it sends uncompressed gets the same caching. */
export function setClientCacheHeaders(res: Response, path: string): void {
  res.setHeader('Cache-Control', cacheControlFor(path));
  // The worker's scope is the whole client (its default from /sw.js, stated rather than implied).
  if (basename(path) === SERVICE_WORKER) res.setHeader('Service-Worker-Allowed', '/');
}

/**
 * Sends the build's precompressed copy (client/precompress.ts writes .br and .gz beside each
 * file) to a browser that accepts it, with the caching rules above; anything else falls through
 * to ServeStaticModule (uncompressed files, the index.html fallback when there is no copy, 404s).
 */
export function precompressedClient(root: string) {
  const exists = new Map<string, boolean>();
  const has = (path: string) => {
    let known = exists.get(path);
    if (known === undefined) {
      known = existsSync(path) && statSync(path).isFile();
      exists.set(path, known);
    }
    return known;
  };

  return (req: Request, res: Response, next: NextFunction): void => {
    // originalUrl: a middleware mounted on a path sees req.path relative to it.
    const pathname = req.originalUrl.split('?', 1)[0] ?? '/';
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_CLIENT.test(pathname)) {
      next();
      return;
    }
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(pathname));
    } catch {
      next();
      return;
    }
    // A path without an extension is a route of the app: index.html, as ServeStaticModule does.
    const file = extname(relative) ? join(root, relative) : join(root, 'index.html');
    if (!file.startsWith(root + sep) || !has(file)) {
      next();
      return;
    }
    // Brotli first whenever it is accepted at all: browsers list gzip first at the same weight.
    const encoding = ENCODINGS.find(
      (e) => req.acceptsEncodings(e.name) === e.name && has(file + e.suffix),
    );
    res.setHeader('Vary', 'Accept-Encoding');
    if (!encoding) {
      next();
      return;
    }
    res.setHeader('Content-Encoding', encoding.name);
    setClientCacheHeaders(res, file);
    res.type(extname(file));
    res.sendFile(file + encoding.suffix, (error) => {
      if (error) next(error);
    });
  };
}
