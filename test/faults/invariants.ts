import Database from 'better-sqlite3';

/**
 * What must hold in any SQLite file Agora wrote, however its writer died: the file is sound,
 * every vote and recommendation has the audit entry of the transaction that wrote it, and the
 * tally counters equal the vote rows. Read through better-sqlite3 directly (read-only), beside
 * the running app or on a copy, so the app's own code cannot hide a problem.
 */
export interface StoredState {
  /** `${participantId}:${recommendationId}` → the stored vote value. */
  votes: Map<string, string>;
  /** Recommendation id → title, for the session checked. */
  recommendations: Map<string, string>;
}

export function openReadOnly(path: string): Database.Database {
  return new Database(path, { readonly: true, fileMustExist: true, timeout: 5000 });
}

/** Every broken invariant, as readable lines (empty when the file is consistent). */
export function brokenInvariants(db: Database.Database): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const foreignKeys = db.pragma('foreign_key_check') as unknown[];
  if (foreignKeys.length) problems.push(`foreign_key_check: ${JSON.stringify(foreignKeys)}`);

  // Tallies equal the vote rows.
  for (const row of db
    .prepare(
      `SELECT r."id", r."supportCount", r."opposeCount", r."abstainCount",
              COALESCE(v."support", 0) AS "support", COALESCE(v."oppose", 0) AS "oppose",
              COALESCE(v."abstain", 0) AS "abstain"
       FROM "recommendations" r LEFT JOIN (
         SELECT "recommendationId",
                SUM("value" = 'support') AS "support", SUM("value" = 'oppose') AS "oppose",
                SUM("value" = 'abstain') AS "abstain"
         FROM "votes" GROUP BY "recommendationId") v ON v."recommendationId" = r."id"
       WHERE r."supportCount" <> COALESCE(v."support", 0) OR r."opposeCount" <> COALESCE(v."oppose", 0)
          OR r."abstainCount" <> COALESCE(v."abstain", 0)`,
    )
    .all())
    problems.push(`tally differs from the vote rows: ${JSON.stringify(row)}`);

  // One vote row per delegate and recommendation (the unique index, checked anyway).
  for (const row of db
    .prepare(
      `SELECT "participantId", "recommendationId", COUNT(*) AS "n" FROM "votes"
       GROUP BY "participantId", "recommendationId" HAVING COUNT(*) > 1`,
    )
    .all())
    problems.push(`several vote rows: ${JSON.stringify(row)}`);

  // A vote is inserted by vote.cast and deleted by vote.withdraw only, each audited in its own
  // transaction: per delegate and recommendation, casts − withdrawals = vote rows (0 or 1), and
  // the latest cast or change carries the stored value. Set-based: the file grows every round.
  for (const row of db
    .prepare(
      `WITH "entries" AS (
         SELECT "actorId", "targetId", "action", json_extract("details", '$.value') AS "value",
                ROW_NUMBER() OVER (PARTITION BY "actorId", "targetId", "action" = 'vote.withdraw'
                                   ORDER BY rowid DESC) AS "recency"
         FROM "audit_entries" WHERE "action" IN ('vote.cast', 'vote.change', 'vote.withdraw')),
       "audited" AS (
         SELECT "actorId", "targetId", SUM("action" = 'vote.cast') AS "casts",
                SUM("action" = 'vote.withdraw') AS "withdrawals",
                MAX(CASE WHEN "action" <> 'vote.withdraw' AND "recency" = 1 THEN "value" END) AS "latest"
         FROM "entries" GROUP BY "actorId", "targetId"),
       "pairs" AS (
         SELECT "actorId", "targetId" FROM "audited"
         UNION SELECT "participantId", "recommendationId" FROM "votes")
       SELECT p."actorId", p."targetId", a."casts", a."withdrawals", a."latest", v."value" AS "stored"
       FROM "pairs" p
       LEFT JOIN "audited" a ON a."actorId" = p."actorId" AND a."targetId" = p."targetId"
       LEFT JOIN "votes" v ON v."participantId" = p."actorId" AND v."recommendationId" = p."targetId"
       WHERE COALESCE(a."casts", 0) - COALESCE(a."withdrawals", 0) <> (v."id" IS NOT NULL)
          OR (v."id" IS NOT NULL AND a."latest" IS NOT v."value")`,
    )
    .all())
    problems.push(`vote and audit disagree: ${JSON.stringify(row)}`);

  // Every recommendation has exactly one submit entry, its first revision and its author as
  // sponsor; every submit entry has its recommendation.
  for (const row of db
    .prepare(
      `WITH "submits" AS (
         SELECT "targetId", COUNT(*) AS "n" FROM "audit_entries"
         WHERE "action" = 'recommendation.submit' GROUP BY "targetId")
       SELECT r."id", COALESCE(a."n", 0) AS "submits",
              (SELECT COUNT(*) FROM "recommendation_revisions" v
               WHERE v."recommendationId" = r."id" AND v."version" = 1) AS "revisions",
              (SELECT COUNT(*) FROM "recommendation_sponsors" s
               WHERE s."recommendationId" = r."id" AND s."participantId" = r."authorId") AS "sponsors"
       FROM "recommendations" r LEFT JOIN "submits" a ON a."targetId" = r."id"
       WHERE COALESCE(a."n", 0) <> 1 OR "revisions" <> 1 OR "sponsors" <> 1
       UNION ALL
       SELECT a."targetId", a."n", NULL, NULL FROM "submits" a
       WHERE NOT EXISTS (SELECT 1 FROM "recommendations" r WHERE r."id" = a."targetId")`,
    )
    .all())
    problems.push(`recommendation and audit disagree: ${JSON.stringify(row)}`);

  // A session's event counter is never behind its stored events.
  for (const row of db
    .prepare(
      `SELECT e."sessionId", MAX(e."seq") AS "maxSeq", q."seq" FROM "session_events" e
       LEFT JOIN "session_sequences" q ON q."sessionId" = e."sessionId"
       GROUP BY e."sessionId" HAVING q."seq" IS NULL OR MAX(e."seq") > q."seq"`,
    )
    .all())
    problems.push(`event counter behind its events: ${JSON.stringify(row)}`);
  return problems;
}

/** The votes and recommendations of one session, as stored. */
export function storedState(db: Database.Database, sessionId: string): StoredState {
  const votes = new Map<string, string>();
  for (const v of db
    .prepare(
      `SELECT "participantId", "recommendationId", "value" FROM "votes" WHERE "sessionId" = ?`,
    )
    .all(sessionId) as Array<{ participantId: string; recommendationId: string; value: string }>)
    votes.set(`${v.participantId}:${v.recommendationId}`, v.value);
  const recommendations = new Map<string, string>();
  for (const r of db
    .prepare(`SELECT "id", "title" FROM "recommendations" WHERE "sessionId" = ?`)
    .all(sessionId) as Array<{ id: string; title: string }>)
    recommendations.set(r.id, r.title);
  return { votes, recommendations };
}
