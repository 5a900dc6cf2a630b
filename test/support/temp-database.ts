import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig } from '../../src/config/app-config';

/** A throwaway SQLite file in its own folder; `remove()` deletes it with its WAL files. */
export function temporarySqlite(): { config: DatabaseConfig; folder: string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'agora-test-'));
  return {
    folder,
    config: { type: 'sqlite', path: join(folder, 'agora.sqlite'), synchronous: 'NORMAL' },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
