import { InvalidInput } from '../common/errors';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { DOMAIN_EVENTS } from '../common/events/domain-events';
import { NotAllowed, StateConflict } from '../common/errors';
import type { SpeakerRequestCreated, SpeakersView } from '#contract';
import { TransactionRunner, type TransactionContext } from '../database/transaction-runner';
import { Recommendation } from '../recommendations/recommendation.entity';
import type { RequestFloorDto, SpeakerSettingsDto, SpeakerTopicDto } from './dto/speakers.dto';
import { SpeakerHosts, type SpeakerHost } from './speaker-hosts';
import type { SpeakerList } from './speaker-list.entity';
import { SpeakerRequest, type SpeakerTopicKind } from './speaker-request.entity';
import { SpeakerViews, toDate } from './speaker-views';
import { nextSpeaker } from './speaking-order';

const TOPIC_FIELDS = ['recommendationId', 'paragraphId', 'amendmentId'] as const;

/**
 * Speakers' lists: delegates request the floor and withdraw; the session's moderators and the
 * secretariat call the next speaker (by the list's mode), end the turn and set the mode and turn
 * length. Every change is audited in its own transaction and published after commit as the whole
 * list (`speakers:updated`).
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

  async get(actor: Actor, sessionId: string): Promise<SpeakersView> {
    const em = this.dataSource.manager;
    const host = await this.hosts.session(em, actor, sessionId);
    return this.views.build(em, host.owner);
  }

  request(actor: Actor, sessionId: string, dto: RequestFloorDto): Promise<SpeakerRequestCreated> {
    return this.transactions.run(async (tx) => {
      const host = await this.hosts.session(tx.em, actor, sessionId);
      if (actor.role !== 'delegate') throw new NotAllowed('Only delegates request the floor');
      const topic = await this.checkTopic(tx, host, dto.topic);
      this.hosts.assertRunning(host);
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

  withdraw(actor: Actor, sessionId: string): Promise<SpeakersView> {
    return this.transactions.run(async (tx) => {
      const host = await this.hosts.session(tx.em, actor, sessionId);
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
  next(actor: Actor, sessionId: string): Promise<SpeakersView> {
    return this.transactions.run(async (tx) => {
      const host = await this.chair(tx, actor, sessionId);
      this.hosts.assertRunning(host);
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

  end(actor: Actor, sessionId: string): Promise<SpeakersView> {
    return this.transactions.run(async (tx) => {
      const host = await this.chair(tx, actor, sessionId);
      const list = await this.hosts.lockList(tx.em, host);
      const ended = await this.endTurn(tx, list, new Date());
      if (!ended) throw new StateConflict('Nobody has the floor');
      await this.record(tx, actor, host, 'speakers.end', ended.requestId, {
        seconds: ended.seconds,
      });
      return this.publish(tx, actor, host);
    });
  }

  settings(actor: Actor, sessionId: string, dto: SpeakerSettingsDto): Promise<SpeakersView> {
    return this.transactions.run(async (tx) => {
      const host = await this.chair(tx, actor, sessionId);
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

  private async chair(tx: TransactionContext, actor: Actor, sessionId: string) {
    const host = await this.hosts.session(tx.em, actor, sessionId);
    if (!host.canChair)
      throw new NotAllowed('Only this session’s moderators or the secretariat run the floor');
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
    if (field !== 'recommendationId')
      throw new InvalidInput([`topic.${field} applies only to a draft’s speakers’ list`]);
    const id = topic.recommendationId!;
    const found = await tx.em.existsBy(Recommendation, {
      id,
      sessionId: host.sessionId,
      status: 'submitted',
    });
    if (!found)
      throw new InvalidInput([
        'topic.recommendationId must be a submitted recommendation of this session',
      ]);
    return { kind: 'recommendation', id };
  }

  private record(
    tx: TransactionContext,
    actor: Actor,
    host: SpeakerHost,
    action: string,
    targetId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(tx.em, {
      action,
      actor,
      conferenceId: host.conferenceId,
      sessionId: host.sessionId,
      targetType: action === 'speakers.settings' ? 'speaker_list' : 'speaker_request',
      targetId,
      details,
    });
  }

  private async publish(
    tx: TransactionContext,
    actor: Actor,
    host: SpeakerHost,
  ): Promise<SpeakersView> {
    const view = await this.views.build(tx.em, host.owner);
    tx.publish(DOMAIN_EVENTS.speakersChanged, {
      conferenceId: host.conferenceId,
      sessionId: host.sessionId,
      actorId: actor.id,
      payload: { speakers: view },
    });
    return view;
  }
}
