import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where the built web client lives (client/dist), found from this file whether it runs from
 * src/ (tests) or dist/src/ (npm start). Null when the client has not been built.
 */
export function clientDistPath(): string | null {
  let folder = __dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = join(folder, 'client', 'dist', 'index.html');
    if (existsSync(candidate)) return dirname(candidate);
    folder = dirname(folder);
  }
  return null;
}
