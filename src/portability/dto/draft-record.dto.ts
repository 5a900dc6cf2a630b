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
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  AMENDMENT_KINDS,
  DRAFT_STATUSES,
  PARAGRAPH_KINDS,
  SPEAKER_MODES,
  VOTE_VALUES,
  type AmendmentKind,
  type ConsensusMark,
  type DraftStatus,
  type ParagraphKind,
  type SpeakerMode,
  type VoteValue,
} from '#contract';
import { NestedDto } from '../../common/http/nested';
import {
  AMENDMENT_STATUSES,
  type AmendmentStatus,
} from '../../drafts/entities/draft-amendment.entity';
import type { SilenceStatus } from '../../drafts/entities/draft-silence.entity';
import { LANGUAGES, type Language } from '../../participants/participant.constants';
import type { SpeakerRequestStatus, SpeakerTopicKind } from '../../speakers/speaker-request.entity';

/** Field limits as the drafting room's own inputs (src/drafts/dto/draft.dto.ts), with room to spare. */
const TEXT_MAX = 10_000;
const REASON_MAX = 2_000;
const ALTERNATIVES_MAX = 5;
const MAX_COUNT = 10_000_000;
/** A frozen version's canonical JSON: the whole draft with its translations. */
const VERSION_CONTENT_MAX = 20_000_000;

const SILENCE_STATUSES: readonly SilenceStatus[] = ['running', 'broken', 'adopted'];
const SPONSOR_SOURCES = ['author', 'co_sponsor'] as const;
const REQUEST_STATUSES: readonly SpeakerRequestStatus[] = [
  'waiting',
  'speaking',
  'spoken',
  'withdrawn',
];
const TOPIC_KINDS: readonly SpeakerTopicKind[] = ['recommendation', 'paragraph', 'amendment'];

class Timestamps {
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) createdAt: string;
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) updatedAt: string;
}

/** A paragraph in another conference language, and the paragraph's version it translates. */
export class ParagraphTranslationRecord {
  @ApiProperty({ enum: LANGUAGES }) @IsIn(LANGUAGES) language: Language;
  @ApiProperty() @IsString() @MaxLength(TEXT_MAX) text: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(ALTERNATIVES_MAX)
  @IsString({ each: true })
  @MaxLength(TEXT_MAX, { each: true })
  alternatives: string[];

  @ApiProperty() @IsInt() @Min(1) @Max(MAX_COUNT) paragraphVersion: number;
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) updatedAt: string;
}

/** A paragraph, deleted ones included (amendments that named them still point at them). */
export class DraftParagraphRecord extends Timestamps {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty() @IsInt() @Min(0) @Max(MAX_COUNT) position: number;
  @ApiProperty({ enum: PARAGRAPH_KINDS }) @IsIn(PARAGRAPH_KINDS) kind: ParagraphKind;
  @ApiProperty() @IsString() @MaxLength(TEXT_MAX) text: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(ALTERNATIVES_MAX)
  @IsString({ each: true })
  @MaxLength(TEXT_MAX, { each: true })
  alternatives: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Recommendations it came from' })
  @IsArray()
  @ArrayMaxSize(1_000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  sources: string[];

  @ApiProperty() @IsInt() @Min(1) @Max(MAX_COUNT) version: number;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(40)
  deletedAt: string | null;

  @ApiProperty({ type: [ParagraphTranslationRecord] })
  @IsArray()
  @ArrayMaxSize(LANGUAGES.length)
  @NestedDto(() => ParagraphTranslationRecord, { each: true })
  translations: ParagraphTranslationRecord[];
}

export class AmendmentSponsorRecord {
  @ApiProperty({ format: 'uuid' }) @IsUUID() participantId: string;
  @ApiProperty({ enum: SPONSOR_SOURCES })
  @IsIn(SPONSOR_SOURCES)
  source: (typeof SPONSOR_SOURCES)[number];
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) createdAt: string;
}

export class AmendmentVoteRecord extends Timestamps {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() participantId: string;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  constituency: string | null;

  @ApiProperty({ enum: VOTE_VALUES }) @IsIn(VOTE_VALUES) value: VoteValue;
}

/** An amendment with its sponsors, its votes and how it was decided. */
export class AmendmentRecord extends Timestamps {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() paragraphId: string;
  @ApiProperty({ enum: AMENDMENT_KINDS }) @IsIn(AMENDMENT_KINDS) kind: AmendmentKind;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  text: string | null;

  @ApiProperty() @IsString() @MinLength(1) @MaxLength(REASON_MAX) reason: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() authorId: string;
  @ApiProperty({ enum: AMENDMENT_STATUSES }) @IsIn(AMENDMENT_STATUSES) status: AmendmentStatus;
  @ApiProperty() @IsInt() @Min(1) @Max(MAX_COUNT) baseVersion: number;
  @ApiProperty() @IsString() @MaxLength(TEXT_MAX) baseText: string;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  compromiseText: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  decidedById: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(40)
  decidedAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(40)
  appliedAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  createdParagraphId: string | null;

