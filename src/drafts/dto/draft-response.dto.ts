import { ApiProperty } from '@nestjs/swagger';
import {
  AMENDMENT_KINDS,
  DRAFT_STATUSES,
  PARAGRAPH_KINDS,
  VOTE_VALUES,
  type AmendmentKind,
  type AmendmentStatus,
  type AmendmentView,
  type ConsensusMark,
  type DiffPart,
  type DraftStatus,
  type DraftSummaryView,
  type DraftVersionView,
  type DraftView,
  type ParagraphKind,
  type ParagraphTranslationView,
  type ParagraphView,
  type PersonRef,
  type SilenceView,
  type Tally,
  type VoteValue,
} from '#contract';
import { TallyResponse } from '../../recommendations/dto/recommendation-response.dto';
import { PersonRefResponse } from '../../sessions/dto/session-response.dto';
import { AMENDMENT_STATUSES } from '../entities/draft-amendment.entity';

/** OpenAPI documentation of the drafting room's views (packages/contract/src/draft-views.ts). */
export class SourceResponse {
  @ApiProperty() recommendationId: string;
}

export class ParagraphResponse implements ParagraphView {
  @ApiProperty() id: string;
  @ApiProperty() draftId: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: '1…n in document order; null for headings',
  })
  number: number | null;
  @ApiProperty({ enum: PARAGRAPH_KINDS }) kind: ParagraphKind;
  @ApiProperty() text: string;
  @ApiProperty({ type: [String] }) alternatives: string[];
  @ApiProperty() bracketed: boolean;
  @ApiProperty({ type: [SourceResponse] }) sources: Array<{ recommendationId: string }>;
  @ApiProperty() version: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'By language: {text, alternatives, outdated}',
  })
  translations: Record<string, ParagraphTranslationView>;
}

export class SilenceResponse implements SilenceView {
  @ApiProperty({ enum: ['running', 'broken', 'adopted'] }) status: SilenceView['status'];
  @ApiProperty() until: string;
  @ApiProperty({ type: PersonRefResponse }) startedBy: PersonRef;
  @ApiProperty({ type: PersonRefResponse, nullable: true }) brokenBy: PersonRef | null;
  @ApiProperty({ nullable: true, type: String }) brokenByOrganisation: string | null;
  @ApiProperty({ nullable: true, type: String }) brokenAt: string | null;
  @ApiProperty({ nullable: true, type: [Number] }) paragraphNumbers: number[] | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
}

export class DraftSummaryResponse implements DraftSummaryView {
  @ApiProperty() id: string;
  @ApiProperty() conferenceId: string;
  @ApiProperty() title: string;
  @ApiProperty() language: string;
  @ApiProperty({ enum: DRAFT_STATUSES }) status: DraftStatus;
  @ApiProperty({ description: 'Number of the latest frozen version (0: the zero draft)' })
  version: number;
  @ApiProperty({ type: [PersonRefResponse] }) chairs: PersonRef[];
  @ApiProperty({ nullable: true, type: String }) fromReportId: string | null;
  @ApiProperty() clean: boolean;
  @ApiProperty({ type: SilenceResponse, nullable: true }) silence: SilenceView | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class DraftResponse extends DraftSummaryResponse implements DraftView {
  @ApiProperty({ type: [ParagraphResponse] }) paragraphs: ParagraphView[];
}

export class DiffPartResponse implements DiffPart {
  @ApiProperty({ enum: ['equal', 'insert', 'delete'] }) op: DiffPart['op'];
  @ApiProperty() text: string;
}

export class AmendmentResponse implements AmendmentView {
  @ApiProperty() id: string;
  @ApiProperty() draftId: string;
  @ApiProperty() paragraphId: string;
  @ApiProperty({ nullable: true, type: Number }) paragraphNumber: number | null;
  @ApiProperty({ enum: AMENDMENT_KINDS }) kind: AmendmentKind;
  @ApiProperty({ nullable: true, type: String }) text: string | null;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: AMENDMENT_STATUSES }) status: AmendmentStatus;
  @ApiProperty() outdated: boolean;
  @ApiProperty() baseVersion: number;
  @ApiProperty() baseText: string;
  @ApiProperty({ type: [DiffPartResponse] }) diff: DiffPart[];
  @ApiProperty({ nullable: true, type: String }) compromiseText: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ type: PersonRefResponse }) author: PersonRef;
  @ApiProperty({ type: [PersonRefResponse] }) sponsors: PersonRef[];
  @ApiProperty({ type: TallyResponse }) tally: Tally;
  @ApiProperty() bridging: number;
  @ApiProperty({ enum: ['broad', 'contested'], nullable: true }) consensus: ConsensusMark;
  @ApiProperty({ enum: VOTE_VALUES, nullable: true }) myVote: VoteValue | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) appliedAt: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class DraftVersionResponse implements DraftVersionView {
  @ApiProperty() version: number;
  @ApiProperty() label: string;
  @ApiProperty() sha256: string;
  @ApiProperty() frozenAt: string;
}

export class AmendmentVoteResponse {
  @ApiProperty() amendmentId: string;
  @ApiProperty({ type: TallyResponse }) tally: Tally;
  @ApiProperty({ enum: VOTE_VALUES, nullable: true }) myVote: VoteValue | null;
}
