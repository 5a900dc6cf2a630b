import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { DOMAIN_EVENTS } from '../common/events/domain-events';
import { SESSION_TRANSITIONS, type SessionTransition, type SessionView } from '#contract';
import { TransactionRunner, type TransactionContext } from '../database/transaction-runner';
import { TallyRecorder } from '../tallies/tally-recorder';
import { SessionAccess } from './session-access';
import { SessionClosing } from './session-closing.entity';
import { SessionRepository } from './session.repository';
import { SessionViews } from './session-views';
import type { Session } from './session.entity';
import { NotAllowed, StateConflict } from '../common/errors';

type Transition = SessionTransition;

/** The audit action of each transition (which states it moves between is the contract's). */
const ACTIONS: Record<Transition, string> = {
  open: 'session.open',
  'lock-submissions': 'session.lock_submissions',
  close: 'session.close',
  reopen: 'session.reopen',
};

/** Running a session: moving it through its states, closing it with a frozen record, its summary. */
@Injectable()
export class SessionLifecycleService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly access: SessionAccess,
    private readonly views: SessionViews,
    private readonly sessions: SessionRepository,
    private readonly tallies: TallyRecorder,
  ) {}

  transition(actor: Actor, id: string, transition: Transition): Promise<SessionView> {
    const rule = SESSION_TRANSITIONS[transition];
    return this.transactions.run(async (tx) => {
      // FOR UPDATE on PostgreSQL: a vote holds the session FOR SHARE, so a close waits for votes in flight.
      const session = await this.access.findVisible(tx.em, actor, id, 'pessimistic_write');
      if (transition === 'reopen') {
        if (actor.role !== 'secretariat')
          throw new NotAllowed('Only the secretariat can reopen a session');
      } else {
        await this.access.assertCanModerate(tx.em, actor, session);
      }
      if (!rule.from.includes(session.status)) {
        throw new StateConflict(
          `Cannot ${transition.replace('-', ' ')} a session that is ${session.status}`,
        );
      }
      const previous = session.status;
      session.status = rule.to;
      const details: Record<string, unknown> = { from: previous, to: rule.to };
      if (transition === 'close') {
        session.closedAt = new Date();
        details.closingId = await this.writeClosingRecord(tx, session, actor);
      }
      if (transition === 'reopen') {
        session.closedAt = null;
        // Votes can change again, so dispositions made on the old tallies no longer stand.
        details.dispositionsCleared = await this.sessions.clearDispositions(tx.em, id);
      }
      await tx.em.save(session);
      await this.audit.record(tx.em, {
        action: ACTIONS[transition],
        actor,
        conferenceId: session.conferenceId,
        sessionId: id,
        targetType: 'session',
        targetId: id,
        details,
      });
      return this.publishChanged(tx, session, actor);
    });
  }

  setSummary(actor: Actor, id: string, text: string): Promise<SessionView> {
    return this.transactions.run(async (tx) => {
      const session = await this.access.findVisible(tx.em, actor, id);
      await this.access.assertCanModerate(tx.em, actor, session);
      session.summary = text.trim() === '' ? null : text;
      await tx.em.save(session);
      await this.audit.record(tx.em, {
        action: 'session.summary',
        actor,
        conferenceId: session.conferenceId,
        sessionId: id,
        targetType: 'session',
        targetId: id,
        details: { length: text.length },
      });
      return this.publishChanged(tx, session, actor);
    });
  }

  /** Every recommendation's final tally, frozen at the moment of closing. */
  private async writeClosingRecord(
    tx: TransactionContext,
    session: Session,
    actor: Actor,
  ): Promise<string> {
    // On PostgreSQL the counters may owe the last interval's votes (TallyRecorder): counted now,
    // under the session's lock, with every vote that got in and none that can follow.
    await this.tallies.settleSession(tx.em, session.id);
    const closing = await tx.em.save(
      tx.em.create(SessionClosing, {
        sessionId: session.id,
        closedById: actor.id,
        tallies: await this.tallies.ofSession(tx.em, session.id),
      }),
    );
    return closing.id;
  }

  private async publishChanged(
    tx: TransactionContext,
    session: Session,
    actor: Actor,
  ): Promise<SessionView> {
    const view = await this.views.build(tx.em, session);
    tx.publish(DOMAIN_EVENTS.sessionChanged, {
      conferenceId: session.conferenceId,
      sessionId: session.id,
      actorId: actor.id,
      payload: { session: view },
    });
    return view;
  }
}