  @ApiProperty({ description: 'Must equal the support votes of the amendment' })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  supportCount: number;

  @ApiProperty() @IsInt() @Min(0) @Max(MAX_COUNT) opposeCount: number;
  @ApiProperty() @IsInt() @Min(0) @Max(MAX_COUNT) abstainCount: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(1) bridging: number;

  @ApiProperty({ nullable: true, enum: ['broad', 'contested'] })
  @IsOptional()
  @IsIn(['broad', 'contested'])
  consensus: ConsensusMark;

  @ApiProperty({ type: [AmendmentSponsorRecord] })
  @IsArray()
  @ArrayMaxSize(10_000)
  @NestedDto(() => AmendmentSponsorRecord, { each: true })
  sponsors: AmendmentSponsorRecord[];

  @ApiProperty({ type: [AmendmentVoteRecord] })
  @IsArray()
  @ArrayMaxSize(1_000_000)
  @NestedDto(() => AmendmentVoteRecord, { each: true })
  votes: AmendmentVoteRecord[];
}

/** A frozen version: its canonical content exactly as stored, so its SHA-256 still holds. */
export class DraftVersionRecord {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty() @IsInt() @Min(0) @Max(MAX_COUNT) version: number;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) label: string;

  @ApiProperty()
  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lower-case hexadecimal digits' })
  sha256: string;

  @ApiProperty() @IsString() @MaxLength(VERSION_CONTENT_MAX) content: string;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  frozenById: string | null;

  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) frozenAt: string;
}

export class SilenceRecord extends Timestamps {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) until: string;
  @ApiProperty({ enum: SILENCE_STATUSES }) @IsIn(SILENCE_STATUSES) status: SilenceStatus;
  @ApiProperty({ format: 'uuid' }) @IsUUID() startedById: string;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  brokenById: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  brokenByOrganisation: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(40)
  brokenAt: string | null;

  @ApiProperty({ nullable: true, type: [Number] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsInt({ each: true })
  @Min(1, { each: true })
  paragraphNumbers: number[] | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(REASON_MAX)
  reason: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(40)
  endedAt: string | null;
}

/** A request for the floor on the draft's speakers' list and, once called, its turn. */
export class SpeakerRequestRecord extends Timestamps {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() participantId: string;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  constituency: string | null;

  @ApiProperty({ enum: REQUEST_STATUSES })
  @IsIn(REQUEST_STATUSES)
  status: SpeakerRequestStatus;

  @ApiProperty({ nullable: true, enum: TOPIC_KINDS })
  @IsOptional()
  @IsIn(TOPIC_KINDS)
  topicKind: SpeakerTopicKind | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  topicId: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(40)
  startedAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(40)
  endedAt: string | null;

  @ApiProperty({ nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  seconds: number | null;
}

export class SpeakerListRecord extends Timestamps {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty({ enum: SPEAKER_MODES }) @IsIn(SPEAKER_MODES) mode: SpeakerMode;
  @ApiProperty() @IsInt() @Min(1) @Max(86_400) turnSeconds: number;

  @ApiProperty({ type: [SpeakerRequestRecord] })
  @IsArray()
  @ArrayMaxSize(100_000)
  @NestedDto(() => SpeakerRequestRecord, { each: true })
  requests: SpeakerRequestRecord[];
}

/** A draft of the drafting room with everything it holds (format version 2 on). */
export class DraftRecord extends Timestamps {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) title: string;
  @ApiProperty({ enum: LANGUAGES }) @IsIn(LANGUAGES) language: Language;
  @ApiProperty({ enum: DRAFT_STATUSES }) @IsIn(DRAFT_STATUSES) status: DraftStatus;
  @ApiProperty() @IsInt() @Min(0) @Max(MAX_COUNT) version: number;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  fromReportId: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  framework: string | null;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  createdById: string | null;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  chairIds: string[];

  @ApiProperty({ type: [DraftParagraphRecord] })
  @IsArray()
  @ArrayMaxSize(100_000)
  @NestedDto(() => DraftParagraphRecord, { each: true })
  paragraphs: DraftParagraphRecord[];

  @ApiProperty({ type: [AmendmentRecord] })
  @IsArray()
  @ArrayMaxSize(100_000)
  @NestedDto(() => AmendmentRecord, { each: true })
  amendments: AmendmentRecord[];

  @ApiProperty({ type: [DraftVersionRecord] })
  @IsArray()
  @ArrayMaxSize(10_000)
  @NestedDto(() => DraftVersionRecord, { each: true })
  versions: DraftVersionRecord[];

  @ApiProperty({ type: [SilenceRecord] })
  @IsArray()
  @ArrayMaxSize(10_000)
  @NestedDto(() => SilenceRecord, { each: true })
  silences: SilenceRecord[];

  @ApiProperty({ nullable: true, type: SpeakerListRecord })
  @IsOptional()
  @NestedDto(() => SpeakerListRecord)
  speakers: SpeakerListRecord | null;
}
