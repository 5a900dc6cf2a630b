import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { DOMAIN_EVENTS } from '../common/events/domain-events';
import { InvalidInput, NotAllowed, StateConflict } from '../common/errors';
import type { SpeakerRequestCreated, SpeakersView } from '#contract';
import { TransactionRunner, type TransactionContext } from '../database/transaction-runner';
import type { RequestFloorDto, SpeakerSettingsDto, SpeakerTopicDto } from './dto/speakers.dto';
import { SpeakerHosts, type SpeakerHost } from './speaker-hosts';
import type { SpeakerList } from './speaker-list.entity';
import { SpeakerRequest, type SpeakerTopicKind } from './speaker-request.entity';
import { SpeakerViews, toDate, type ListOwner } from './speaker-views';
import { nextSpeaker } from './speaking-order';

const TOPIC_FIELDS = ['recommendationId', 'paragraphId', 'amendmentId'] as const;

/**
 * Speakers' lists of sessions and drafts: delegates request the floor and withdraw; the session's
 * moderators (the draft's chairs) and the secretariat call the next speaker (by the list's mode),
 * end the turn and set the mode and turn length. Every change is audited in its own transaction and
 * published after commit as the whole list (`speakers:updated` in the session's or draft's room).
 */
@Injectable()
export class SpeakersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly hosts: SpeakerHosts,
    private readonly views: SpeakerViews,
  ) {}

  async get(actor: Actor, owner: ListOwner): Promise<SpeakersView> {
    const em = this.dataSource.manager;
    const host = await this.hosts.find(em, actor, owner);
    return this.views.build(em, host.owner);
  }

  request(actor: Actor, owner: ListOwner, dto: RequestFloorDto): Promise<SpeakerRequestCreated> {
    return this.transactions.run(async (tx) => {
      const host = await this.hosts.find(tx.em, actor, owner);
      if (actor.role !== 'delegate') throw new NotAllowed('Only delegates request the floor');
      const topic = await this.checkTopic(tx, host, dto.topic);
      this.hosts.assertOpen(host);
      const list = await this.hosts.lockList(tx.em, host);
      if (
        await tx.em.existsBy(SpeakerRequest, {
          listId: list.id,
          participantId: actor.id,
          status: 'waiting',
        })
      )
        throw new StateConflict('You have already requested the floor');
      const request = await tx.em.save(
        tx.em.create(SpeakerRequest, {
          listId: list.id,
          participantId: actor.id,
          constituency: actor.constituency,
          status: 'waiting',
          topicKind: topic?.kind ?? null,
          topicId: topic?.id ?? null,
        }),
      );
      await this.record(tx, actor, host, 'speakers.request', request.id, {
        constituency: actor.constituency,
        ...(topic ? { topic: { [`${topic.kind}Id`]: topic.id } } : {}),
      });
      const view = await this.publish(tx, actor, host);
      const place = view.queue.findIndex((r) => r.id === request.id);
      return { ...view.queue[place], place: place + 1 };
    });
  }

  withdraw(actor: Actor, owner: ListOwner): Promise<SpeakersView> {
    return this.transactions.run(async (tx) => {
      const host = await this.hosts.find(tx.em, actor, owner);
      if (actor.role !== 'delegate') throw new NotAllowed('Only delegates request the floor');
      const list = await this.hosts.lockList(tx.em, host);
      const request = await tx.em.findOneBy(SpeakerRequest, {
        listId: list.id,
        participantId: actor.id,
        status: 'waiting',
      });
      if (!request) throw new StateConflict('You have not requested the floor');
      request.status = 'withdrawn';
      await tx.em.save(request);
      await this.record(tx, actor, host, 'speakers.withdraw', request.id, {});
      return this.publish(tx, actor, host);
    });
  }

  /** Ends the current turn, if any, and gives the floor to the next request by the list's mode. */
  next(actor: Actor, owner: ListOwner): Promise<SpeakersView> {
    return this.transactions.run(async (tx) => {
      const host = await this.chair(tx, actor, owner);
      this.hosts.assertOpen(host);
      const list = await this.hosts.lockList(tx.em, host);
      const waiting = await tx.em.find(SpeakerRequest, {
        where: { listId: list.id, status: 'waiting' },
      });
      const now = new Date();
      const ended = await this.endTurn(tx, list, now);
      const turns = await this.turnCounts(tx, list);
      const called = nextSpeaker(
        list.mode,
        waiting.map((r) => ({ id: r.id, constituency: r.constituency, requestedAt: +r.createdAt })),
        turns,
      );
      if (!called) throw new StateConflict('Nobody is waiting for the floor');
      const request = waiting.find((r) => r.id === called.id)!;
      request.status = 'speaking';
      request.startedAt = now;
      await tx.em.save(request);
      await this.record(tx, actor, host, 'speakers.next', request.id, {
        participantId: request.participantId,
        constituency: request.constituency,
        mode: list.mode,
        ...(ended ? { ended } : {}),
      });
      return this.publish(tx, actor, host);
    });
  }

  end(actor: Actor, owner: ListOwner): Promise<SpeakersView> {
    return this.transactions.run(async (tx) => {
      const host = await this.chair(tx, actor, owner);
      const list = await this.hosts.lockList(tx.em, host);
      const ended = await this.endTurn(tx, list, new Date());
      if (!ended) throw new StateConflict('Nobody has the floor');
      await this.record(tx, actor, host, 'speakers.end', ended.requestId, {
        seconds: ended.seconds,
      });
      return this.publish(tx, actor, host);
    });
  }

  settings(actor: Actor, owner: ListOwner, dto: SpeakerSettingsDto): Promise<SpeakersView> {
    return this.transactions.run(async (tx) => {
      const host = await this.chair(tx, actor, owner);
      const list = await this.hosts.lockList(tx.em, host);
      const from = { mode: list.mode, turnSeconds: list.turnSeconds };
      list.mode = dto.mode;
      list.turnSeconds = dto.turnSeconds;
      await tx.em.save(list);
      await this.record(tx, actor, host, 'speakers.settings', list.id, {
        from,
        to: { mode: dto.mode, turnSeconds: dto.turnSeconds },
      });
      return this.publish(tx, actor, host);
    });
  }

  private async chair(tx: TransactionContext, actor: Actor, owner: ListOwner) {
    const host = await this.hosts.find(tx.em, actor, owner);
    if (!host.canChair) throw new NotAllowed(host.chairsOnly);
    return host;
  }

  /** Closes the running turn with its length; null when nobody had the floor. */
  private async endTurn(
    tx: TransactionContext,
    list: SpeakerList,
    now: Date,
  ): Promise<{ requestId: string; seconds: number } | null> {
    const current = await tx.em.findOneBy(SpeakerRequest, { listId: list.id, status: 'speaking' });
    if (!current) return null;
    const startedAt = current.startedAt ? toDate(current.startedAt) : now;
    current.status = 'spoken';
    current.endedAt = now;
    current.seconds = Math.max(0, Math.round((now.getTime() - startedAt.getTime()) / 1000));
    await tx.em.save(current);
    return { requestId: current.id, seconds: current.seconds };
  }

  private async turnCounts(
    tx: TransactionContext,
    list: SpeakerList,
  ): Promise<Map<string | null, number>> {
    const rows = await tx.em
      .createQueryBuilder(SpeakerRequest, 'r')
      .select('r.constituency', 'constituency')
      .addSelect('COUNT(*)', 'turns')
      .where('r.listId = :listId', { listId: list.id })
      .andWhere("r.status IN ('speaking', 'spoken')")
      .groupBy('r.constituency')
      .getRawMany<{ constituency: string | null; turns: string | number }>();
    return new Map(rows.map((r) => [r.constituency, Number(r.turns)]));
  }

  /** 400 naming the field unless the topic names exactly one thing this list can discuss. */
  private async checkTopic(
    tx: TransactionContext,
    host: SpeakerHost,
    topic: SpeakerTopicDto | undefined,
  ): Promise<{ kind: SpeakerTopicKind; id: string } | null> {
    if (!topic) return null;
    const given = TOPIC_FIELDS.filter((f) => topic[f] !== undefined);
    if (given.length !== 1)
      throw new InvalidInput([
        'topic must name exactly one of recommendationId, paragraphId, amendmentId',
      ]);
    const [field] = given;
    const id = topic[field]!;
    const problem = await host.checkTopic(tx.em, field, id);
    if (problem) throw new InvalidInput([problem]);
    return { kind: field.slice(0, -2) as SpeakerTopicKind, id };
  }

  private record(
    tx: TransactionContext,
    actor: Actor,
    host: SpeakerHost,
    action: string,
    targetId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    // A draft's entries name it in their details, as the drafting room's own entries do.
    return this.audit.record(tx.em, {
      action,
      actor,
      conferenceId: host.conferenceId,
      sessionId: 'sessionId' in host.owner ? host.owner.sessionId : null,
      targetType: action === 'speakers.settings' ? 'speaker_list' : 'speaker_request',
      targetId,
      details: 'draftId' in host.owner ? { draftId: host.owner.draftId, ...details } : details,
    });
  }

  private async publish(
    tx: TransactionContext,
    actor: Actor,
    host: SpeakerHost,
  ): Promise<SpeakersView> {
    const view = await this.views.build(tx.em, host.owner);
    const event = {
      conferenceId: host.conferenceId,
      actorId: actor.id,
      payload: { speakers: view },
    };
    if ('draftId' in host.owner)
      tx.publish(DOMAIN_EVENTS.draftSpeakersChanged, { ...event, draftId: host.owner.draftId });
    else tx.publish(DOMAIN_EVENTS.speakersChanged, { ...event, sessionId: host.owner.sessionId });
    return view;
  }
}
