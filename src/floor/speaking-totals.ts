import type { EntityManager } from 'typeorm';
import { Sql } from '../database/sql';
import { CONSTITUENCIES } from '../participants/participant.constants';

/** Finished turns and their speaking time (whole seconds) of one constituency. */
export interface SpeakingTotal {
  constituency: string | null;
  turns: number;
  seconds: number;
}

/** Whose lists are counted: the sessions an outcome document compiles, or one draft. */
export type SpeakingScope = { sessionIds: string[] } | { draftId: string };

const rank = (c: string | null): number => {
  const i = CONSTITUENCIES.indexOf(c as (typeof CONSTITUENCIES)[number]);
  return i === -1 ? CONSTITUENCIES.length : i;
};

/**
 * Below speakers, drafts and reports (as tallies/ is below votes and recommendations): the one
 * count of the speakers' lists that the documents print, read straight from their tables.
 *
 * Finished turns per constituency over the lists of `scope`, in the canonical constituency order
 * (an unknown or missing constituency last): what the outcome document's annex C and the adopted
 * declaration's annex report. With `endedBy`, only turns that had ended by then, so a document
 * frozen at that moment prints the same whatever is ended later.
 */
export async function speakingTotals(
  em: EntityManager,
  scope: SpeakingScope,
  endedBy?: Date,
): Promise<SpeakingTotal[]> {
  if ('sessionIds' in scope && scope.sessionIds.length === 0) return [];
  const sql = new Sql(em);
  const [owner, params] =
    'draftId' in scope
      ? ['l."draftId" = ?', [scope.draftId]]
      : [`l."sessionId" IN (${scope.sessionIds.map(() => '?').join(', ')})`, scope.sessionIds];
  const ended = endedBy ? ' AND r."endedAt" <= ?' : '';
  const rows = await sql.rows<{
    constituency: string | null;
    turns: number | string;
    seconds: unknown;
  }>(
    `SELECT r."constituency", COUNT(*) AS "turns", SUM(r."seconds") AS "seconds"
     FROM "speaker_requests" r JOIN "speaker_lists" l ON l."id" = r."listId"
     WHERE ${owner} AND r."status" = 'spoken'${ended} GROUP BY r."constituency"`,
    endedBy ? [...params, sql.now(endedBy)] : params,
  );
  return rows
    .map((row) => ({
      constituency: row.constituency,
      turns: Number(row.turns),
      seconds: Number(row.seconds ?? 0),
    }))
    .sort((a, b) => rank(a.constituency) - rank(b.constituency));
}
