import { dialectOf } from '../../src/database/dialect';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { scenario, type Scenario } from '../support/scenario';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 12, finding 6: reads that hold the writer. A personal-data download read through the
 * SQLite writer queue and scanned the audit log: four at once took other delegates' votes from
 * 7 ms to 677 ms. Now such reads run on a read connection of their own (a read-only SQLite
 * connection beside the writer, or a READ ONLY transaction on PostgreSQL), and find the rows by
 * index.
 */
describe('consistent reads beside the writer', () => {
  let t: TestApp;
  let s: Scenario;

  beforeAll(async () => {
    t = await startTestApp();
    s = await scenario(t.http, { delegates: 2 });
  });
  afterAll(() => t.close());

  /** Holds the writer (as a long write would) until the returned function is called. */
  async function holdWriter(): Promise<{ release(): Promise<void> }> {
    let held!: () => void;
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const done = t.app.get(TransactionRunner).run(async ({ em }) => {
      await em.query('SELECT 1');
      held();
      await released;
    });
    await holding;
    return {
      release: async () => {
        release();
        await done;
      },
    };
  }

  it('answers a personal-data download while a write transaction holds the writer', async () => {
    const writer = await holdWriter();
    try {
      // Queued behind the writer, as it was, this would not answer before the release.
      const res = await t.http.get('/api/v1/participants/me/data').set(s.delegates[0].auth);
      expect(res.status).toBe(200);
      expect(res.body.profile.id).toBe(s.delegates[0].id);
    } finally {
      await writer.release();
    }
  });

  it('answers four downloads at once while the secretariat writes', async () => {
    const downloads = Array.from({ length: 4 }, (_, i) =>
      t.http.get('/api/v1/participants/me/data').set(s.delegates[i % 2].auth),
    );
    const writes = Array.from({ length: 20 }, (_, i) =>
      t.http
        .patch(`/api/v1/participants/${s.delegates[1].id}`)
        .set(s.admin.auth)
        .send({ city: `City ${i}` }),
    );
    const [read, written] = await Promise.all([Promise.all(downloads), Promise.all(writes)]);
    expect(read.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(written.every((r) => r.status === 200)).toBe(true);
    // The profile changes are in the audit log the delegate downloads.
    const after = await t.http.get('/api/v1/participants/me/data').set(s.delegates[1].auth);
    const changes = after.body.auditEntries.filter(
      (a: { action: string; targetId: string }) => a.targetId === s.delegates[1].id,
    );
    expect(changes.length).toBeGreaterThanOrEqual(20);
  });

  /** The plan of a query, as one string, with sequential scans disabled on PostgreSQL's tiny tables. */
  async function plan(sql: string): Promise<string> {
    if (dialectOf(t.dataSource) !== 'postgres') {
      const rows: Array<{ detail: string }> = await t.dataSource.query(`EXPLAIN QUERY PLAN ${sql}`);
      return rows.map((r) => r.detail).join('\n');
    }
    return t.dataSource.transaction(async (em) => {
      await em.query('SET LOCAL enable_seqscan = off');
      const rows: Array<{ 'QUERY PLAN': string }> = await em.query(`EXPLAIN ${sql}`);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
  }

  it.each([
    [
      'the audit log by actor and by target',
      `SELECT * FROM audit_entries WHERE "actorId" = $1 OR ("targetType" = 'participant' AND "targetId" = $1)`,
      ['IDX_audit_actor_time', 'IDX_audit_target_time'],
    ],
    [
      'recommendations by author',
      `SELECT * FROM recommendations WHERE "authorId" = $1`,
      ['IDX_recommendations_author_time'],
    ],
    [
      'comments by author',
      `SELECT * FROM comments WHERE "authorId" = $1`,
      ['IDX_comments_author_time'],
    ],
  ])('looks up %s by index, not by scanning the table', async (_what, sql, indexes) => {
    // The id is one of ours (a UUID), so it can stand in the SQL the plan is asked for.
    const found = await plan(sql.replaceAll('$1', `'${s.delegates[0].id}'`));
    for (const index of indexes) expect(found).toContain(index);
    expect(found).not.toMatch(/^SCAN (audit_entries|recommendations|comments)$/m);
  });
});
