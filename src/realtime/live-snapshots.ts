import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canAccessConference, type Actor } from '../common/auth/actor';
import { EntityNotFound } from '../common/errors';
import type { SessionSnapshot, SyncResult } from '#contract';
import { AppConfig } from '../config/app-config';
import { ConsistentReader } from '../database/consistent-read';
import { Sql } from '../database/sql';
import { RecommendationQueries } from '../recommendations/recommendation-queries.service';
import { SessionAccess } from '../sessions/session-access';
import { SessionViews } from '../sessions/session-views';
import { Session } from '../sessions/session.entity';
import { SpeakerViews } from '../speakers/speaker-views';
import { RawJson } from './raw-json';
import { ReplayFilter } from './replay-filter';
import { SessionEventLog } from './session-event-log';
import { SnapshotCache, shareSnapshot, withMyVotes, type SharedSnapshot } from './snapshot-cache';

/** Recommendations a snapshot carries at most (the top ones; the rest are paged over REST). */
export const SNAPSHOT_RECOMMENDATIONS = 500;
/**
 * Missed events a resync replays at most; a longer gap is answered with the (shared) snapshot,
 * which costs less than replaying, filtering and serialising that many events for one socket.
 */
export const SYNC_MAX_EVENTS = 100;
/** How long a shared snapshot is served: bounds what changes without an event (a name). */
export const SNAPSHOT_MAX_AGE_MS = 5000;

/** What a client joining or resyncing a session gets: a consistent snapshot, or the events it missed. */
@Injectable()
export class LiveSnapshots {
  private readonly cache: SnapshotCache;

  constructor(
    config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly reader: ConsistentReader,
    private readonly access: SessionAccess,
    private readonly sessionViews: SessionViews,
    private readonly recommendations: RecommendationQueries,
    private readonly log: SessionEventLog,
    private readonly speakers: SpeakerViews,
    private readonly replay: ReplayFilter,
  ) {
    this.cache = new SnapshotCache(config.snapshotCacheBytes, SNAPSHOT_MAX_AGE_MS);
  }

  /**
   * The session as this participant may read it, serialised once for everyone with the same
   * rights at the same `seq` (SnapshotCache), with the participant's own votes put in. Call it
   * after the socket has joined the room: the `seq` looked up is then one the room goes on from.
   * What it reads per socket is plain SQL (a cache hit is what every screen of a room gets, and
   * TypeORM took longer to build these statements than SQLite to run them), outside the writer queue.
   */
  async snapshot(actor: Actor, sessionId: string): Promise<RawJson<SessionSnapshot>> {
    const sql = new Sql(this.dataSource.manager);
    // The visibility check and the `seq` in one statement (the session row is checked again:
    // `assertVisible` ran before the join).
    const position = await sql.one<{ conferenceId: string; seq: number | null }>(
      'SELECT s."conferenceId", q."seq" FROM "sessions" s LEFT JOIN "session_sequences" q ON q."sessionId" = s."id" WHERE s."id" = ?',
      [sessionId],
    );
    if (!position || !canAccessConference(actor, position.conferenceId))
      throw new EntityNotFound('Session', sessionId);
    const canModerate = await this.canModerate(sql, actor, sessionId);
    const seq = Number(position.seq ?? 0);
    const shared = await this.cache.get(
      (at) => `${sessionId}:${at}:${canModerate ? 'moderators' : 'everyone'}`,
      seq,
      () => this.build(sessionId, canModerate),
    );
    return new RawJson(withMyVotes(shared, await this.myVotes(sql, actor, sessionId)));
  }

  /** 404 unless the participant may see the session (read outside the writer queue). */
  async assertVisible(actor: Actor, sessionId: string): Promise<void> {
    const session = await new Sql(this.dataSource.manager).one<{ conferenceId: string }>(
      'SELECT "conferenceId" FROM "sessions" WHERE "id" = ?',
      [sessionId],
    );
    if (!session || !canAccessConference(actor, session.conferenceId))
      throw new EntityNotFound('Session', sessionId);
  }

  /** The events missed, as the participant may read them now (ReplayFilter), or a snapshot. */
  async sync(
    actor: Actor,
    sessionId: string,
    sinceSeq: number,
  ): Promise<SyncResult | RawJson<SyncResult>> {
    await this.assertVisible(actor, sessionId);
    const missed = await this.log.since(sessionId, sinceSeq, SYNC_MAX_EVENTS);
    if (!missed) {
      const { json } = await this.snapshot(actor, sessionId);
      return new RawJson(`{"kind":"snapshot",${json.slice(1)}`);
    }
    // A screen that missed nothing (most of a room resyncing after a blip) needs no session row.
    if (missed.events.length === 0) return { kind: 'events', events: [], seq: missed.seq };
    const em = this.dataSource.manager;
    const session = await this.access.findVisible(em, actor, sessionId);
    const events = await this.replay.filter(em, actor, session, missed.events);
    return { kind: 'events', events, seq: missed.seq };
  }

  /**
   * One read of one instant (ConsistentReader: beside the SQLite writer, not in its queue), so
   * the data and `seq` agree; serialised after the read, so the reader is not held for it.
   */
  private async build(sessionId: string, canModerate: boolean): Promise<SharedSnapshot> {
    const snapshot = await this.reader.read(async (em) => {
      const session = await em.findOneByOrFail(Session, { id: sessionId });
      const seq = await this.log.currentSeq(em, sessionId);
      const view = await this.sessionViews.build(em, session);
      const { items } = await this.recommendations.listAs(
        em,
        session,
        { viewer: null, canModerate },
        { status: 'all', sort: 'top', limit: SNAPSHOT_RECOMMENDATIONS },
      );
      const speakers = await this.speakers.build(em, { sessionId });
      return { session: { ...view, seq }, recommendations: items, speakers, seq };
    });
    return shareSnapshot(snapshot, snapshot.recommendations, 'recommendations');
  }

  /** SessionAccess.canModerate, in one plain statement for a moderator and none for anyone else. */
  private async canModerate(sql: Sql, actor: Actor, sessionId: string): Promise<boolean> {
    if (actor.role === 'secretariat') return true;
    if (actor.role !== 'moderator') return false;
    const row = await sql.one(
      'SELECT 1 AS "one" FROM "session_moderators" WHERE "sessionId" = ? AND "participantId" = ?',
      [sessionId, actor.id],
    );
    return row !== undefined;
  }

  private async myVotes(sql: Sql, actor: Actor, sessionId: string): Promise<Map<string, string>> {
    const votes = await sql.rows<{ recommendationId: string; value: string }>(
      'SELECT "recommendationId", "value" FROM "votes" WHERE "participantId" = ? AND "sessionId" = ?',
      [actor.id, sessionId],
    );
    return new Map(votes.map((v) => [v.recommendationId, v.value]));
  }
}
