import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/app-config';
import { createPrivateFile } from './sqlite-files';

export const BACKUP_USAGE = `usage: npm run backup -- --out <file>

Copies the SQLite database of DATABASE_URL into <file> with SQLite's online backup, while the
server keeps running, then checks the copy. <file> must not exist yet. On PostgreSQL use pg_dump.
`;

/** The tables whose row counts are printed, so an operator sees at a glance what was saved. */
const COUNTED = ['conferences', 'participants', 'sessions', 'recommendations', 'votes', 'comments'];

interface Output {
  write(text: string): unknown;
}

/**
 * `npm run backup`. Returns the exit code: 0 written and verified, 1 refused or failed,
 * 2 wrong usage or configuration. The copy is a single self-contained file (rollback journal,
 * not WAL), written as `<file>.partial` and renamed only once verified, so a file with the
 * chosen name is always a whole, checked backup.
 */
export async function runBackupCommand(
  argv: string[],
  env: NodeJS.ProcessEnv,
  stdout: Output,
  stderr: Output,
): Promise<number> {
  let out: string;
  let source: string;
  try {
    out = resolve(parseOut(argv));
    const { database } = loadConfig(env);
    if (database.type === 'postgres') {
      stderr.write(
        'backup: DATABASE_URL is a PostgreSQL database; back it up with pg_dump (README, "Backup and restore")\n',
      );
      return 1;
    }
    if (database.path === ':memory:') throw new UsageError('an in-memory database has no file');
    source = database.path;
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof ConfigError)) throw error;
    stderr.write(`backup: ${error.message}\n\n${BACKUP_USAGE}`);
    return 2;
  }
  if (existsSync(out)) {
    stderr.write(`backup: ${out} already exists; choose a new file name\n`);
    return 2;
  }
  if (!existsSync(source)) {
    stderr.write(`backup: no database at ${source}\n`);
    return 1;
  }

  const started = Date.now();
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  try {
    // `--out backups/…` on a fresh checkout: the folder is created (owner-only) rather than the
    // backup refused; the copy is the owner's only, like the database.
    createPrivateFile(partial);
    // Read-only: the backup never writes the live database. WAL lets the server keep writing.
    const live = new Database(source, { readonly: true, fileMustExist: true, timeout: 5000 });
    try {
      // All remaining pages in one step, under one read snapshot: in steps, every commit of the
      // server between two steps would restart the copy, and a steady flood could starve it.
      await live.backup(partial, { progress: () => 0x7fffffff });
    } finally {
      live.close();
    }
    const report = verify(partial);
    renameSync(partial, out);
    stdout.write(
      `Backed up ${source} to ${out} in ${Date.now() - started} ms: ${statSync(out).size} bytes, ` +
        `integrity ok, tallies equal the vote rows; ${report}\n`,
    );
    return 0;
  } catch (error) {
    rmSync(partial, { force: true });
    stderr.write(`backup: failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** Turns the copy into a single file and checks it; throws what is wrong, returns what it holds. */
function verify(path: string): string {
  const copy = new Database(path, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`the copy fails integrity_check: ${String(integrity)}`);
    const dangling = copy.pragma('foreign_key_check') as unknown[];
    if (dangling.length) throw new Error(`the copy fails foreign_key_check (${dangling.length})`);
    const drifted = copy
      .prepare(
        `SELECT COUNT(*) AS "n" FROM "recommendations" r WHERE
           r."supportCount" <> (SELECT COUNT(*) FROM "votes" v WHERE v."recommendationId" = r."id" AND v."value" = 'support')
        OR r."opposeCount" <> (SELECT COUNT(*) FROM "votes" v WHERE v."recommendationId" = r."id" AND v."value" = 'oppose')
        OR r."abstainCount" <> (SELECT COUNT(*) FROM "votes" v WHERE v."recommendationId" = r."id" AND v."value" = 'abstain')`,
      )
      .get() as { n: number };
    if (drifted.n) throw new Error(`${drifted.n} tallies of the copy differ from its vote rows`);
    const counts = COUNTED.map((table) => {
      const { n } = copy.prepare(`SELECT COUNT(*) AS "n" FROM "${table}"`).get() as { n: number };
      return `${table} ${n}`;
    });
    const migration = copy
      .prepare('SELECT "name" FROM "migrations" ORDER BY "timestamp" DESC LIMIT 1')
      .get() as { name: string } | undefined;
    return `${counts.join(', ')}; schema at ${migration?.name ?? 'no migration'}`;
  } finally {
    copy.close();
  }
}

class UsageError extends Error {}

function parseOut(argv: string[]): string {
  let values: { out?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { out: { type: 'string' } },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (!values.out) throw new UsageError('--out is required');
  return values.out;
}

if (require.main === module) {
  // The server reads .env too: the backup must copy the database the server uses.
  if (existsSync('.env')) process.loadEnvFile('.env');
  runBackupCommand(process.argv.slice(2), process.env, process.stdout, process.stderr).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
