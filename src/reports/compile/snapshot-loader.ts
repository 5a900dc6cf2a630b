import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Conference } from '../../conferences/conference.entity';
import { ConferenceResponse } from '../../conferences/dto/conference.dto';
import type { Disposition, GovernanceLevel } from '#contract';
import { Sql } from '../../database/sql';
import { Participant } from '../../participants/participant.entity';
import type { Language } from '../../participants/participant.constants';
import { Session } from '../../sessions/session.entity';
import { speakingTotals } from '../../floor/speaking-totals';
import { byCodePoint, byTime } from './compare';
import { chooseLanguage, chooseSessions } from './selection';
import type {
  CompileSnapshot,
  ConferenceRow,
  DecisionRow,
  ModeratorRow,
  ParticipationRow,
  RecommendationRow,
  SessionRow,
  SponsorRow,
  VoteCountRow,
} from './snapshot';
import { EntityNotFound } from '../../common/errors';

export interface CompileRequest {
  language?: string;
  sessionIds?: string[];
}

/** Called after each step of a compile, for the command line's progress bar. */
export type CompileProgress = (done: number, total: number, step: string) => void;

export const COMPILE_STEPS = 6;

/**
 * Reads everything a compile needs with seven set-based queries — whatever the size of the
 * conference — inside the caller's consistent read (ConsistentReader, src/database/consistent-read.ts). Only what a delegate
 * may see is read: submitted recommendations (never hidden, withdrawn or merged ones), no
 * comments, no email addresses.
 */
@Injectable()
export class SnapshotLoader {
  async load(
    em: EntityManager,
    conferenceId: string,
    request: CompileRequest,
    progress: CompileProgress = () => undefined,
  ): Promise<{ snapshot: CompileSnapshot; language: Language }> {
    const conference = await this.conference(em, conferenceId);
    const sessions = await this.sessions(em, conferenceId);
    const language = chooseLanguage(conference, request.language);
    const included = chooseSessions(sessions, request.sessionIds);
    const moderators = await this.moderators(em, conferenceId);
    progress(1, COMPILE_STEPS, 'programme');

    const sql = new Sql(em);
    const inSessions = `(${included.map(() => '?').join(', ')})`;
    const recommendations = await this.recommendations(sql, inSessions, included);
    const decisions = await this.decisions(sql, conferenceId, inSessions, included);
    progress(2, COMPILE_STEPS, 'recommendations');
    const sponsors = await sql.rows<SponsorRow>(
      `SELECT s."recommendationId", p."organisation" FROM "recommendation_sponsors" s
       JOIN "recommendations" r ON r."id" = s."recommendationId"
       JOIN "participants" p ON p."id" = s."participantId"
       WHERE r."sessionId" IN ${inSessions} AND r."status" = 'submitted'
       ORDER BY s."createdAt", s."participantId"`,
      included,
    );
    progress(3, COMPILE_STEPS, 'sponsors');
    // Per-constituency tallies straight from the vote rows: the same aggregate as a live tally.
    const votes = (
      await sql.rows<VoteCountRow & { count: number | string }>(
        `SELECT "recommendationId", "constituency", "value", COUNT(*) AS "count" FROM "votes"
         WHERE "sessionId" IN ${inSessions} GROUP BY "recommendationId", "constituency", "value"`,
        included,
      )
    ).map((row) => ({ ...row, count: Number(row.count) }));
    progress(4, COMPILE_STEPS, 'votes');
    const participation = await this.participation(em, conferenceId);
    const speaking = await speakingTotals(em, { sessionIds: included });
    progress(5, COMPILE_STEPS, 'participation');

    return {
      language,
      snapshot: {
        conference,
        sessions,
        includedSessionIds: included,
        moderators,
        recommendations,
        sponsors,
        votes,
        participation,
        speaking,
        decisions,
      },
    };
  }

  private async conference(em: EntityManager, id: string): Promise<ConferenceRow> {
    const c = await em.findOneBy(Conference, { id });
    if (!c) throw new EntityNotFound('Conference', id);
    return ConferenceResponse.from(c);
  }

  private async sessions(em: EntityManager, conferenceId: string): Promise<SessionRow[]> {
    const rows = await em.find(Session, { where: { conferenceId } });
    return rows
      .map((s) => ({
        id: s.id,
        title: s.title,
        kind: s.kind,
        room: s.room,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        status: s.status,
        summary: s.summary,
        titles: s.translations?.title ?? {},
        closedAt: s.closedAt,
      }))
      .sort(
        (a, b) =>
          byTime(a.startsAt, b.startsAt) ||
          byCodePoint(a.title, b.title) ||
          byCodePoint(a.id, b.id),
      );
  }

  private async moderators(em: EntityManager, conferenceId: string): Promise<ModeratorRow[]> {
    const rows = await new Sql(em).rows<ModeratorRow>(
      `SELECT m."sessionId", p."name", p."organisation" FROM "session_moderators" m
       JOIN "sessions" s ON s."id" = m."sessionId"
       JOIN "participants" p ON p."id" = m."participantId"
       WHERE s."conferenceId" = ?`,
      [conferenceId],
    );
    return rows.sort((a, b) => byCodePoint(a.name, b.name));
  }

  private async recommendations(
    sql: Sql,
    inSessions: string,
    included: string[],
  ): Promise<RecommendationRow[]> {
    const rows = await sql.rows<{
      id: string;
      sessionId: string;
      title: string;
      body: string;
      themes: string;
      governanceLevel: GovernanceLevel;
      disposition: Disposition | null;
      dispositionNote: string | null;
    }>(
      `SELECT "id", "sessionId", "title", "body", "themes", "governanceLevel", "disposition",
              "dispositionNote"
       FROM "recommendations" WHERE "sessionId" IN ${inSessions} AND "status" = 'submitted'
       ORDER BY "createdAt", "id"`,
      included,
    );
    return rows.map((r) => ({ ...r, themes: JSON.parse(r.themes) as string[] }));
  }

  /**
   * Who recorded each disposition, from the audit entries the moderation service writes with it
   * (in the same transaction), oldest first so that the latest one wins in the assembly.
   */
  private decisions(
    sql: Sql,
    conferenceId: string,
    inSessions: string,
    included: string[],
  ): Promise<DecisionRow[]> {
    // The conference's audit entries through IDX_audit_conference_time, already in time order.
    return sql.rows<DecisionRow>(
      `SELECT a."targetId" AS "recommendationId", a."actorRole", p."name" FROM "audit_entries" a
       LEFT JOIN "participants" p ON p."id" = a."actorId"
       WHERE a."conferenceId" = ? AND a."sessionId" IN ${inSessions}
         AND a."action" IN ('recommendation.disposition', 'recommendation.disposition_override')
       ORDER BY a."createdAt", a."id"`,
      [conferenceId, ...included],
    );
  }

  /** Accredited people who take part (delegates and moderators; not observer screens or staff). */
  private async participation(
    em: EntityManager,
    conferenceId: string,
  ): Promise<ParticipationRow[]> {
    const rows = await em
      .createQueryBuilder(Participant, 'p')
      .select('p.constituency', 'constituency')
      .addSelect('p.country', 'country')
      .addSelect('COUNT(*)', 'count')
      .where('p.conferenceId = :conferenceId', { conferenceId })
      .andWhere('p.role IN (:...roles)', { roles: ['delegate', 'moderator'] })
      .andWhere('p.active = :active', { active: true })
      .groupBy('p.constituency')
      .addGroupBy('p.country')
      .getRawMany<{
        constituency: string | null;
        country: string | null;
        count: number | string;
      }>();
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  }
}
