import { Injectable } from '@nestjs/common';
import { EntityManager, In, type ObjectLiteral } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Comment } from '../comments/comment.entity';
import { canAccessConference, type Actor } from '../common/auth/actor';
import { Conference } from '../conferences/conference.entity';
import { ConsistentReader } from '../database/consistent-read';
import { TransactionRunner } from '../database/transaction-runner';
import { seesEmail } from '../participants/dto/participant-response.dto';
import { Participant } from '../participants/participant.entity';
import { RecommendationRevision } from '../recommendations/recommendation-revision.entity';
import { RecommendationSponsor } from '../recommendations/recommendation-sponsor.entity';
import { Recommendation } from '../recommendations/recommendation.entity';
import { ReportVersion } from '../reports/report-version.entity';
import { SessionClosing } from '../sessions/session-closing.entity';
import { SessionModerator } from '../sessions/session-moderator.entity';
import { Session } from '../sessions/session.entity';
import { Vote } from '../votes/vote.entity';
import {
  ConferenceDocument,
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
} from './dto/conference-document.dto';
import { readDrafts } from './draft-records';
import * as records from './records';
import { EntityNotFound } from '../common/errors';

/** Ids per `IN (…)`: well under SQLite's limit on bound parameters. */
const CHUNK = 500;

/**
 * `GET /conferences/:id/export`: the whole conference, read in one consistent snapshot (the
 * same read as the outcome document's compile: a read transaction in the SQLite writer queue,
 * REPEATABLE READ on PostgreSQL), so its tallies, votes and audit entries agree.
 */
@Injectable()
export class ConferenceExportService {
  constructor(
    private readonly reader: ConsistentReader,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async export(actor: Actor, conferenceId: string): Promise<ConferenceDocument> {
    if (!canAccessConference(actor, conferenceId))
      throw new EntityNotFound('Conference', conferenceId);
    const document = await this.reader.read((em) => this.read(em, conferenceId, actor));
    // Who took a copy of everyone's personal data is worth knowing; after the read, so the
    // document does not contain its own export.
    await this.transactions.run(({ em }) =>
      this.audit.record(em, {
        action: 'conference.export',
        actor,
        conferenceId,
        targetType: 'conference',
        targetId: conferenceId,
        details: {
          participants: document.participants.length,
          recommendations: document.recommendations.length,
          votes: document.votes.length,
          drafts: document.drafts.length,
        },
      }),
    );
    return document;
  }

  private async read(
    em: EntityManager,
    conferenceId: string,
    actor: Actor,
  ): Promise<ConferenceDocument> {
    const conference = await em.findOneBy(Conference, { id: conferenceId });
    if (!conference) throw new EntityNotFound('Conference', conferenceId);
    const sessions = await em.find(Session, {
      where: { conferenceId },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
    const moderators = await bySession(em, SessionModerator, 'm', conferenceId)
      .orderBy('m.participantId')
      .getMany();
    const closings = await bySession(em, SessionClosing, 'c', conferenceId)
      .orderBy('c.createdAt')
      .addOrderBy('c.id')
      .getMany();
    const recommendations = await em.find(Recommendation, {
      where: { conferenceId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const sponsors = await byRecommendation(em, RecommendationSponsor, 's', conferenceId)
      .orderBy('s.createdAt')
      .addOrderBy('s.participantId')
      .getMany();
    const revisions = await byRecommendation(em, RecommendationRevision, 'v', conferenceId)
      .orderBy('v.version')
      .getMany();
    const comments = await byRecommendation(em, Comment, 'c', conferenceId)
      .orderBy('c.createdAt')
      .addOrderBy('c.id')
      .getMany();
    const votes = await byRecommendation(em, Vote, 'v', conferenceId)
      .orderBy('v.createdAt')
      .addOrderBy('v.id')
      .getMany();
    const reports = await em.find(ReportVersion, {
      where: { conferenceId },
      order: { version: 'ASC' },
    });
    const auditEntries = await em.find(AuditEntry, {
      where: { conferenceId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const drafts = await readDrafts(em, conferenceId);
    const participants = await this.participants(em, conferenceId, [
      ...drafts.participantIds,
      ...recommendations.map((r) => r.authorId),
      ...sponsors.map((s) => s.participantId),
      ...comments.map((c) => c.authorId),
      ...votes.map((v) => v.participantId),
      ...moderators.map((m) => m.participantId),
    ]);

    const moderatorsOf = groupBy(moderators, (m) => m.sessionId);
    const closingsOf = groupBy(closings, (c) => c.sessionId);
    const sponsorsOf = groupBy(sponsors, (s) => s.recommendationId);
    const revisionsOf = groupBy(revisions, (v) => v.recommendationId);
    const counters = records.countersOf(votes);
    return {
      format: DOCUMENT_FORMAT,
      formatVersion: DOCUMENT_VERSION,
      exportedAt: new Date().toISOString(),
      conference: records.conferenceRecord(conference),
      // A conference secretariat gets platform-wide accounts without their email.
      participants: participants.map((p) => records.participantRecord(p, seesEmail(actor, p))),
      sessions: sessions.map((s) =>
        records.sessionRecord(
          s,
          (moderatorsOf.get(s.id) ?? []).map((m) => m.participantId),
          closingsOf.get(s.id) ?? [],
        ),
      ),
      recommendations: recommendations.map((r) =>
        records.recommendationRecord(
          r,
          sponsorsOf.get(r.id) ?? [],
          revisionsOf.get(r.id) ?? [],
          counters.get(r.id),
        ),
      ),
      comments: comments.map(records.commentRecord),
      votes: votes.map(records.voteRecord),
      reports: reports.map(records.reportRecord),
      drafts: drafts.drafts,
      auditEntries: auditEntries.map(records.auditEntryRecord),
    };
  }

  /** Those accredited to the conference, and whoever its rows point to (a platform-wide delegate, say). */
  private async participants(
    em: EntityManager,
    conferenceId: string,
    referenced: string[],
  ): Promise<Participant[]> {
    const byId = new Map(
      (await em.findBy(Participant, { conferenceId })).map((p) => [p.id, p] as const),
    );
    const missing = [...new Set(referenced)].filter((id) => !byId.has(id));
    for (let i = 0; i < missing.length; i += CHUNK)
      for (const p of await em.findBy(Participant, { id: In(missing.slice(i, i + CHUNK)) }))
        byId.set(p.id, p);
    return [...byId.values()].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
    );
  }
}

function bySession<T extends ObjectLiteral>(
  em: EntityManager,
  entity: new () => T,
  alias: string,
  conferenceId: string,
) {
  return em
    .createQueryBuilder(entity, alias)
    .innerJoin(Session, 'session', `session.id = ${alias}.sessionId`)
    .where('session.conferenceId = :conferenceId', { conferenceId });
}

function byRecommendation<T extends ObjectLiteral>(
  em: EntityManager,
  entity: new () => T,
  alias: string,
  conferenceId: string,
) {
  return em
    .createQueryBuilder(entity, alias)
    .innerJoin(Recommendation, 'rec', `rec.id = ${alias}.recommendationId`)
    .where('rec.conferenceId = :conferenceId', { conferenceId });
}

/** Rows grouped by a key, each group in the rows' order. */
function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
