import type { InputProblem } from '#contract';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { DOMAIN_EVENTS } from '../common/events/domain-events';
import { ConferencesService } from '../conferences/conferences.service';
import type { SessionView } from '#contract';
import { TransactionRunner, type TransactionContext } from '../database/transaction-runner';
import { Participant } from '../participants/participant.entity';
import { CreateSessionDto, UpdateSessionDto } from './dto/session.dto';
import { SessionAccess } from './session-access';
import { SessionModerator } from './session-moderator.entity';
import { SessionViews } from './session-views';
import { Session } from './session.entity';
import { InvalidInput } from '../common/errors';

/** Setting up sessions: the programme, times, rooms and moderators (the secretariat's work). */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly conferences: ConferencesService,
    private readonly access: SessionAccess,
    private readonly views: SessionViews,
  ) {}

  async listForConference(actor: Actor, conferenceId: string): Promise<SessionView[]> {
    await this.conferences.findVisible(actor, conferenceId);
    const sessions = await this.dataSource
      .getRepository(Session)
      .find({ where: { conferenceId }, order: { startsAt: 'ASC', title: 'ASC' } });
    return this.views.buildMany(this.dataSource.manager, sessions, { withCounts: true });
  }

  async get(actor: Actor, id: string): Promise<SessionView> {
    const session = await this.access.findVisible(this.dataSource.manager, actor, id);
    return this.views.build(this.dataSource.manager, session);
  }

  async create(actor: Actor, conferenceId: string, dto: CreateSessionDto): Promise<SessionView> {
    const { startsAt, endsAt } = parseTimes(dto.startsAt, dto.endsAt);
    return this.transactions.run(async (tx) => {
      const conference = await this.conferences.findVisible(actor, conferenceId, tx.em);
      const session = await tx.em.save(
        tx.em.create(Session, {
          conferenceId: conference.id,
          title: dto.title,
          kind: dto.kind,
          startsAt,
          endsAt,
          room: dto.room ?? null,
          description: dto.description ?? null,
          status: 'scheduled',
          translations: dto.translations ?? null,
        }),
      );
      if (dto.moderatorIds?.length) await this.replaceModerators(tx.em, session, dto.moderatorIds);
      await this.audit.record(tx.em, {
        action: 'session.create',
        actor,
        conferenceId,
        sessionId: session.id,
        targetType: 'session',
        targetId: session.id,
      });
      return this.publishChanged(tx, session, actor);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateSessionDto): Promise<SessionView> {
    return this.transactions.run(async (tx) => {
      const session = await this.access.findVisible(tx.em, actor, id);
      const times = parseTimes(
        dto.startsAt ?? session.startsAt.toISOString(),
        dto.endsAt ?? session.endsAt.toISOString(),
      );
      Object.assign(session, { ...dto, startsAt: times.startsAt, endsAt: times.endsAt });
      await tx.em.save(session);
      await this.audit.record(tx.em, {
        action: 'session.update',
        actor,
        conferenceId: session.conferenceId,
        sessionId: id,
        targetType: 'session',
        targetId: id,
        details: { fields: Object.keys(dto) },
      });
      return this.publishChanged(tx, session, actor);
    });
  }

  async setModerators(actor: Actor, id: string, participantIds: string[]): Promise<SessionView> {
    return this.transactions.run(async (tx) => {
      const session = await this.access.findVisible(tx.em, actor, id);
      await this.replaceModerators(tx.em, session, participantIds);
      await this.audit.record(tx.em, {
        action: 'session.set_moderators',
        actor,
        conferenceId: session.conferenceId,
        sessionId: id,
        targetType: 'session',
        targetId: id,
        details: { participantIds },
      });
      return this.publishChanged(tx, session, actor);
    });
  }

  /** Moderators must be moderator or secretariat accounts of the session's conference (or platform-wide). */
  private async replaceModerators(
    em: EntityManager,
    session: Session,
    participantIds: string[],
  ): Promise<void> {
    const people = participantIds.length
      ? await em.find(Participant, { where: { id: In(participantIds) } })
      : [];
    const problems = participantIds.flatMap((id, i): InputProblem[] => {
      const field = `participantIds.${i}`;
      const p = people.find((x) => x.id === id);
      if (!p || (p.conferenceId !== null && p.conferenceId !== session.conferenceId))
        return [
          {
            field,
            rule: 'notParticipant',
            message: `${field} is not a participant of this conference`,
          },
        ];
      if (p.role !== 'moderator' && p.role !== 'secretariat')
        return [
          {
            field,
            rule: 'notModerator',
            params: { name: p.name, role: p.role },
            message: `${field} must be a moderator or secretariat account (is ${p.role})`,
          },
        ];
      if (!p.active)
        return [
          {
            field,
            rule: 'deactivated',
            params: { name: p.name },
            message: `${field} is deactivated`,
          },
        ];
      return [];
    });
    if (problems.length) throw InvalidInput.of(problems);
    await em.delete(SessionModerator, { sessionId: session.id });
    if (participantIds.length) {
      await em.save(
        participantIds.map((participantId) =>
          em.create(SessionModerator, { sessionId: session.id, participantId }),
        ),
      );
    }
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

function parseTimes(starts: string, ends: string): { startsAt: Date; endsAt: Date } {
  const startsAt = new Date(starts);
  const endsAt = new Date(ends);
  for (const [field, date] of [
    ['startsAt', startsAt],
    ['endsAt', endsAt],
  ] as const)
    if (Number.isNaN(date.getTime()))
      throw InvalidInput.of([
        { field, rule: 'isISO8601', message: `${field} must be a valid ISO 8601 date-time` },
      ]);
  if (endsAt <= startsAt)
    throw InvalidInput.of([
      { field: 'endsAt', rule: 'afterStart', message: 'endsAt must be after startsAt' },
    ]);
  return { startsAt, endsAt };
}
