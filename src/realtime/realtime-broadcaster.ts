import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DomainEvent } from '../common/events/domain-events';
import { TransactionRunner, type AfterCommit } from '../database/transaction-runner';
import { DraftEventLog } from './draft-event-log';
import { LiveEmitter } from './live-emitter';
import { roomEventOf } from './room-events';
import { SessionEventLog } from './session-event-log';

/**
 * Turns a write's domain events into room events: inside the write's transaction, just before
 * commit, each one a room sees is mapped (room-events.ts), numbered and stored in the session's
 * or the draft's event log; once committed, the rooms are sent exactly what was stored, so what a
 * replay returns is what was broadcast, and a rolled-back write neither numbers nor sends anything.
 */
@Injectable()
export class RealtimeBroadcaster implements OnModuleInit {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly sessionLog: SessionEventLog,
    private readonly draftLog: DraftEventLog,
    private readonly live: LiveEmitter,
  ) {}

  onModuleInit(): void {
    this.transactions.addBeforeCommitHook((em, events) => this.sequence(em, events));
  }

  private async sequence(
    em: EntityManager,
    events: readonly DomainEvent[],
  ): Promise<AfterCommit | void> {
    const sends: AfterCommit[] = [];
    for (const event of events) {
      const target = roomEventOf(event);
      if (target?.room === 'session') {
        const stored = await this.sessionLog.append(em, target.sessionId, target.message);
        sends.push(() => this.live.toSession(target.sessionId, stored));
      } else if (target?.room === 'draft') {
        const stored = await this.draftLog.append(em, target.draftId, target.message);
        sends.push(() => this.live.toDraft(target.draftId, stored));
      }
    }
    if (sends.length) return () => sends.forEach((send) => send());
  }
}
