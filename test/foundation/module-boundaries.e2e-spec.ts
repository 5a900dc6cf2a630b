import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { preProcessFile } from 'typescript';

/**
 * The folders of src/ depend on each other in one direction only (issue 18 finding 5: votes and
 * recommendations, recommendations and sessions, participants and half the tree imported each
 * other). Read from the import lines themselves (TypeScript's own pre-processor: imports, type
 * imports, re-exports, require), so nothing has to be built or started. And a table's plain SQL
 * is in its module's repository, not spread over its features (same finding).
 */
const src = resolve(__dirname, '..', '..', 'src');

/** Plumbing every module may use; it may use itself, but no module. */
const SHARED = ['common', 'config', 'database'];
/** The entity list TypeORM is given names every module's entities, and only that. */
const SHARED_MAY_IMPORT_FEATURES = ['database/entities.ts'];

/**
 * Files that still write plain SQL outside a repository (`*.repository.ts`), each for a reason;
 * the list may only shrink (a file that stops using Sql must leave it).
 */
const SQL_OUTSIDE_REPOSITORIES: Record<string, string> = {
  'tallies/tally-recorder.ts': "the tally columns' one writer, on every vote",
  'auth/token.service.ts':
    "the handshake's participant read, on every connecting socket (issue 13)",
  'realtime/live-snapshots.ts':
    "a join's visibility, seq and own votes, on every joining screen (issue 13)",
  'reports/compile/snapshot-loader.ts': "the outcome document's read-only compile across tables",
  'privacy/erasure-scrub.ts': 'rewrites copies of a person in the event log and idempotency keys',
  'realtime/session-event-log.ts': 'realtime is being retyped (issue 18 finding 3)',
  'realtime/tally-broadcaster.ts': "realtime is being retyped; takes the tallies' outbox marks",
  'speakers/speaker-views.ts': 'not yet in a speakers repository',
  'floor/speaking-totals.ts': 'not yet in a repository (read-only totals over speaker requests)',
  'drafts/draft-documents.ts': 'not yet in a drafts repository',
  'drafts/silence.service.ts': 'not yet in a drafts repository',
};

interface Edge {
  from: string;
  to: string;
  /** The first file (and what it imports) that makes this edge, for the failure message. */
  via: string;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const folderOf = (path: string): string | null => {
  const parts = relative(src, path).split(sep);
  return parts.length > 1 && !parts[0].startsWith('..') ? parts[0] : null;
};

/** Every import between two different folders of src/, one edge per pair. */
function folderEdges(): Edge[] {
  const edges = new Map<string, Edge>();
  for (const file of filesUnder(src)) {
    const from = folderOf(file);
    if (!from) continue; // main.ts, app.module.ts: the root wires every module together
    const { importedFiles } = preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = folderOf(resolve(dirname(file), fileName));
      if (!to || to === from) continue;
      const key = `${from}→${to}`;
      if (!edges.has(key))
        edges.set(key, { from, to, via: `src/${relative(src, file)} imports ${fileName}` });
    }
  }
  return [...edges.values()];
}

/** One cycle of the graph, as its edges in order, or null. */
function findCycle(edges: Edge[]): Edge[] | null {
  const out = new Map<string, Edge[]>();
  for (const edge of edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  const state = new Map<string, 'open' | 'done'>();
  const path: Edge[] = [];
  const visit = (node: string): Edge[] | null => {
    state.set(node, 'open');
    for (const edge of out.get(node) ?? []) {
      if (state.get(edge.to) === 'open') {
        const start = path.findIndex((e) => e.from === edge.to);
        return [...path.slice(start === -1 ? path.length : start), edge];
      }
      if (state.has(edge.to)) continue;
      path.push(edge);
      const found = visit(edge.to);
      if (found) return found;
      path.pop();
    }
    state.set(node, 'done');
    return null;
  };
  for (const node of out.keys()) {
    if (state.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return null;
}

const describeCycle = (cycle: Edge[]): string =>
  [
    cycle.map((e) => e.from).join(' → ') + ` → ${cycle[0].from}`,
    ...cycle.map((e) => `  ${e.via}`),
  ].join('\n');

describe('module boundaries', () => {
  const edges = folderEdges();

  it('reads the imports (the graph is not empty)', () => {
    expect(edges.length).toBeGreaterThan(30);
    expect(edges.some((e) => e.from === 'votes' && e.to === 'recommendations')).toBe(true);
  });

  it('has no cycle between the folders of src/', () => {
    const features = edges.filter((e) => !SHARED.includes(e.to) && !SHARED.includes(e.from));
    const cycle = findCycle(features);
    expect(cycle && describeCycle(cycle)).toBeNull();
  });

  it('keeps common, config and database free of the modules', () => {
    const leaks = filesUnder(src)
      .filter((file) => SHARED.includes(folderOf(file) ?? ''))
      .filter((file) => !file.endsWith('.spec.ts'))
      .filter(
        (file) => !SHARED_MAY_IMPORT_FEATURES.includes(relative(src, file).split(sep).join('/')),
      )
      .flatMap((file) =>
        preProcessFile(readFileSync(file, 'utf8'), true, true)
          .importedFiles.filter(({ fileName }) => fileName.startsWith('.'))
          .filter(({ fileName }) => {
            const to = folderOf(resolve(dirname(file), fileName));
            return to !== null && !SHARED.includes(to);
          })
          .map(({ fileName }) => `src/${relative(src, file)} imports ${fileName}`),
      );
    expect(leaks).toEqual([]);
  });

  it('keeps plain SQL in repositories', () => {
    const sql = join(src, 'database', 'sql.ts');
    const users = filesUnder(src)
      .filter((file) => folderOf(file) !== 'database' && !file.endsWith('.repository.ts'))
      .filter((file) =>
        preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.some(
          ({ fileName }) =>
            fileName.startsWith('.') && `${resolve(dirname(file), fileName)}.ts` === sql,
        ),
      )
      .map((file) => relative(src, file).split(sep).join('/'))
      .sort();
    expect(users).toEqual(Object.keys(SQL_OUTSIDE_REPOSITORIES).sort());
  });

  it('finds a cycle when there is one (the check itself)', () => {
    const cycle = findCycle([
      { from: 'a', to: 'b', via: 'a.ts' },
      { from: 'b', to: 'c', via: 'b.ts' },
      { from: 'c', to: 'b', via: 'c.ts' },
    ]);
    expect(cycle && describeCycle(cycle)).toBe('b → c → b\n  b.ts\n  c.ts');
    expect(findCycle([{ from: 'a', to: 'b', via: 'a.ts' }])).toBeNull();
  });
});
