import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Comment } from '../comments/comment.entity';
import { Conference } from '../conferences/conference.entity';
import { Participant } from '../participants/participant.entity';
import { RecommendationRevision } from '../recommendations/recommendation-revision.entity';
import { RecommendationSponsor } from '../recommendations/recommendation-sponsor.entity';
import { Recommendation } from '../recommendations/recommendation.entity';
import { ReportVersion } from '../reports/report-version.entity';
import { SessionClosing } from '../sessions/session-closing.entity';
import { SessionModerator } from '../sessions/session-moderator.entity';
import { Session } from '../sessions/session.entity';
import { Vote } from '../votes/vote.entity';
import type { ConferenceDocument } from './dto/conference-document.dto';
import type { ParticipantRecord } from './dto/participant-record.dto';

/** Rows per INSERT: well under the bound-parameter limits of SQLite and PostgreSQL. */
const ROWS_PER_INSERT = 200;

const date = (iso: string): Date => new Date(iso);
const dateOrNull = (iso: string | null | undefined): Date | null => (iso ? new Date(iso) : null);

/**
 * Writes a checked document inside the caller's transaction, parents before children. Rows that
 * point at rows of their own table (merged recommendations, replies) are inserted without that
 * pointer and given it once every row exists, so no order of the document can break a foreign key.
 */
export async function insertDocument(
  em: EntityManager,
  doc: ConferenceDocument,
  participants: ParticipantRecord[],
  secretHash: string,
): Promise<void> {
  const c = doc.conference;
  await em.insert(Conference, {
    ...c,
    targetProcess: c.targetProcess ?? null,
    introduction: c.introduction ?? null,
    hosts: c.hosts ?? null,
    partners: c.partners ?? null,
    adoptionRule: { ...c.adoptionRule },
    translations: c.translations ?? null,
    createdAt: date(c.createdAt),
    updatedAt: date(c.updatedAt),
  });
  await insertAll(
    em,
    Participant,
    participants.map((p) => ({
      ...p,
      email: p.email.toLowerCase(),
      organisation: p.organisation ?? null,
      constituency: p.constituency ?? null,
      country: p.country ?? null,
      city: p.city ?? null,
      conferenceId: p.conferenceId ?? null,
      secretHash,
      createdAt: date(p.createdAt),
      updatedAt: date(p.updatedAt),
    })),
  );
  await insertAll(
    em,
    Session,
    doc.sessions.map(({ moderatorIds: _m, closings: _c, ...s }) => ({
      ...s,
      conferenceId: c.id,
      description: s.description ?? null,
      room: s.room ?? null,
      summary: s.summary ?? null,
      translations: s.translations ?? null,
      startsAt: date(s.startsAt),
      endsAt: date(s.endsAt),
      closedAt: dateOrNull(s.closedAt),
      createdAt: date(s.createdAt),
      updatedAt: date(s.updatedAt),
    })),
  );
  await insertAll(
    em,
    SessionModerator,
    doc.sessions.flatMap((s) =>
      s.moderatorIds.map((participantId) => ({ sessionId: s.id, participantId })),
    ),
  );
  await insertAll(
    em,
    SessionClosing,
    doc.sessions.flatMap((s) =>
      s.closings.map((k) => ({
        ...k,
        sessionId: s.id,
        closedById: k.closedById ?? null,
        createdAt: date(k.createdAt),
      })),
    ),
  );
  await insertRecommendations(em, doc);
  await insertComments(em, doc);
  await insertAll(
    em,
    Vote,
    doc.votes.map((v) => ({
      ...v,
      constituency: v.constituency ?? null,
      createdAt: date(v.createdAt),
      updatedAt: date(v.updatedAt),
    })),
  );
  await insertAll(
    em,
    ReportVersion,
    doc.reports.map((r) => ({
      ...r,
      conferenceId: c.id,
      createdById: r.createdById ?? null,
      finalizedAt: dateOrNull(r.finalizedAt),
      finalizedById: r.finalizedById ?? null,
      createdAt: date(r.createdAt),
    })),
  );
  await insertAll(
    em,
    AuditEntry,
    doc.auditEntries.map((a) => ({
      ...a,
      conferenceId: c.id,
      actorId: a.actorId ?? null,
      actorRole: a.actorRole ?? null,
      sessionId: a.sessionId ?? null,
      targetType: a.targetType ?? null,
      targetId: a.targetId ?? null,
      // simple-json holds any JSON object, which TypeORM's partial-entity type cannot express:
      // tsc needs the assertion that typescript-eslint finds redundant.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
      details: (a.details ?? null) as QueryDeepPartialEntity<Record<string, unknown>> | null,
      createdAt: date(a.createdAt),
    })),
  );
}

async function insertRecommendations(em: EntityManager, doc: ConferenceDocument): Promise<void> {
  await insertAll(
    em,
    Recommendation,
    doc.recommendations.map(({ sponsors: _s, revisions: _v, ...r }) => ({
      ...r,
      conferenceId: doc.conference.id,
      mergedIntoId: null,
      hiddenReason: r.hiddenReason ?? null,
      disposition: r.disposition ?? null,
      dispositionNote: r.dispositionNote ?? null,
      consensus: r.consensus ?? null,
      createdAt: date(r.createdAt),
      updatedAt: date(r.updatedAt),
    })),
  );
  for (const r of doc.recommendations)
    if (r.mergedIntoId)
      await em.update(
        Recommendation,
        { id: r.id },
        { mergedIntoId: r.mergedIntoId, updatedAt: date(r.updatedAt) },
      );
  await insertAll(
    em,
    RecommendationSponsor,
    doc.recommendations.flatMap((r) =>
      r.sponsors.map((s) => ({ ...s, recommendationId: r.id, createdAt: date(s.createdAt) })),
    ),
  );
  await insertAll(
    em,
    RecommendationRevision,
    doc.recommendations.flatMap((r) =>
      r.revisions.map((v) => ({ ...v, recommendationId: r.id, createdAt: date(v.createdAt) })),
    ),
  );
}

async function insertComments(em: EntityManager, doc: ConferenceDocument): Promise<void> {
  await insertAll(
    em,
    Comment,
    doc.comments.map((k) => ({
      ...k,
      parentId: null,
      hiddenReason: k.hiddenReason ?? null,
      hiddenById: k.hiddenById ?? null,
      createdAt: date(k.createdAt),
      updatedAt: date(k.updatedAt),
    })),
  );
  for (const k of doc.comments)
    if (k.parentId)
      await em.update(
        Comment,
        { id: k.id },
        { parentId: k.parentId, updatedAt: date(k.updatedAt) },
      );
}

async function insertAll<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    await em.insert(entity, rows.slice(i, i + ROWS_PER_INSERT));
}
