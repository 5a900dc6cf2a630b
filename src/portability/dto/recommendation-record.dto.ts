import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { NestedDto } from '../../common/http/nested';
import {
  DISPOSITIONS,
  GOVERNANCE_LEVELS,
  type ConsensusMark,
  type Disposition,
  type GovernanceLevel,
  type RecommendationStatus,
} from '#contract';
import type { SponsorSource } from '../../recommendations/recommendation-sponsor.entity';

export const RECOMMENDATION_STATUSES: readonly RecommendationStatus[] = [
  'submitted',
  'withdrawn',
  'merged',
  'hidden',
];
const SPONSOR_SOURCES: readonly SponsorSource[] = ['author', 'co_sponsor', 'merge'];
const MAX_COUNT = 10_000_000;

export class SponsorRecord {
  @ApiProperty({ format: 'uuid' }) @IsUUID() participantId: string;
  @ApiProperty({ enum: SPONSOR_SOURCES }) @IsIn(SPONSOR_SOURCES) source: SponsorSource;
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) createdAt: string;
}

/** The recommendation as it stood at one version (1 is the original submission). */
export class RevisionRecord {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty() @IsInt() @Min(1) @Max(100_000) version: number;
  @ApiProperty({ format: 'uuid' }) @IsUUID() editorId: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) title: string;
  @ApiProperty() @IsString() @MaxLength(10_000) body: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  themes: string[];

  @ApiProperty({ enum: GOVERNANCE_LEVELS })
  @IsIn(GOVERNANCE_LEVELS)
  governanceLevel: GovernanceLevel;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  changedFields: string[];

  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) createdAt: string;
}

/** A recommendation with its sponsors, its revisions and its disposition. */
export class RecommendationRecord {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() sessionId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() authorId: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) title: string;
  @ApiProperty() @IsString() @MaxLength(10_000) body: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  themes: string[];

  @ApiProperty({ enum: GOVERNANCE_LEVELS })
  @IsIn(GOVERNANCE_LEVELS)
  governanceLevel: GovernanceLevel;

  @ApiProperty({ enum: RECOMMENDATION_STATUSES })
  @IsIn(RECOMMENDATION_STATUSES)
  status: RecommendationStatus;

  @ApiProperty() @IsInt() @Min(1) @Max(100_000) version: number;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  mergedIntoId: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  hiddenReason: string | null;

  @ApiProperty({ nullable: true, enum: DISPOSITIONS })
  @IsOptional()
  @IsIn(DISPOSITIONS)
  disposition: Disposition | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  dispositionNote: string | null;

  @ApiProperty({ description: 'Must equal the support votes of the document' })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  supportCount: number;

  @ApiProperty() @IsInt() @Min(0) @Max(MAX_COUNT) opposeCount: number;
  @ApiProperty() @IsInt() @Min(0) @Max(MAX_COUNT) abstainCount: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(1) bridging: number;

  @ApiProperty({ nullable: true, enum: ['broad', 'contested'] })
  @IsOptional()
  @IsIn(['broad', 'contested'])
  consensus: ConsensusMark;

  @ApiProperty() @IsInt() @Min(0) @Max(MAX_COUNT) commentCount: number;

  @ApiProperty({ type: [SponsorRecord] })
  @IsArray()
  @ArrayMaxSize(10_000)
  @NestedDto(() => SponsorRecord, { each: true })
  sponsors: SponsorRecord[];

  @ApiProperty({ type: [RevisionRecord] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @NestedDto(() => RevisionRecord, { each: true })
  revisions: RevisionRecord[];

  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) createdAt: string;
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) updatedAt: string;
}
