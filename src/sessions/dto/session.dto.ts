import type { ParticipantIdsInput, SessionInput, SummaryInput } from '#contract';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { LIMITS, SESSION_KINDS, type SessionKind } from '#contract';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateSessionDto implements SessionInput {
  @ApiProperty({ maxLength: LIMITS.sessionTitle })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.sessionTitle)
  title: string;

  @ApiProperty({ enum: SESSION_KINDS })
  @IsIn(SESSION_KINDS)
  kind: SessionKind;

  @ApiProperty({ example: '2017-11-16T09:30:00Z' })
  @IsISO8601({ strict: true })
  @MaxLength(40)
  startsAt: string;

  @ApiProperty({ example: '2017-11-16T11:00:00Z' })
  @IsISO8601({ strict: true })
  @MaxLength(40)
  endsAt: string;

  @ApiPropertyOptional({ maxLength: LIMITS.sessionRoom })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.sessionRoom)
  room?: string;

  @ApiPropertyOptional({ maxLength: LIMITS.sessionDescription })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.sessionDescription)
  description?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  moderatorIds?: string[];
}

export class UpdateSessionDto extends PartialType(
  OmitType(CreateSessionDto, ['moderatorIds'] as const),
) {}

export class SetModeratorsDto implements ParticipantIdsInput {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  participantIds: string[];
}

export class SessionSummaryDto implements SummaryInput {
  @ApiProperty({
    maxLength: LIMITS.sessionSummary,
    description: 'The moderator’s summary of the session, for the outcome document',
  })
  @IsString()
  @MaxLength(LIMITS.sessionSummary)
  text: string;
}
