import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import type { AdoptionRule } from '../conferences/conference.entity';
import type { PersonRef, RecommendationView, SessionStatus, VoteValue } from '#contract';
import { Participant } from '../participants/participant.entity';
import { TallyRecorder } from '../tallies/tally-recorder';
import { VoteRepository } from '../tallies/vote.repository';
import { proposeDisposition } from './disposition-rule';
import { RecommendationSponsor } from './recommendation-sponsor.entity';
import type { Recommendation } from './recommendation.entity';

export interface ViewContext {
  /** Whose view it is (for myVote); null for broadcasts to a whole room. */
  viewer: Actor | null;
  canModerate: boolean;
  sessionStatus: SessionStatus;
  adoptionRule: AdoptionRule;
}

/** Builds RecommendationViews (the REST and realtime shape) for a batch of recommendations of one session. */
@Injectable()
export class RecommendationViews {
  constructor(
    private readonly votes: VoteRepository,
    private readonly tallies: TallyRecorder,
  ) {}

  async build(
    em: EntityManager,
    recommendations: Recommendation[],
    context: ViewContext,
  ): Promise<RecommendationView[]> {
    if (recommendations.length === 0) return [];
    const ids = recommendations.map((r) => r.id);
    const sponsorRows = await em.find(RecommendationSponsor, {
      where: { recommendationId: In(ids) },
      order: { createdAt: 'ASC' },
    });
    const peopleIds = [
      ...new Set([
        ...recommendations.map((r) => r.authorId),
        ...sponsorRows.map((s) => s.participantId),
      ]),
    ];
    const people = new Map(
      (await em.find(Participant, { where: { id: In(peopleIds) } })).map((p) => [
        p.id,
        { id: p.id, name: p.name, organisation: p.organisation },
      ]),
    );
    const myVotes = context.viewer
      ? await this.votes.valuesOf(em, context.viewer.id, ids)
      : new Map<string, VoteValue>();
    // On PostgreSQL the stored counters may owe the last interval's votes (TallyRecorder).
    const live = await this.tallies.live(em, ids);

    return recommendations.map((r) => {
      const counters = live.get(r.id) ?? {
        tally: { support: r.supportCount, oppose: r.opposeCount, abstain: r.abstainCount },
        bridging: r.bridging,
        consensus: r.consensus,
      };
      // A hidden recommendation's text goes only to those who may moderate it.
      const redacted = r.status === 'hidden' && !context.canModerate;
      return {
        id: r.id,
        sessionId: r.sessionId,
        title: redacted ? '' : r.title,
        body: redacted ? '' : r.body,
        themes: r.themes,
        governanceLevel: r.governanceLevel,
        status: r.status,
        version: r.version,
        author: people.get(r.authorId) ?? { id: r.authorId, name: '', organisation: null },
        sponsors: sponsorRows
          .filter((s) => s.recommendationId === r.id)
          .map((s) => people.get(s.participantId))
          .filter((p): p is PersonRef => !!p),
        tally: counters.tally,
        bridging: counters.bridging,
        consensus: counters.consensus,
        myVote: myVotes.get(r.id) ?? null,
        disposition: r.disposition,
        proposedDisposition:
          context.sessionStatus === 'closed' && r.status === 'submitted'
            ? proposeDisposition(counters.tally, context.adoptionRule)
            : null,
        dispositionNote: r.dispositionNote,
        mergedIntoId: r.mergedIntoId,
        hiddenReason: context.canModerate ? r.hiddenReason : null,
        commentCount: r.commentCount,
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
      };
    });
  }
}
