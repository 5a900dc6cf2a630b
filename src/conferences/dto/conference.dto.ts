import type { ConferenceInput } from '#contract';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import type { ConferenceView } from '#contract';
import { NestedDto } from '../../common/http/nested';
import { LANGUAGES } from '#contract';
import type { Language } from '#contract';
import { IsTranslations } from '../../common/i18n/translations.validator';
import {
  CONFERENCE_TRANSLATED_LISTS,
  CONFERENCE_TRANSLATED_TEXTS,
  type AdoptionRule,
  type Conference,
  type ConferenceTranslations,
} from '../conference.entity';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class AdoptionRuleDto implements AdoptionRule {
  @ApiProperty({ minimum: 0, maximum: 100000, default: 5 })
  @IsInt()
  @Min(0)
  @Max(100000)
  minVotes: number;

  @ApiProperty({ minimum: 0, maximum: 1, default: 0.6 })
  @IsNumber()
  @Min(0)
  @Max(1)
  minSupportShare: number;
}

export class CreateConferenceDto implements ConferenceInput {
  @ApiProperty({ maxLength: 300 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional({
    description: 'URL name; derived from the title when absent',
    pattern: '^[a-z0-9-]+$',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'slug must be lower-case letters, digits and dashes',
  })
  @MaxLength(80)
  slug?: string;

  @ApiProperty({ maxLength: 120 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  city: string;

  @ApiProperty({ example: 'BE' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.toUpperCase() : value,
  )
  @IsISO31661Alpha2()
  country: string;

  @ApiPropertyOptional({ example: 'Europe/Brussels', default: 'UTC' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  timezone?: string;

  @ApiProperty({ example: '2017-11-16' })
  @IsString()
  @Matches(DATE, { message: 'startsOn must be a date YYYY-MM-DD' })
  startsOn: string;

  @ApiProperty({ example: '2017-11-17' })
  @IsString()
  @Matches(DATE, { message: 'endsOn must be a date YYYY-MM-DD' })
  endsOn: string;

  @ApiProperty({ example: 'gcm-objectives', description: 'Id of a framework of GET /frameworks' })
  @IsString()
  @MaxLength(80)
  framework: string;

  @ApiProperty({ enum: LANGUAGES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LANGUAGES.length)
  @ArrayUnique()
  @IsIn(LANGUAGES, { each: true })
  languages: Language[];

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  targetProcess?: string;

  @ApiPropertyOptional({ maxLength: 20000, description: 'Introduction of the outcome document' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  introduction?: string;

  @ApiPropertyOptional({ type: AdoptionRuleDto })
  @IsOptional()
  @NestedDto(() => AdoptionRuleDto)
  adoptionRule?: AdoptionRuleDto;

  @ApiPropertyOptional({
    type: Object,
    description:
      'Per-language title, targetProcess, introduction and city (one text each), hosts and partners (lists), e.g. {"city": {"fr": "Malines", "ar": "مشلن"}}',
  })
  @IsOptional()
  @IsTranslations({
    texts: CONFERENCE_TRANSLATED_TEXTS,
    lists: CONFERENCE_TRANSLATED_LISTS,
    maxLength: 20000,
    languages: LANGUAGES,
  })
  translations?: ConferenceTranslations;
}

export class UpdateConferenceDto extends PartialType(CreateConferenceDto) {}

export class ConferenceResponse implements ConferenceView {
  @ApiProperty() id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty() city: string;
  @ApiProperty() country: string;
  @ApiProperty() timezone: string;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;
  @ApiProperty() framework: string;
  @ApiProperty({ enum: LANGUAGES, isArray: true }) languages: Language[];
  @ApiProperty({ nullable: true, type: String }) targetProcess: string | null;
  @ApiProperty({ nullable: true, type: String }) introduction: string | null;
  @ApiProperty({ type: [String] }) hosts: string[];
  @ApiProperty({ type: [String] }) partners: string[];
  @ApiProperty({ type: AdoptionRuleDto }) adoptionRule: AdoptionRule;
  @ApiProperty({
    type: Object,
    description: 'Per-language title, targetProcess, introduction, city, hosts and partners',
  })
  translations: ConferenceTranslations;

  static from(c: Conference): ConferenceResponse {
    return {
      id: c.id,
      slug: c.slug,
      title: c.title,
      city: c.city,
      country: c.country,
      timezone: c.timezone,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      framework: c.framework,
      languages: c.languages,
      targetProcess: c.targetProcess,
      introduction: c.introduction,
      hosts: c.hosts ?? [],
      partners: c.partners ?? [],
      adoptionRule: c.adoptionRule,
      translations: c.translations ?? {},
    };
  }
}
