import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { STANCES, VOTE_VALUES, type Stance, type VoteValue } from '#contract';
import { LANGUAGES, type Language } from '../../participants/participant.constants';
import type { ReportStatus } from '../../reports/report-version.entity';
import { IsJsonObject } from './json-fields';

export class CommentRecord {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() recommendationId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() sessionId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() authorId: string;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  parentId: string | null;

  @ApiProperty() @IsString() @MaxLength(10_000) body: string;
  @ApiProperty({ enum: STANCES }) @IsIn(STANCES) stance: Stance;
  @ApiProperty() @IsBoolean() hidden: boolean;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  hiddenReason: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  hiddenById: string | null;

  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) createdAt: string;
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) updatedAt: string;
}

export class VoteRecord {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() recommendationId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() sessionId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() participantId: string;

  @ApiProperty({ nullable: true, type: String, description: "The voter's constituency then" })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  constituency: string | null;

  @ApiProperty({ enum: VOTE_VALUES }) @IsIn(VOTE_VALUES) value: VoteValue;
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) createdAt: string;
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) updatedAt: string;
}

/** A compiled version of the outcome document, its document kept exactly as stored. */
export class ReportRecord {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty() @IsInt() @Min(1) @Max(1_000_000) version: number;
  @ApiProperty({ enum: ['draft', 'final'] }) @IsIn(['draft', 'final']) status: ReportStatus;
  @ApiProperty({ enum: LANGUAGES }) @IsIn(LANGUAGES) language: Language;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  sessionIds: string[];

  @ApiProperty() @IsString() @Matches(/^[0-9a-f]{64}$/) sha256: string;

  @ApiProperty({ description: 'The OutcomeDocument as the canonical JSON it was stored as' })
  @IsString()
  @MaxLength(20_000_000)
  document: string;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  createdById: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(40)
  finalizedAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  finalizedById: string | null;

  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) createdAt: string;
}

export class AuditEntryRecord {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) createdAt: string;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  actorId: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  actorRole: string | null;

  @ApiProperty() @IsString() @MinLength(1) @MaxLength(60) action: string;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  sessionId: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  targetType: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  targetId: string | null;

  @ApiProperty({ nullable: true, type: Object })
  @IsOptional()
  @IsJsonObject(100_000)
  details: Record<string, unknown> | null;
}
