import { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database/data-source';
import { dialectOf } from '../../src/database/dialect';
import { MIGRATIONS } from '../../migrations';
import { Sql } from '../../src/database/sql';
import { temporaryDatabase, type TemporaryDatabase } from '../support/temp-database';

describe('migrations', () => {
  let db: TemporaryDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await temporaryDatabase();
    dataSource = await createDataSource(db.config).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.remove();
  });

  /** Undoes the migrations newer than `name`, then `name` itself: later migrations are added at the end. */
  async function undoThrough(name: string): Promise<void> {
    const index = MIGRATIONS.findIndex((m) => m.name === name);
    if (index === -1) throw new Error(`no migration ${name}`);
    for (let n = MIGRATIONS.length - index; n > 0; n--)
      await dataSource.undoLastMigration({ transaction: 'each' });
  }

  async function tableNames(): Promise<string[]> {
    const rows: Array<{ name: string }> =
      dialectOf(dataSource) === 'postgres'
        ? await dataSource.query(
            "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
          )
        : await dataSource.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
          );
    return rows.map((r) => r.name);
  }

  it('go all the way up, all the way down, and up again', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    const afterUp = await tableNames();
    expect(afterUp).toEqual(
      expect.arrayContaining([
        'participants',
        'conferences',
        'sessions',
        'audit_entries',
        'votes',
        'session_events',
      ]),
    );

    for (let i = 0; i < MIGRATIONS.length; i++)
      await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tableNames()).toEqual(['migrations']);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tableNames()).toEqual(afterUp);
  });

  it(`leave no difference between the migrated schema and the entities`, async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('keep a session’s speakers’ list and its turns through the draft-owner migration, and refuse a list with no owner or two', async () => {
    const sql = new Sql(dataSource.manager);
    await undoThrough('DraftSpeakers1764817200000');
    const ids = {
      conference: sql.id(),
      participant: sql.id(),
      session: sql.id(),
      list: sql.id(),
      request: sql.id(),
      draft: sql.id(),
      otherSession: sql.id(),
    };
    await sql.run(
      'INSERT INTO "conferences" ("id", "slug", "title", "city", "country", "startsOn", "endsOn", "framework", "languages", "adoptionRule") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
        ids.conference,
        'm',
        'M',
        'Mechelen',
        'BE',
        '2017-11-16',
        '2017-11-17',
        'gcm',
        '["en"]',
        '{}',
      ],
    );
    await sql.run(
      'INSERT INTO "participants" ("id", "name", "email", "role", "secretHash", "conferenceId") VALUES (?, ?, ?, ?, ?, ?)',
      [ids.participant, 'D', 'd@agora.test', 'delegate', 'x', ids.conference],
    );
    await sql.run(
      'INSERT INTO "sessions" ("id", "conferenceId", "title", "kind", "startsAt", "endsAt") VALUES (?, ?, ?, ?, ?, ?)',
      [ids.session, ids.conference, 'S', 'plenary', sql.now(), sql.now()],
    );
    await sql.run(
      'INSERT INTO "sessions" ("id", "conferenceId", "title", "kind", "startsAt", "endsAt") VALUES (?, ?, ?, ?, ?, ?)',
      [ids.otherSession, ids.conference, 'S2', 'plenary', sql.now(), sql.now()],
    );
    await sql.run(
      'INSERT INTO "speaker_lists" ("id", "conferenceId", "sessionId", "mode", "turnSeconds") VALUES (?, ?, ?, ?, ?)',
      [ids.list, ids.conference, ids.session, 'balanced', 90],
    );
    await sql.run(
      'INSERT INTO "speaker_requests" ("id", "listId", "participantId", "constituency", "status", "seconds") VALUES (?, ?, ?, ?, ?, ?)',
      [ids.request, ids.list, ids.participant, 'civil_society', 'spoken', 42],
    );

    await dataSource.runMigrations({ transaction: 'each' });
    expect(
      await sql.rows('SELECT "sessionId", "draftId", "mode" FROM "speaker_lists" WHERE "id" = ?', [
        ids.list,
      ]),
    ).toEqual([{ sessionId: ids.session, draftId: null, mode: 'balanced' }]);
    const turns = await sql.rows<{ seconds: number | string }>(
      'SELECT "seconds" FROM "speaker_requests" WHERE "listId" = ?',
      [ids.list],
    );
    expect(turns.map((r) => Number(r.seconds))).toEqual([42]);

    await sql.run(
      'INSERT INTO "drafts" ("id", "conferenceId", "title", "language") VALUES (?, ?, ?, ?)',
      [ids.draft, ids.conference, 'Declaration', 'en'],
    );
    const list = (owner: { sessionId: string | null; draftId: string | null }) =>
      sql.run(
        'INSERT INTO "speaker_lists" ("id", "conferenceId", "sessionId", "draftId", "mode", "turnSeconds") VALUES (?, ?, ?, ?, ?, ?)',
        [sql.id(), ids.conference, owner.sessionId, owner.draftId, 'fifo', 180],
      );
    await expect(list({ sessionId: null, draftId: null })).rejects.toThrow(
      /CHK_speaker_lists_owner|constraint/i,
    );
    await expect(list({ sessionId: ids.otherSession, draftId: ids.draft })).rejects.toThrow(
      /CHK_speaker_lists_owner|constraint/i,
    );
    await expect(list({ sessionId: null, draftId: ids.draft })).resolves.toBeUndefined();
    // Going down drops the draft's list with it; the session's stays.
    await undoThrough('DraftSpeakers1764817200000');
    const left = await sql.rows<{ id: string }>('SELECT "id" FROM "speaker_lists"');
    expect(left.map((r) => r.id)).toEqual([ids.list]);
    await dataSource.runMigrations({ transaction: 'each' });
  });

  it('keep the report versions stored before the content fingerprint, with none', async () => {
    const sql = new Sql(dataSource.manager);
    await undoThrough('ReportContentFingerprint1764820800000');
    const conference = sql.id();
    const report = sql.id();
    await sql.run(
      'INSERT INTO "conferences" ("id", "slug", "title", "city", "country", "startsOn", "endsOn", "framework", "languages", "adoptionRule") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [conference, 'r', 'R', 'Mechelen', 'BE', '2017-11-16', '2017-11-17', 'gcm', '["en"]', '{}'],
    );
    await sql.run(
      'INSERT INTO "report_versions" ("id", "conferenceId", "version", "status", "language", "sessionIds", "sha256", "document") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [report, conference, 1, 'final', 'en', '[]', 'a'.repeat(64), '{}'],
    );
    await dataSource.runMigrations({ transaction: 'each' });
    expect(
      await sql.rows('SELECT "sha256", "contentSha256" FROM "report_versions" WHERE "id" = ?', [
        report,
      ]),
    ).toEqual([{ sha256: 'a'.repeat(64), contentSha256: null }]);
  });

  it('carry the pending tallies over to the append-only marks, and back', async () => {
    const sql = new Sql(dataSource.manager);
    await undoThrough('PendingTallyMarks1764824400000');
    const [recommendation, session] = [sql.id(), sql.id()];
    await sql.run('INSERT INTO "pending_tallies" ("recommendationId", "sessionId") VALUES (?, ?)', [
      recommendation,
      session,
    ]);
    await dataSource.runMigrations({ transaction: 'each' });
    // Two marks for one recommendation now (one per vote), numbered.
    await sql.run('INSERT INTO "pending_tallies" ("recommendationId", "sessionId") VALUES (?, ?)', [
      recommendation,
      session,
    ]);
    const marks = await sql.rows<{ id: number; recommendationId: string }>(
      'SELECT "id", "recommendationId" FROM "pending_tallies" ORDER BY "id"',
    );
    expect(marks.map((m) => m.recommendationId)).toEqual([recommendation, recommendation]);
    expect(Number(marks[1].id)).toBeGreaterThan(Number(marks[0].id));
    // Down again: one row per recommendation, as that schema holds them.
    await undoThrough('PendingTallyMarks1764824400000');
    expect(await sql.rows('SELECT "recommendationId", "sessionId" FROM "pending_tallies"')).toEqual(
      [{ recommendationId: recommendation, sessionId: session }],
    );
    await sql.run('DELETE FROM "pending_tallies"');
    await dataSource.runMigrations({ transaction: 'each' });
  });
});
