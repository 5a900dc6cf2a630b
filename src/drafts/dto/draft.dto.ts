import type {
  AmendmentInput,
  AmendmentUpdateInput,
  BreakSilenceInput,
  DraftInput,
  FreezeVersionInput,
  MoveParagraphInput,
  ParagraphInput,
  ParagraphUpdateInput,
  ParticipantIdsInput,
  ProcedureInput,
  SilenceInput,
  TranslationInput,
} from '#contract';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  AMENDMENT_KINDS,
  AMENDMENT_PROCEDURES,
  PARAGRAPH_KINDS,
  type AmendmentKind,
  type AmendmentProcedure,
  type AmendmentStatus,
  type ParagraphKind,
} from '#contract';
import { LANGUAGES, type Language } from '../../participants/participant.constants';

const AMENDMENT_STATUS_NAMES: readonly AmendmentStatus[] = [
  'proposed',
  'accepted',
  'accepted_modified',
  'rejected',
  'withdrawn',
  'voting',
  'adopted',
  'not_adopted',
];

export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

export const DRAFT_TITLE_MAX = 300;
export const PARAGRAPH_TEXT_MAX = 10_000;
export const ALTERNATIVES_MAX = 5;
export const REASON_MAX = 2_000;
export const CHAIRS_MAX = 20;

export class CreateDraftDto implements DraftInput {
  @ApiProperty({
    maxLength: DRAFT_TITLE_MAX,
    example: 'Mechelen Declaration on Cities and Migration',
  })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(DRAFT_TITLE_MAX)
  title: string;

  @ApiProperty({ enum: LANGUAGES, description: 'The drafting language, one of the conference’s' })
  @IsIn(LANGUAGES)
  language: Language;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'A compiled outcome-document version of the conference to make the paragraphs from',
  })
  @IsOptional()
  @IsUUID()
  fromReportId?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Moderators (or secretariat accounts) chairing the draft',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CHAIRS_MAX)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  chairIds?: string[];
}

export class SetChairsDto implements ParticipantIdsInput {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(CHAIRS_MAX)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  participantIds: string[];
}

class AlternativesField {
  @ApiPropertyOptional({ type: [String], description: 'Alternative wordings (Alt. 1, Alt. 2 …)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ALTERNATIVES_MAX)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(PARAGRAPH_TEXT_MAX, { each: true })
  alternatives?: string[];
}

export class CreateParagraphDto extends AlternativesField implements ParagraphInput {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The paragraph to insert after; omitted: at the beginning of the draft',
  })
  @IsOptional()
  @IsUUID()
  afterId?: string;

  @ApiProperty({ enum: PARAGRAPH_KINDS })
  @IsIn(PARAGRAPH_KINDS)
  kind: ParagraphKind;

  @ApiProperty({ maxLength: PARAGRAPH_TEXT_MAX })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(PARAGRAPH_TEXT_MAX)
  text: string;
}

export class UpdateParagraphDto extends AlternativesField implements ParagraphUpdateInput {
  @ApiProperty({
    description: 'The version this edit was made from; a stale one is refused with 409',
  })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version: number;

  @ApiPropertyOptional({ enum: PARAGRAPH_KINDS })
  @IsOptional()
  @IsIn(PARAGRAPH_KINDS)
  kind?: ParagraphKind;

  @ApiPropertyOptional({ maxLength: PARAGRAPH_TEXT_MAX })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(PARAGRAPH_TEXT_MAX)
  text?: string;
}

export class MoveParagraphDto implements MoveParagraphInput {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The paragraph to move after; omitted: to the beginning of the draft',
  })
  @IsOptional()
  @IsUUID()
  afterId?: string;
}

export class DeleteParagraphQuery {
  @ApiProperty({ description: 'The version the deletion was decided on (409 when stale)' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version: number;
}

export class TranslationDto extends AlternativesField implements TranslationInput {
  @ApiProperty({ maxLength: PARAGRAPH_TEXT_MAX })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(PARAGRAPH_TEXT_MAX)
  text: string;
}

export class FreezeVersionDto implements FreezeVersionInput {
  @ApiPropertyOptional({
    maxLength: 100,
    description: 'Default: "Zero draft", then "Rev.1", "Rev.2" …',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  label?: string;
}

export class SilenceDto implements SilenceInput {
  @ApiProperty({ description: 'ISO 8601 date-time, in the future: the deadline' })
  @IsISO8601({ strict: true })
  until: string;
}

export class BreakSilenceDto implements BreakSilenceInput {
  @ApiProperty({ type: [Number], description: 'The paragraphs (their numbers) objected to' })
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(100_000, { each: true })
  paragraphNumbers: number[];

  @ApiProperty({ maxLength: REASON_MAX })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(REASON_MAX)
  reason: string;
}

const FORMATS = ['docx', 'pdf', 'html', 'md', 'json'] as const;

export class DownloadVersionQuery {
  @ApiProperty({ enum: FORMATS })
  @IsIn(FORMATS)
  format: (typeof FORMATS)[number];

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Default: the drafting language' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Number the lines of the text' })
  @IsOptional()
  @IsIn(['true', 'false', '1', '0'])
  lineNumbers?: string;
}

export class CompareVersionsQuery {
  @ApiProperty({ description: 'The earlier version’s number' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  from: number;

  @ApiProperty({ description: 'The later version’s number' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  to: number;

  @ApiProperty({ enum: FORMATS })
  @IsIn(FORMATS)
  format: (typeof FORMATS)[number];

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class ProposeAmendmentDto implements AmendmentInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  paragraphId: string;

  @ApiProperty({ enum: AMENDMENT_KINDS })
  @IsIn(AMENDMENT_KINDS)
  kind: AmendmentKind;

  @ApiPropertyOptional({
    maxLength: PARAGRAPH_TEXT_MAX,
    description: 'The new wording (replace) or the new paragraph (insert_after); not for delete',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(PARAGRAPH_TEXT_MAX)
  text?: string;

  @ApiProperty({ maxLength: REASON_MAX })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(REASON_MAX)
  reason: string;

  @ApiProperty({ description: 'The paragraph’s version the amendment is filed against' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  baseVersion: number;
}

export class UpdateAmendmentDto implements AmendmentUpdateInput {
  @ApiPropertyOptional({ maxLength: PARAGRAPH_TEXT_MAX })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(PARAGRAPH_TEXT_MAX)
  text?: string;

  @ApiPropertyOptional({ maxLength: REASON_MAX })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(REASON_MAX)
  reason?: string;

  @ApiProperty({
    description: 'The paragraph’s current version: an outdated amendment is brought up to date so',
  })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  baseVersion: number;
}

export class ListAmendmentsQuery {
  @ApiPropertyOptional({ enum: AMENDMENT_STATUS_NAMES })
  @IsOptional()
  @IsIn(AMENDMENT_STATUS_NAMES)
  status?: AmendmentStatus;
}

export class ProcedureDto implements ProcedureInput {
  @ApiProperty({ enum: AMENDMENT_PROCEDURES })
  @IsIn(AMENDMENT_PROCEDURES)
  procedure: AmendmentProcedure;

  @ApiPropertyOptional({
    maxLength: PARAGRAPH_TEXT_MAX,
    description: 'The compromise wording (accept_modified only)',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(PARAGRAPH_TEXT_MAX)
  text?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  note?: string;
}
