import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import type { SessionSnapshot, SyncResult } from '#contract';
import { TransactionRunner } from '../database/transaction-runner';
import { RecommendationQueries } from '../recommendations/recommendation-queries.service';
import { SessionAccess } from '../sessions/session-access';
import { SessionViews } from '../sessions/session-views';
import { SpeakerViews } from '../speakers/speaker-views';
import { ReplayFilter } from './replay-filter';
import { SessionEventLog } from './session-event-log';

/** What a client joining or resyncing a session gets: a consistent snapshot, or the events it missed. */
@Injectable()
export class LiveSnapshots {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: SessionAccess,
    private readonly sessionViews: SessionViews,
    private readonly recommendations: RecommendationQueries,
    private readonly log: SessionEventLog,
    private readonly speakers: SpeakerViews,
    private readonly replay: ReplayFilter,
  ) {}

  /**
   * Read through the transaction runner so the data and `seq` are of one instant: on SQLite no
   * write can commit halfway through the read; on PostgreSQL it is one transaction.
   */
  snapshot(actor: Actor, sessionId: string): Promise<SessionSnapshot> {
    return this.transactions.run(
      async ({ em }) => {
        const session = await this.access.findVisible(em, actor, sessionId);
        const seq = await this.log.currentSeq(em, sessionId);
        const view = await this.sessionViews.build(em, session);
        const { items } = await this.recommendations.list(
          actor,
          sessionId,
          { status: 'all', sort: 'top', limit: 500 },
          em,
        );
        const speakers = await this.speakers.build(em, { sessionId });
        return { session: { ...view, seq }, recommendations: items, speakers, seq };
      },
      { urgent: true },
    );
  }

  /** 404 unless the participant may see the session (read outside the writer queue). */
  async assertVisible(actor: Actor, sessionId: string): Promise<void> {
    await this.access.findVisible(this.dataSource.manager, actor, sessionId);
  }

  /** The events missed, as the participant may read them now (ReplayFilter), or a snapshot. */
  async sync(actor: Actor, sessionId: string, sinceSeq: number): Promise<SyncResult> {
    const em = this.dataSource.manager;
    const session = await this.access.findVisible(em, actor, sessionId);
    const missed = await this.log.since(sessionId, sinceSeq);
    if (!missed) return { kind: 'snapshot', ...(await this.snapshot(actor, sessionId)) };
    const events = await this.replay.filter(em, actor, session, missed.events);
    return { kind: 'events', events, seq: missed.seq };
  }
}
