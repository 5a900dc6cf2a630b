import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  TURN_SECONDS_DEFAULT,
  type SpeakerMode,
  type SpeakerRequestView,
  type SpeakerTopic,
  type SpeakersView,
} from '#contract';
import { Sql } from '../database/sql';
import { CONSTITUENCIES } from '../participants/participant.constants';
import type { SpeakerTopicKind } from './speaker-request.entity';
import { speakingOrder } from './speaking-order';

interface RequestRow {
  id: string;
  participantId: string;
  name: string;
  organisation: string | null;
  constituency: string | null;
  status: string;
  topicKind: SpeakerTopicKind | null;
  topicId: string | null;
  createdAt: string | Date;
  startedAt: string | Date | null;
}

interface TotalRow {
  key: string | null;
  turns: number | string;
  seconds: number | string | null;
}

/** Who the list belongs to: a session or a draft. */
export type ListOwner = { sessionId: string } | { draftId: string };

/** The speaker_lists column that names the owner, and its value. */
export function ownerColumn(owner: ListOwner): ['sessionId' | 'draftId', string] {
  return 'draftId' in owner ? ['draftId', owner.draftId] : ['sessionId', owner.sessionId];
}

/** A timestamp as read by plain SQL: a Date on PostgreSQL, UTC text without a zone on SQLite. */
export function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

export function topicOf(kind: SpeakerTopicKind | null, id: string | null): SpeakerTopic {
  if (!kind || !id) return null;
  if (kind === 'recommendation') return { recommendationId: id };
  if (kind === 'paragraph') return { paragraphId: id };
  return { amendmentId: id };
}

const constituencyRank = (c: string | null): number => {
  const i = CONSTITUENCIES.indexOf(c as (typeof CONSTITUENCIES)[number]);
  return i === -1 ? CONSTITUENCIES.length : i;
};

/** Builds the speakers' list as clients see it, inside the caller's transaction or read. */
@Injectable()
export class SpeakerViews {
  async build(em: EntityManager, owner: ListOwner): Promise<SpeakersView> {
    const sql = new Sql(em);
    const [column, ownerId] = ownerColumn(owner);
    const list = await sql.one<{ id: string; mode: SpeakerMode; turnSeconds: number | string }>(
      `SELECT "id", "mode", "turnSeconds" FROM "speaker_lists" WHERE "${column}" = ?`,
      [ownerId],
    );
    const mode = list?.mode ?? 'fifo';
    const turnSeconds = list ? Number(list.turnSeconds) : TURN_SECONDS_DEFAULT;
    if (!list)
      return { mode, turnSeconds, current: null, queue: [], totals: [], organisations: [] };

    const rows = await sql.rows<RequestRow>(
      'SELECT r."id", r."participantId", p."name", p."organisation", r."constituency", r."status", r."topicKind", r."topicId", r."createdAt", r."startedAt" FROM "speaker_requests" r JOIN "participants" p ON p."id" = r."participantId" WHERE r."listId" = ? AND r."status" IN (\'waiting\', \'speaking\') ORDER BY r."createdAt", r."id"',
      [list.id],
    );
    const turnsSoFar = await sql.rows<TotalRow>(
      'SELECT "constituency" AS "key", COUNT(*) AS "turns", NULL AS "seconds" FROM "speaker_requests" WHERE "listId" = ? AND "status" IN (\'speaking\', \'spoken\') GROUP BY "constituency"',
      [list.id],
    );
    const byConstituency = await sql.rows<TotalRow>(
      'SELECT "constituency" AS "key", COUNT(*) AS "turns", SUM("seconds") AS "seconds" FROM "speaker_requests" WHERE "listId" = ? AND "status" = \'spoken\' GROUP BY "constituency"',
      [list.id],
    );
    const byOrganisation = await sql.rows<TotalRow>(
      'SELECT p."organisation" AS "key", COUNT(*) AS "turns", SUM(r."seconds") AS "seconds" FROM "speaker_requests" r JOIN "participants" p ON p."id" = r."participantId" WHERE r."listId" = ? AND r."status" = \'spoken\' GROUP BY p."organisation"',
      [list.id],
    );

    const view = (r: RequestRow): SpeakerRequestView => ({
      id: r.id,
      participant: {
        id: r.participantId,
        name: r.name,
        organisation: r.organisation,
        constituency: r.constituency,
      },
      requestedAt: toDate(r.createdAt).toISOString(),
      topic: topicOf(r.topicKind, r.topicId),
    });
    const speaking = rows.find((r) => r.status === 'speaking');
    const order = speakingOrder(
      mode,
      rows
        .filter((r) => r.status === 'waiting')
        .map((r) => ({
          id: r.id,
          constituency: r.constituency,
          requestedAt: toDate(r.createdAt).getTime(),
          row: r,
        })),
      new Map(turnsSoFar.map((t) => [t.key, Number(t.turns)])),
    );
    const totals = (rowsOf: TotalRow[]) =>
      rowsOf.map((t) => ({ key: t.key, turns: Number(t.turns), seconds: Number(t.seconds ?? 0) }));
    return {
      mode,
      turnSeconds,
      current: speaking
        ? {
            id: speaking.id,
            participant: view(speaking).participant,
            startedAt: toDate(speaking.startedAt!).toISOString(),
            topic: topicOf(speaking.topicKind, speaking.topicId),
          }
        : null,
      queue: order.map((w) => view(w.row)),
      totals: totals(byConstituency)
        .sort((a, b) => constituencyRank(a.key) - constituencyRank(b.key))
        .map(({ key, ...t }) => ({ constituency: key, ...t })),
      organisations: totals(byOrganisation)
        .sort((a, b) => (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff'))
        .map(({ key, ...t }) => ({ organisation: key, ...t })),
    };
  }
}
