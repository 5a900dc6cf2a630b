import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  MaxLength,
} from 'class-validator';
import { NestedDto } from '../../common/http/nested';
import { AuditEntryRecord, CommentRecord, ReportRecord, VoteRecord } from './activity-record.dto';
import { ConferenceRecord } from './conference-record.dto';
import { DraftRecord } from './draft-record.dto';
import { ParticipantRecord } from './participant-record.dto';
import { RecommendationRecord } from './recommendation-record.dto';
import { SessionRecord } from './session-record.dto';

export const DOCUMENT_FORMAT = 'agora.conference';
/** 2 added the drafting room (`drafts`). */
export const DOCUMENT_VERSION = 2;
/** The versions an import reads: a version 1 document is one without drafts. */
export const READABLE_VERSIONS = [1, 2] as const;
export type DocumentVersion = (typeof READABLE_VERSIONS)[number];

/**
 * A whole conference as JSON (README, "Data portability and personal data"): what
 * `GET /conferences/:id/export` writes and `POST /conferences/import` reads. Ids are kept, so
 * references inside the document (and to it, in audit entries) stay valid.
 *
 * Every nested record is declared with `@NestedDto()`, which also requires an object
 * (`@ValidateNested()` alone lets an empty array through where a record is expected).
 */
export class ConferenceDocument {
  @ApiProperty({ enum: [DOCUMENT_FORMAT], example: DOCUMENT_FORMAT })
  @Equals(DOCUMENT_FORMAT)
  format: typeof DOCUMENT_FORMAT;

  @ApiProperty({ example: DOCUMENT_VERSION, enum: READABLE_VERSIONS })
  @IsIn(READABLE_VERSIONS)
  formatVersion: DocumentVersion;

  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) exportedAt: string;

  @ApiProperty({ type: ConferenceRecord })
  @NestedDto(() => ConferenceRecord)
  conference: ConferenceRecord;

  @ApiProperty({ type: [ParticipantRecord] })
  @IsArray()
  @ArrayMaxSize(200_000)
  @NestedDto(() => ParticipantRecord, { each: true })
  participants: ParticipantRecord[];

  @ApiProperty({ type: [SessionRecord] })
  @IsArray()
  @ArrayMaxSize(5_000)
  @NestedDto(() => SessionRecord, { each: true })
  sessions: SessionRecord[];

  @ApiProperty({ type: [RecommendationRecord] })
  @IsArray()
  @ArrayMaxSize(200_000)
  @NestedDto(() => RecommendationRecord, { each: true })
  recommendations: RecommendationRecord[];

  @ApiProperty({ type: [CommentRecord] })
  @IsArray()
  @ArrayMaxSize(1_000_000)
  @NestedDto(() => CommentRecord, { each: true })
  comments: CommentRecord[];

  @ApiProperty({ type: [VoteRecord] })
  @IsArray()
  @ArrayMaxSize(5_000_000)
  @NestedDto(() => VoteRecord, { each: true })
  votes: VoteRecord[];

  @ApiProperty({ type: [ReportRecord] })
  @IsArray()
  @ArrayMaxSize(10_000)
  @NestedDto(() => ReportRecord, { each: true })
  reports: ReportRecord[];

  @ApiProperty({
    type: [DraftRecord],
    description: 'Format version 2 on (required there); a version 1 document has none',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1_000)
  @NestedDto(() => DraftRecord, { each: true })
  drafts: DraftRecord[];

  @ApiProperty({ type: [AuditEntryRecord] })
  @IsArray()
  @ArrayMaxSize(10_000_000)
  @NestedDto(() => AuditEntryRecord, { each: true })
  auditEntries: AuditEntryRecord[];
}

export class ImportCounts {
  @ApiProperty() participantsCreated: number;
  @ApiProperty({ description: 'Platform-wide participants already here (same id and email)' })
  participantsReused: number;
  @ApiProperty() sessions: number;
  @ApiProperty() recommendations: number;
  @ApiProperty() comments: number;
  @ApiProperty() votes: number;
  @ApiProperty() reports: number;
  @ApiProperty() drafts: number;
  @ApiProperty() amendments: number;
  @ApiProperty() auditEntries: number;
}

export class ImportResult {
  @ApiProperty({ format: 'uuid' }) conferenceId: string;
  @ApiProperty() slug: string;
  @ApiProperty({ type: ImportCounts }) counts: ImportCounts;
  @ApiProperty({
    description:
      'Imported participants have no access code yet: issue one with POST /participants/{id}/access-code',
  })
  note: string;
}
