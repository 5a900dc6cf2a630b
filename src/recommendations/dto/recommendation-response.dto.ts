import { ApiProperty } from '@nestjs/swagger';
import {
  DISPOSITIONS,
  GOVERNANCE_LEVELS,
  VOTE_VALUES,
  type ConsensusMark,
  type Disposition,
  type GovernanceLevel,
  type PersonRef,
  type RecommendationStatus,
  type RecommendationView,
  type Tally,
  type VoteValue,
} from '#contract';
import { PersonRefResponse } from '../../sessions/dto/session-response.dto';

export class TallyResponse implements Tally {
  @ApiProperty() support: number;
  @ApiProperty() oppose: number;
  @ApiProperty() abstain: number;
}

/** Documents RecommendationView (packages/contract/src/views.ts) for OpenAPI. */
export class RecommendationResponse implements RecommendationView {
  @ApiProperty() id: string;
  @ApiProperty() sessionId: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: [String] }) themes: string[];
  @ApiProperty({ enum: GOVERNANCE_LEVELS }) governanceLevel: GovernanceLevel;
  @ApiProperty({ enum: ['submitted', 'withdrawn', 'merged', 'hidden'] })
  status: RecommendationStatus;
  @ApiProperty() version: number;
  @ApiProperty({ type: PersonRefResponse }) author: PersonRef;
  @ApiProperty({ type: [PersonRefResponse] }) sponsors: PersonRef[];
  @ApiProperty({ type: TallyResponse }) tally: Tally;
  @ApiProperty({
    description:
      'Lowest support share among constituencies with at least 3 votes; 0 when fewer than two qualify',
  })
  bridging: number;
  @ApiProperty({ enum: ['broad', 'contested'], nullable: true }) consensus: ConsensusMark;
  @ApiProperty({ enum: VOTE_VALUES, nullable: true }) myVote: VoteValue | null;
  @ApiProperty({ enum: DISPOSITIONS, nullable: true }) disposition: Disposition | null;
  @ApiProperty({
    enum: DISPOSITIONS,
    nullable: true,
    description: 'What the adoption rule proposes once the session is closed',
  })
  proposedDisposition: Disposition | null;
  @ApiProperty({ nullable: true, type: String }) dispositionNote: string | null;
  @ApiProperty({ nullable: true, type: String }) mergedIntoId: string | null;
  @ApiProperty({ nullable: true, type: String }) hiddenReason: string | null;
  @ApiProperty() commentCount: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class RevisionResponse {
  @ApiProperty() version: number;
  @ApiProperty() editorId: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: [String] }) themes: string[];
  @ApiProperty({ enum: GOVERNANCE_LEVELS }) governanceLevel: GovernanceLevel;
  @ApiProperty({ type: [String], description: 'Fields changed from the previous version' })
  changedFields: string[];
  @ApiProperty() createdAt: string;
}

export class ConstituencySupportResponse {
  @ApiProperty() constituency: string;
  @ApiProperty() votes: number;
  @ApiProperty() support: number;
  @ApiProperty() oppose: number;
  @ApiProperty() abstain: number;
  @ApiProperty({ nullable: true, type: Number }) supportShare: number | null;
}
