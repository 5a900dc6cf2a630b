import type { InputProblem } from '#contract';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { canAccessConference, type Actor } from '../common/auth/actor';
import { isUuid } from '../common/http/uuid-param';
import { TransactionRunner } from '../database/transaction-runner';
import { FrameworksService } from '../frameworks/frameworks.service';
import { Conference, DEFAULT_ADOPTION_RULE } from './conference.entity';
import { ConferenceResponse, CreateConferenceDto, UpdateConferenceDto } from './dto/conference.dto';
import { EntityNotFound, InvalidInput, NotAllowed, StateConflict } from '../common/errors';

@Injectable()
export class ConferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly frameworks: FrameworksService,
  ) {}

  /** The conference if the actor may see it; 404 otherwise (ids of other conferences are not revealed). */
  async findVisible(
    actor: Actor,
    id: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<Conference> {
    const conference = await em.findOneBy(Conference, { id });
    if (!conference || !canAccessConference(actor, id)) throw new EntityNotFound('Conference', id);
    return conference;
  }

  /** The conference named by its id or its slug (routes and the report command take either). */
  async findVisibleByRef(actor: Actor, ref: string): Promise<Conference> {
    if (isUuid(ref)) return this.findVisible(actor, ref);
    const conference = await this.dataSource.getRepository(Conference).findOneBy({ slug: ref });
    if (!conference || !canAccessConference(actor, conference.id))
      throw new EntityNotFound('Conference', ref);
    return conference;
  }

  async list(actor: Actor): Promise<ConferenceResponse[]> {
    const where = actor.conferenceId ? { id: actor.conferenceId } : {};
    const rows = await this.dataSource
      .getRepository(Conference)
      .find({ where, order: { startsOn: 'DESC', title: 'ASC' } });
    return rows.map((c) => ConferenceResponse.from(c));
  }

  async get(actor: Actor, id: string): Promise<ConferenceResponse> {
    return ConferenceResponse.from(await this.findVisible(actor, id));
  }

  async create(actor: Actor, dto: CreateConferenceDto): Promise<ConferenceResponse> {
    if (actor.conferenceId)
      throw new NotAllowed('Only a platform-wide secretariat can create conferences');
    this.validate(dto);
    const slug = dto.slug ?? slugify(dto.title);
    const conference = await this.transactions.run(async ({ em }) => {
      if (await em.existsBy(Conference, { slug }))
        throw new StateConflict(`A conference with slug ${slug} already exists`);
      const saved = await em.save(
        em.create(Conference, {
          slug,
          title: dto.title,
          city: dto.city,
          country: dto.country,
          timezone: dto.timezone ?? 'UTC',
          startsOn: dto.startsOn,
          endsOn: dto.endsOn,
          framework: dto.framework,
          languages: dto.languages,
          targetProcess: dto.targetProcess ?? null,
          introduction: dto.introduction ?? null,
          hosts: [],
          partners: [],
          adoptionRule: dto.adoptionRule ? { ...dto.adoptionRule } : DEFAULT_ADOPTION_RULE,
          translations: dto.translations ?? null,
        }),
      );
      await this.audit.record(em, {
        action: 'conference.create',
        actor,
        conferenceId: saved.id,
        targetType: 'conference',
        targetId: saved.id,
      });
      return saved;
    });
    return ConferenceResponse.from(conference);
  }

  async update(actor: Actor, id: string, dto: UpdateConferenceDto): Promise<ConferenceResponse> {
    const conference = await this.transactions.run(async ({ em }) => {
      const current = await this.findVisible(actor, id, em);
      const next = { ...current, ...dto };
      this.validate(next);
      if (
        dto.slug &&
        dto.slug !== current.slug &&
        (await em.existsBy(Conference, { slug: dto.slug }))
      ) {
        throw new StateConflict(`A conference with slug ${dto.slug} already exists`);
      }
      Object.assign(
        current,
        dto,
        dto.adoptionRule ? { adoptionRule: { ...dto.adoptionRule } } : {},
      );
      const saved = await em.save(current);
      await this.audit.record(em, {
        action: 'conference.update',
        actor,
        conferenceId: id,
        targetType: 'conference',
        targetId: id,
        details: { fields: Object.keys(dto) },
      });
      return saved;
    });
    return ConferenceResponse.from(conference);
  }

  private validate(
    dto: Pick<CreateConferenceDto, 'framework' | 'startsOn' | 'endsOn' | 'timezone'>,
  ): void {
    const problems: InputProblem[] = [];
    if (!this.frameworks.get(dto.framework))
      problems.push({
        field: 'framework',
        rule: 'isIn',
        params: { values: this.frameworks.ids() },
        message: `framework must be one of ${this.frameworks.ids().join(', ')}`,
      });
    if (dto.endsOn < dto.startsOn)
      problems.push({
        field: 'endsOn',
        rule: 'notBeforeStart',
        message: 'endsOn must not be before startsOn',
      });
    if (dto.timezone && !isTimeZone(dto.timezone))
      problems.push({
        field: 'timezone',
        rule: 'isTimeZone',
        message: 'timezone must be an IANA time zone such as Europe/Brussels',
      });
    if (problems.length) throw InvalidInput.of(problems);
  }
}

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'conference'
  );
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
