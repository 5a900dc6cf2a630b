import type {
  ParticipantIdsInput,
  SessionInput,
  SessionTranslations,
  SessionUpdateInput,
  SummaryInput,
} from '#contract';
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
  ValidateBy,
} from 'class-validator';
import { LANGUAGES, LIMITS, SESSION_KINDS, type SessionKind } from '#contract';
import { IsTranslations } from '../../common/i18n/translations.validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Trims each translated text and drops the blank ones: a blank translation means "use the original". */
const trimTranslations = ({ value }: { value: unknown }) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([field, perLanguage]) => {
      if (typeof perLanguage !== 'object' || perLanguage === null || Array.isArray(perLanguage))
        return [field, perLanguage];
      const kept = Object.entries(perLanguage as Record<string, unknown>)
        .map(([language, text]) => [language, typeof text === 'string' ? text.trim() : text])
        .filter(([, text]) => text !== '');
      return [field, Object.fromEntries(kept)];
    }),
  );
};

/** The translated titles within the title's own limit (IsTranslations checks one limit for all). */
function TranslatedTitlesFit() {
  return ValidateBy({
    name: 'maxLength',
    validator: {
      validate: (value: SessionTranslations | undefined) =>
        Object.values(value?.title ?? {}).every(
          (text) => typeof text !== 'string' || text.length <= LIMITS.sessionTitle,
        ),
      defaultMessage: () =>
        `translations.title must be shorter than or equal to ${LIMITS.sessionTitle} characters in every language`,
    },
  });
}

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

  @ApiPropertyOptional({
    type: Object,
    description:
      'Per-language title and description, e.g. {"title": {"fr": "Droits humains des migrants"}}; blank texts are dropped',
  })
  @IsOptional()
  @Transform(trimTranslations)
  @IsTranslations({
    texts: ['title', 'description'],
    maxLength: LIMITS.sessionDescription,
    languages: LANGUAGES,
  })
  @TranslatedTitlesFit()
  translations?: SessionTranslations;
}

export class UpdateSessionDto
  extends PartialType(OmitType(CreateSessionDto, ['moderatorIds'] as const))
  implements SessionUpdateInput {}

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
