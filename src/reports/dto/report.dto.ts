import type { CompileReportInput } from '#contract';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import type { LanguageVersionView, ReportVersionView } from '#contract';
import { LANGUAGES, type Language } from '../../participants/participant.constants';
import { REPORT_FORMAT_NAMES, type ReportFormat } from '../render';
import type { ReportStatus, ReportVersion } from '../report-version.entity';

export const MAX_SESSIONS_PER_REPORT = 1000;

export class CompileReportDto implements CompileReportInput {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: MAX_SESSIONS_PER_REPORT,
    description: 'Closed sessions of the conference to compile; every closed session when absent',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SESSIONS_PER_REPORT)
  @ArrayUnique()
  // Ids are checked against the conference's closed sessions, with a message naming sessionIds.N.
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  sessionIds?: string[];

  @ApiPropertyOptional({
    enum: LANGUAGES,
    description: "One of the conference's languages; its first language when absent",
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class DownloadReportDto {
  @ApiProperty({ enum: REPORT_FORMAT_NAMES })
  @IsIn(REPORT_FORMAT_NAMES)
  format: ReportFormat;
}

export class LanguageVersionResponse implements LanguageVersionView {
  @ApiProperty() id: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
}

/** A version without its document (GET /reports/:id gives the document). */
export class ReportVersionResponse implements ReportVersionView {
  @ApiProperty() id: string;
  @ApiProperty() conferenceId: string;
  @ApiProperty({ description: '1, 2, … per conference' }) version: number;
  @ApiProperty({ enum: ['draft', 'final'] }) status: ReportStatus;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty({
    description:
      "SHA-256 of the document's content (not its version number, status or compile time)",
  })
  sha256: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'SHA-256 of the language-independent content (recommendations as written, votes, tallies, dispositions, sessions): the same in every language version of one outcome; null for versions compiled before it was recorded',
  })
  contentSha256: string | null;
  @ApiProperty({
    type: [LanguageVersionResponse],
    description: 'The versions in other languages with the same contentSha256, oldest first',
  })
  languageVersions: LanguageVersionResponse[];
  @ApiProperty({ type: [String] }) sessionIds: string[];
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) finalizedAt: string | null;

  /** `versions`: the conference's other versions, among which its language versions are found. */
  static from(row: ReportVersion, versions: readonly ReportVersion[] = []): ReportVersionResponse {
    const languageVersions = row.contentSha256
      ? versions
          .filter((v) => v.contentSha256 === row.contentSha256 && v.language !== row.language)
          .sort((a, b) => a.version - b.version)
          .map((v) => ({ id: v.id, version: v.version, language: v.language }))
      : [];
    return {
      id: row.id,
      conferenceId: row.conferenceId,
      version: row.version,
      status: row.status,
      language: row.language,
      sha256: row.sha256,
      contentSha256: row.contentSha256 ?? null,
      languageVersions,
      sessionIds: row.sessionIds,
      createdAt: row.createdAt.toISOString(),
      finalizedAt: row.finalizedAt ? row.finalizedAt.toISOString() : null,
    };
  }
}
