import { ApiProperty } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO31661Alpha2,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  CONSTITUENCIES,
  LANGUAGES,
  ROLES,
  type Constituency,
  type Language,
  type Role,
} from '../../participants/participant.constants';

/**
 * A participant of the conference: accredited to it, or referenced by its rows (author, sponsor,
 * voter, commenter, moderator). Never the secret hash: imported participants sign in only once
 * the secretariat has issued them a new access code.
 */
export class ParticipantRecord {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiProperty() @IsEmail() @MaxLength(254) email: string;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisation: string | null;

  @ApiProperty({ nullable: true, enum: CONSTITUENCIES })
  @IsOptional()
  @IsIn(CONSTITUENCIES)
  constituency: Constituency | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsISO31661Alpha2()
  country: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  city: string | null;

  @ApiProperty({ enum: LANGUAGES }) @IsIn(LANGUAGES) language: Language;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role: Role;

  @ApiProperty({ nullable: true, type: String, description: 'null: platform-wide' })
  @IsOptional()
  @IsUUID()
  conferenceId: string | null;

  @ApiProperty() @IsBoolean() active: boolean;
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) createdAt: string;
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) updatedAt: string;
}
