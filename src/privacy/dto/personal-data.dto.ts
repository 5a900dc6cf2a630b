import { ApiProperty } from '@nestjs/swagger';
import type {
  Disposition,
  GovernanceLevel,
  RecommendationStatus,
  Stance,
  VoteValue,
} from '#contract';
import { ParticipantResponse } from '../../participants/dto/participant-response.dto';

export class PersonalRevision {
  @ApiProperty() version: number;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: [String] }) themes: string[];
  @ApiProperty() governanceLevel: GovernanceLevel;
  @ApiProperty({ format: 'uuid' }) editorId: string;
  @ApiProperty() createdAt: string;
}

export class PersonalRecommendation {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) conferenceId: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: [String] }) themes: string[];
  @ApiProperty() governanceLevel: GovernanceLevel;
  @ApiProperty() status: RecommendationStatus;
  @ApiProperty() version: number;
  @ApiProperty({ nullable: true, type: String }) disposition: Disposition | null;
  @ApiProperty({ type: [PersonalRevision] }) revisions: PersonalRevision[];
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class PersonalComment {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) recommendationId: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ nullable: true, type: String }) parentId: string | null;
  @ApiProperty({ description: 'Your own text, even when a moderator hid it' }) body: string;
  @ApiProperty() stance: Stance;
  @ApiProperty() hidden: boolean;
  @ApiProperty() createdAt: string;
}

export class PersonalVote {
  @ApiProperty({ format: 'uuid' }) recommendationId: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() value: VoteValue;
  @ApiProperty({ nullable: true, type: String }) constituency: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class PersonalSponsorship {
  @ApiProperty({ format: 'uuid' }) recommendationId: string;
  @ApiProperty({ enum: ['author', 'co_sponsor', 'merge'] }) source: string;
  @ApiProperty() createdAt: string;
}

export class PersonalAuditEntry {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() at: string;
  @ApiProperty({ nullable: true, type: String }) actorId: string | null;
  @ApiProperty() action: string;
  @ApiProperty({ nullable: true, type: String }) conferenceId: string | null;
  @ApiProperty({ nullable: true, type: String }) sessionId: string | null;
  @ApiProperty({ nullable: true, type: String }) targetType: string | null;
  @ApiProperty({ nullable: true, type: String }) targetId: string | null;
  @ApiProperty({ nullable: true, type: Object }) details: Record<string, unknown> | null;
}

/** `GET /participants/me/data`: everything Agora holds about the signed-in participant. */
export class PersonalDataResponse {
  @ApiProperty() exportedAt: string;
  @ApiProperty({ type: ParticipantResponse }) profile: ParticipantResponse;
  @ApiProperty({ type: [PersonalRecommendation] }) recommendations: PersonalRecommendation[];
  @ApiProperty({ type: [PersonalComment] }) comments: PersonalComment[];
  @ApiProperty({ type: [PersonalVote] }) votes: PersonalVote[];
  @ApiProperty({ type: [PersonalSponsorship] }) sponsorships: PersonalSponsorship[];
  @ApiProperty({
    type: [PersonalAuditEntry],
    description: 'What they did, and what was done to their account',
  })
  auditEntries: PersonalAuditEntry[];
}
