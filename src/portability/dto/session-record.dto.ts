import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
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
import { RECOMMENDATION_STATUSES } from './recommendation-record.dto';
import type { ConsensusMark, RecommendationStatus } from '#contract';
import {
  SESSION_KINDS,
  SESSION_STATUSES,
  type SessionKind,
  type SessionStatus,
} from '../../sessions/session.constants';
import { IsTranslations } from './json-fields';

const MAX_COUNT = 10_000_000;

/** One recommendation's tally as frozen when its session closed. */
export class FrozenTallyRecord {
  @ApiProperty({ format: 'uuid' }) @IsUUID() recommendationId: string;

  @ApiProperty({ enum: RECOMMENDATION_STATUSES })
  @IsIn(RECOMMENDATION_STATUSES)
  status: RecommendationStatus;

  @ApiProperty() @IsInt() @Min(0) @Max(MAX_COUNT) support: number;
  @ApiProperty() @IsInt() @Min(0) @Max(MAX_COUNT) oppose: number;
  @ApiProperty() @IsInt() @Min(0) @Max(MAX_COUNT) abstain: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(1) bridging: number;

  @ApiProperty({ nullable: true, enum: ['broad', 'contested'] })
  @IsOptional()
  @IsIn(['broad', 'contested'])
  consensus: ConsensusMark;
}

/** A closing record: every recommendation's final tally when the session closed. */
export class ClosingRecord {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  closedById: string | null;

  @ApiProperty({ type: [FrozenTallyRecord] })
  @IsArray()
  @ArrayMaxSize(100_000)
  @NestedDto(() => FrozenTallyRecord, { each: true })
  tallies: FrozenTallyRecord[];

  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) createdAt: string;
}

export class SessionRecord {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) title: string;
  @ApiProperty({ enum: SESSION_KINDS }) @IsIn(SESSION_KINDS) kind: SessionKind;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  room: string | null;

  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) startsAt: string;
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) endsAt: string;
  @ApiProperty({ enum: SESSION_STATUSES }) @IsIn(SESSION_STATUSES) status: SessionStatus;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  summary: string | null;

  @ApiProperty({ nullable: true, type: Object })
  @IsOptional()
  @IsTranslations(['title', 'description'], 5000)
  translations: { title?: Record<string, string>; description?: Record<string, string> } | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(40)
  closedAt: string | null;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  moderatorIds: string[];

  @ApiProperty({ type: [ClosingRecord] })
  @IsArray()
  @ArrayMaxSize(1000)
  @NestedDto(() => ClosingRecord, { each: true })
  closings: ClosingRecord[];

  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) createdAt: string;
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) updatedAt: string;
}
