import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO31661Alpha2,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { NestedDto } from '../../common/http/nested';
import { AdoptionRuleDto } from '../../conferences/dto/conference.dto';
import { IsTranslations } from '../../common/i18n/translations.validator';
import {
  CONFERENCE_TRANSLATED_LISTS,
  CONFERENCE_TRANSLATED_TEXTS,
  type ConferenceTranslations,
} from '../../conferences/conference.entity';
import { LANGUAGES, type Language } from '../../participants/participant.constants';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The conference row as exported and imported (field limits as the entity's columns). */
export class ConferenceRecord {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;

  @ApiProperty({ maxLength: 80 })
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'conference.slug must be lower-case letters, digits and dashes',
  })
  @MaxLength(80)
  slug: string;

  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) title: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(120) city: string;
  @ApiProperty() @IsISO31661Alpha2() country: string;
  @ApiProperty() @IsString() @MaxLength(60) timezone: string;

  @ApiProperty({ example: '2017-11-16' })
  @IsString()
  @Matches(DATE, { message: 'conference.startsOn must be a date YYYY-MM-DD' })
  startsOn: string;

  @ApiProperty({ example: '2017-11-17' })
  @IsString()
  @Matches(DATE, { message: 'conference.endsOn must be a date YYYY-MM-DD' })
  endsOn: string;

  @ApiProperty() @IsString() @MaxLength(80) framework: string;

  @ApiProperty({ enum: LANGUAGES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LANGUAGES.length)
  @ArrayUnique()
  @IsIn(LANGUAGES, { each: true })
  languages: Language[];

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  targetProcess: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  introduction: string | null;

  @ApiProperty({ nullable: true, type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  hosts: string[] | null;

  @ApiProperty({ nullable: true, type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  partners: string[] | null;

  @ApiProperty({ type: AdoptionRuleDto })
  @NestedDto(() => AdoptionRuleDto)
  adoptionRule: AdoptionRuleDto;

  @ApiProperty({ nullable: true, type: Object })
  @IsOptional()
  @IsTranslations({
    texts: CONFERENCE_TRANSLATED_TEXTS,
    lists: CONFERENCE_TRANSLATED_LISTS,
    maxLength: 20000,
  })
  translations: ConferenceTranslations | null;

  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) createdAt: string;
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) updatedAt: string;
}
