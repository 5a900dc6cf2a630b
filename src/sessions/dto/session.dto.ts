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
import { SESSION_KINDS } from '../session.constants';
import type { SessionKind } from '../session.constants';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateSessionDto {
  @ApiProperty({ maxLength: 300 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
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

  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  room?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
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

export class SetModeratorsDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  participantIds: string[];
}

export class SessionSummaryDto {
  @ApiProperty({
    maxLength: 20000,
    description: 'The moderator’s summary of the session, for the outcome document',
  })
  @IsString()
  @MaxLength(20000)
  text: string;
}
