import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { LoginAttempts } from './login-attempts';
import { generateAccessCode, hashSecret } from './secret-hasher';
import { canAccessConference, type Actor } from '../common/auth/actor';
import { Conference } from '../conferences/conference.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { CreateParticipantDto } from './dto/create-participant.dto';
import { ListParticipantsDto } from './dto/list-participants.dto';
import { ParticipantResponse } from './dto/participant-response.dto';
import { CreatedParticipantResponse, ParticipantPage } from './dto/participant-results.dto';
import { UpdateParticipantDto } from './dto/update-participant.dto';
import { Participant } from './participant.entity';
import { PARTICIPANT_EVENTS } from './participant.events';
import { EntityNotFound, NotAllowed, StateConflict } from '../common/errors';

@Injectable()
export class ParticipantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly attempts: LoginAttempts,
  ) {}

  /** The conference a new participant is accredited to: a scoped secretariat can only accredit to its own. */
  resolveConference(actor: Actor, requested: string | undefined): string | null {
    if (actor.conferenceId) {
      if (requested && requested !== actor.conferenceId)
        throw new NotAllowed('You can only accredit participants to your conference');
      return actor.conferenceId;
    }
    return requested ?? null;
  }

  async assertConferenceExists(em: EntityManager, conferenceId: string | null): Promise<void> {
    if (conferenceId && !(await em.existsBy(Conference, { id: conferenceId })))
      throw new EntityNotFound('Conference', conferenceId);
  }

  async create(actor: Actor, dto: CreateParticipantDto): Promise<CreatedParticipantResponse> {
    const conferenceId = this.resolveConference(actor, dto.conferenceId);
    const accessCode = generateAccessCode();
    const secretHash = await hashSecret(accessCode);
    const participant = await this.transactions.run(async ({ em }) => {
      await this.assertConferenceExists(em, conferenceId);
      if (await em.existsBy(Participant, { email: dto.email }))
        throw new StateConflict(`A participant with email ${dto.email} already exists`);
      const saved = await em.save(
        em.create(Participant, {
          name: dto.name,
          email: dto.email,
          organisation: dto.organisation,
          constituency: dto.constituency,
          country: dto.country,
          city: dto.city ?? null,
          role: dto.role,
          language: dto.language ?? 'en',
          conferenceId,
          active: true,
          secretHash,
        }),
      );
      await this.audit.record(em, {
        action: 'participant.create',
        actor,
        conferenceId,
        targetType: 'participant',
        targetId: saved.id,
        details: { role: saved.role },
      });
      return saved;
    });
    return { ...ParticipantResponse.forViewer(participant, actor), accessCode };
  }

  async list(actor: Actor, query: ListParticipantsDto): Promise<ParticipantPage> {
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const qb = this.dataSource
      .getRepository(Participant)
      .createQueryBuilder('p')
      .addSelect('p.secretHash') // which code a lockout is about; never leaves the server
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC');
    const conferenceId = actor.conferenceId ?? query.conferenceId;
    if (actor.conferenceId && query.conferenceId && query.conferenceId !== actor.conferenceId) {
      throw new NotAllowed('You can only list the participants of your conference');
    }
    if (conferenceId) qb.andWhere('p.conferenceId = :conferenceId', { conferenceId });
    if (query.role) qb.andWhere('p.role = :role', { role: query.role });
    if (query.q) {
      const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      qb.andWhere(
        "(LOWER(p.name) LIKE :like ESCAPE '\\' OR p.email LIKE :like ESCAPE '\\' OR LOWER(p.organisation) LIKE :like ESCAPE '\\')",
        { like },
      );
    }
    const [rows, total] = await qb.take(limit).skip(offset).getManyAndCount();
    const locked = await this.attempts.lockouts(rows);
    return {
      items: rows.map((p) => ParticipantResponse.forViewer(p, actor, locked)),
      total,
      limit,
      offset,
    };
  }

  /** The participant and the secretariat managing them see everything; others a public profile. */
  async get(actor: Actor, id: string): Promise<ParticipantResponse> {
    const participant = await this.dataSource
      .getRepository(Participant)
      .createQueryBuilder('p')
      .addSelect('p.secretHash')
      .where('p.id = :id', { id })
      .getOne();
    if (!participant || !this.visible(actor, participant))
      throw new EntityNotFound('Participant', id);
    const locked =
      actor.role === 'secretariat' ? await this.attempts.lockouts([participant]) : undefined;
    return ParticipantResponse.forViewer(participant, actor, locked);
  }

  async update(actor: Actor, id: string, dto: UpdateParticipantDto): Promise<ParticipantResponse> {
    const participant = await this.transactions.run(async ({ em, publish }) => {
      const current = await em.findOneBy(Participant, { id });
      if (!current || !this.manageable(actor, current)) throw new EntityNotFound('Participant', id);
      if (
        current.id === actor.id &&
        (dto.active === false || (dto.role && dto.role !== 'secretariat'))
      ) {
        throw new StateConflict(
          'You cannot deactivate or demote yourself; ask another secretariat member',
        );
      }
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const [key, value] of Object.entries(dto) as Array<
        [keyof UpdateParticipantDto, unknown]
      >) {
        if (value === undefined || current[key] === value) continue;
        changes[key] = { from: current[key], to: value };
      }
      if (Object.keys(changes).length === 0) return current;
      Object.assign(current, dto);
      const saved = await em.save(current);
      await this.audit.record(em, {
        action: dto.active === false ? 'participant.deactivate' : 'participant.update',
        actor,
        conferenceId: current.conferenceId,
        targetType: 'participant',
        targetId: id,
        details: { changes },
      });
      publish(PARTICIPANT_EVENTS.changed, {
        conferenceId: current.conferenceId ?? undefined,
        actorId: actor.id,
        payload: { participantId: id, active: saved.active, role: saved.role },
      });
      return saved;
    });
    return ParticipantResponse.forViewer(participant, actor);
  }

  /** A lost code: issue a new one; the old one stops working. */
  async reissueAccessCode(actor: Actor, id: string): Promise<CreatedParticipantResponse> {
    const accessCode = generateAccessCode();
    const secretHash = await hashSecret(accessCode);
    const participant = await this.transactions.run(async ({ em }) => {
      const current = await em.findOneBy(Participant, { id });
      if (!current || !this.manageable(actor, current)) throw new EntityNotFound('Participant', id);
      await em.update(Participant, { id }, { secretHash });
      await this.audit.record(em, {
        action: 'participant.reissue_access_code',
        actor,
        conferenceId: current.conferenceId,
        targetType: 'participant',
        targetId: id,
      });
      return current;
    });
    return { ...ParticipantResponse.forViewer(participant, actor), accessCode };
  }

  /** Who may see a participant's profile: the same conference, or platform-wide accounts. */
  private visible(actor: Actor, participant: Participant): boolean {
    return (
      actor.id === participant.id ||
      participant.conferenceId === null ||
      canAccessConference(actor, participant.conferenceId)
    );
  }

  /** Who the secretariat may change: a conference secretariat only its own conference's participants. */
  private manageable(actor: Actor, participant: Participant): boolean {
    return actor.conferenceId === null || participant.conferenceId === actor.conferenceId;
  }
}
