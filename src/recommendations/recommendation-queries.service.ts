import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import { Conference } from '../conferences/conference.entity';
import type { ConstituencySupport, RecommendationSort, RecommendationView } from '#contract';
import { SessionAccess } from '../sessions/session-access';
import type { Session } from '../sessions/session.entity';
import { TallyRecorder } from '../tallies/tally-recorder';
import { ListRecommendationsDto } from './dto/recommendation.dto';
import { RevisionResponse } from './dto/recommendation-response.dto';
import { RecommendationAccess } from './recommendation-access';
import { RecommendationRevision } from './recommendation-revision.entity';
import { RecommendationViews } from './recommendation-views';
import { Recommendation } from './recommendation.entity';

/** Sort orders of API.md; ties fall back to the oldest first so lists are stable. */
const ORDER: Record<RecommendationSort, Array<[string, 'ASC' | 'DESC']>> = {
  top: [
    ['net', 'DESC'],
    ['r.supportCount', 'DESC'],
  ],
  new: [['r.createdAt', 'DESC']],
  consensus: [
    ['r.bridging', 'DESC'],
    ['r.supportCount', 'DESC'],
  ],
  // The most divided first: as many votes against as for, and many of them.
  contested: [
    ['divided', 'DESC'],
    ['decided', 'DESC'],
  ],
};

@Injectable()
export class RecommendationQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionAccess,
    private readonly access: RecommendationAccess,
    private readonly views: RecommendationViews,
    private readonly tallies: TallyRecorder,
  ) {}

  async list(
    actor: Actor,
    sessionId: string,
    query: ListRecommendationsDto,
    em: EntityManager = this.dataSource.manager,
  ): Promise<{ items: RecommendationView[]; total: number }> {
    const session = await this.sessions.findVisible(em, actor, sessionId);
    const canModerate = await this.sessions.canModerate(em, actor, session);
    return this.listAs(em, session, { viewer: actor, canModerate }, query);
  }

  /**
   * The list as a viewer with these rights sees it; `viewer: null` leaves every `myVote` null, for
   * a snapshot shared by everyone with the same rights (LiveSnapshots).
   */
  async listAs(
    em: EntityManager,
    session: Session,
    { viewer, canModerate }: { viewer: Actor | null; canModerate: boolean },
    query: ListRecommendationsDto,
  ): Promise<{ items: RecommendationView[]; total: number }> {
    const conference = await em.findOneByOrFail(Conference, { id: session.conferenceId });
    const status = query.status ?? 'submitted';

    const qb = em
      .createQueryBuilder(Recommendation, 'r')
      .addSelect('r.supportCount - r.opposeCount', 'net')
      .addSelect(
        'CASE WHEN r.supportCount < r.opposeCount THEN r.supportCount ELSE r.opposeCount END',
        'divided',
      )
      .addSelect('r.supportCount + r.opposeCount', 'decided')
      .where('r.sessionId = :sessionId', { sessionId: session.id });
    if (status !== 'all') qb.andWhere('r.status = :status', { status });
    if (!canModerate) qb.andWhere("r.status <> 'hidden'");
    const order = ORDER[query.sort ?? 'top'];
    for (const [column, direction] of order) qb.addOrderBy(column, direction);
    // Tie-breakers (TypeORM keys ORDER BY by column, so a column already ordered must not be added again).
    if (!order.some(([column]) => column === 'r.createdAt')) qb.addOrderBy('r.createdAt', 'ASC');
    qb.addOrderBy('r.id', 'ASC');

    const [rows, total] = await qb
      .take(query.limit ?? 200)
      .skip(query.offset ?? 0)
      .getManyAndCount();
    const items = await this.views.build(em, rows, {
      viewer,
      canModerate,
      sessionStatus: session.status,
      adoptionRule: conference.adoptionRule,
    });
    return { items, total };
  }

  async get(actor: Actor, id: string): Promise<RecommendationView> {
    const context = await this.access.load(this.dataSource.manager, actor, id);
    return (await this.access.viewsOf(this.dataSource.manager, context, actor)).mine;
  }

  async revisions(actor: Actor, id: string): Promise<RevisionResponse[]> {
    await this.access.load(this.dataSource.manager, actor, id);
    const rows = await this.dataSource
      .getRepository(RecommendationRevision)
      .find({ where: { recommendationId: id }, order: { version: 'ASC' } });
    return rows.map((r) => ({
      version: r.version,
      editorId: r.editorId,
      title: r.title,
      body: r.body,
      themes: r.themes,
      governanceLevel: r.governanceLevel,
      changedFields: r.changedFields,
      createdAt: r.createdAt.toISOString(),
    }));
  }

  /** Per-constituency support, on demand (computed from the vote rows). */
  async support(actor: Actor, id: string): Promise<ConstituencySupport[]> {
    await this.access.load(this.dataSource.manager, actor, id);
    return (await this.tallies.countVotes(this.dataSource.manager, id)).constituencies;
  }
}
