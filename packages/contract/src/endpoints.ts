/**
 * The REST routes clients call, one entry per route of API.md: what each answers and what it
 * takes. The client's `ApiClient.call` is typed by this table, and an e2e test checks that every
 * key is a route the server serves, so neither side can move a route alone.
 *
 * The values are empty markers: only their types matter (and the keys, which exist at run time
 * for that test).
 */
import type { Language, ReportFormat, Role } from './constants';
import type {
  AmendmentStatus,
  AmendmentView,
  AmendmentVoteResult,
  DraftSummaryView,
  DraftVersionView,
  DraftView,
  ParagraphView,
} from './draft-views';
import type { VoteResult } from './events';
import type {
  AuditPageView,
  ConferenceView,
  CreatedParticipantView,
  FrameworkView,
  ImportResultView,
  LoginView,
  ParticipantPageView,
  ParticipantView,
  ReportVersionView,
} from './foundation-views';
import type {
  AmendmentInput,
  AmendmentUpdateInput,
  BreakSilenceInput,
  CommentInput,
  CompileReportInput,
  ConferenceInput,
  DispositionInput,
  DraftInput,
  FreezeVersionInput,
  LoginInput,
  MergeInput,
  MoveParagraphInput,
  ParagraphInput,
  ParagraphUpdateInput,
  ParticipantIdsInput,
  ParticipantInput,
  ParticipantUpdateInput,
  ProcedureInput,
  ReasonInput,
  RecommendationInput,
  RecommendationUpdateInput,
  RequestFloorInput,
  SessionInput,
  SessionUpdateInput,
  SilenceInput,
  SpeakerSettingsInput,
  SummaryInput,
  TranslationInput,
  VoteInput,
} from './inputs';
import type { SpeakerRequestCreated, SpeakersView } from './speakers';
import type {
  CommentView,
  ConstituencySupport,
  RecommendationSort,
  RecommendationView,
  SessionView,
} from './views';

declare const shape: unique symbol;

/** A route's answer, body and query, carried by type only. */
export interface Endpoint<Response, Body = never, Query = never> {
  readonly [shape]?: { response: Response; body: Body; query: Query };
}

/** The answer of a download route: a file (the client reads it as a Blob with its name). */
export interface FileDownload {
  readonly file: true;
}

function route<Response, Body = never, Query = never>(): Endpoint<Response, Body, Query> {
  return {};
}

const DOWNLOAD_FORMATS = ['docx', 'pdf', 'html', 'md', 'json'] as const;
export type DraftFormat = (typeof DOWNLOAD_FORMATS)[number];
export const DRAFT_FORMATS: readonly DraftFormat[] = DOWNLOAD_FORMATS;

export const ENDPOINTS = {
  'POST /auth/login': route<LoginView, LoginInput>(),

  'GET /frameworks': route<FrameworkView[]>(),
  'GET /conferences': route<ConferenceView[]>(),
  'POST /conferences': route<ConferenceView, ConferenceInput>(),
  'GET /conferences/:id': route<ConferenceView>(),
  'PATCH /conferences/:id': route<ConferenceView, Partial<ConferenceInput>>(),

  'GET /participants': route<
    ParticipantPageView,
    never,
    { conferenceId?: string; role?: Role; q?: string; limit?: number; offset?: number }
  >(),
  'POST /participants': route<CreatedParticipantView, ParticipantInput>(),
  'PATCH /participants/:id': route<ParticipantView, ParticipantUpdateInput>(),
  /** A lost access code: a new one, shown once; the old one stops working. */
  'POST /participants/:id/access-code': route<CreatedParticipantView>(),
  /** The body is the CSV file's text, sent as `text/csv`. */
  'POST /participants/import': route<ImportResultView, string, { conferenceId?: string }>(),

  'GET /audit': route<
    AuditPageView,
    never,
    { conferenceId?: string; limit?: number; cursor?: string }
  >(),

  'GET /conferences/:id/sessions': route<SessionView[]>(),
  'POST /conferences/:id/sessions': route<SessionView, SessionInput>(),
  'GET /sessions/:id': route<SessionView>(),
  'PATCH /sessions/:id': route<SessionView, SessionUpdateInput>(),
  'PUT /sessions/:id/moderators': route<SessionView, ParticipantIdsInput>(),
  'POST /sessions/:id/open': route<SessionView>(),
  'POST /sessions/:id/lock-submissions': route<SessionView>(),
  'POST /sessions/:id/close': route<SessionView>(),
  'POST /sessions/:id/reopen': route<SessionView>(),
  'PUT /sessions/:id/summary': route<SessionView, SummaryInput>(),

  'GET /sessions/:id/recommendations': route<
    RecommendationView[],
    never,
    { sort?: RecommendationSort; status?: string; limit?: number; offset?: number }
  >(),
  'POST /sessions/:id/recommendations': route<RecommendationView, RecommendationInput>(),
  'GET /recommendations/:id': route<RecommendationView>(),
  'PATCH /recommendations/:id': route<RecommendationView, RecommendationUpdateInput>(),
  'POST /recommendations/:id/withdraw': route<RecommendationView>(),
  'POST /recommendations/:id/co-sponsor': route<RecommendationView>(),
  'POST /recommendations/:id/merge': route<RecommendationView, MergeInput>(),
  'POST /recommendations/:id/hide': route<RecommendationView, ReasonInput>(),
  'PUT /recommendations/:id/disposition': route<RecommendationView, DispositionInput>(),
  'PUT /recommendations/:id/vote': route<VoteResult, VoteInput>(),
  'DELETE /recommendations/:id/vote': route<VoteResult>(),
  'GET /recommendations/:id/support': route<ConstituencySupport[]>(),
  'GET /recommendations/:id/comments': route<CommentView[]>(),
  'POST /recommendations/:id/comments': route<CommentView, CommentInput>(),
  'POST /comments/:id/hide': route<CommentView, ReasonInput>(),

  'GET /sessions/:id/speakers': route<SpeakersView>(),
  'POST /sessions/:id/speakers': route<SpeakerRequestCreated, RequestFloorInput>(),
  'DELETE /sessions/:id/speakers/me': route<SpeakersView>(),
  'POST /sessions/:id/speakers/next': route<SpeakersView>(),
  'POST /sessions/:id/speakers/end': route<SpeakersView>(),
  'PUT /sessions/:id/speakers/settings': route<SpeakersView, SpeakerSettingsInput>(),
  'GET /drafts/:id/speakers': route<SpeakersView>(),
  'POST /drafts/:id/speakers': route<SpeakerRequestCreated, RequestFloorInput>(),
  'DELETE /drafts/:id/speakers/me': route<SpeakersView>(),
  'POST /drafts/:id/speakers/next': route<SpeakersView>(),
  'POST /drafts/:id/speakers/end': route<SpeakersView>(),
  'PUT /drafts/:id/speakers/settings': route<SpeakersView, SpeakerSettingsInput>(),

  'GET /conferences/:id/reports': route<ReportVersionView[]>(),
  'POST /conferences/:id/reports': route<ReportVersionView, CompileReportInput>(),
  'POST /reports/:id/finalize': route<ReportVersionView>(),
  'GET /reports/:id/download': route<FileDownload, never, { format: ReportFormat }>(),

  'GET /conferences/:id/drafts': route<DraftSummaryView[]>(),
  'POST /conferences/:id/drafts': route<DraftView, DraftInput>(),
  'GET /drafts/:id': route<DraftView>(),
  'PUT /drafts/:id/chairs': route<DraftView, ParticipantIdsInput>(),
  'POST /drafts/:id/paragraphs': route<ParagraphView, ParagraphInput>(),
  'PATCH /paragraphs/:id': route<ParagraphView, ParagraphUpdateInput>(),
  'POST /paragraphs/:id/move': route<ParagraphView, MoveParagraphInput>(),
  'DELETE /paragraphs/:id': route<ParagraphView, never, { version: number }>(),
  'PUT /paragraphs/:id/translations/:language': route<ParagraphView, TranslationInput>(),
  'GET /drafts/:id/versions': route<DraftVersionView[]>(),
  'POST /drafts/:id/versions': route<DraftVersionView, FreezeVersionInput>(),
  'GET /drafts/:id/versions/:version/download': route<
    FileDownload,
    never,
    { format: DraftFormat; language?: Language; lineNumbers?: 'true' }
  >(),
  'GET /drafts/:id/compare': route<
    FileDownload,
    never,
    { from: number; to: number; format: DraftFormat; language?: Language }
  >(),
  'POST /drafts/:id/silence': route<DraftView, SilenceInput>(),
  'POST /drafts/:id/silence/break': route<DraftView, BreakSilenceInput>(),

  'GET /drafts/:id/amendments': route<AmendmentView[], never, { status?: AmendmentStatus }>(),
  'POST /drafts/:id/amendments': route<AmendmentView, AmendmentInput>(),
  'PATCH /amendments/:id': route<AmendmentView, AmendmentUpdateInput>(),
  'POST /amendments/:id/withdraw': route<AmendmentView>(),
  'POST /amendments/:id/co-sponsor': route<AmendmentView>(),
  'PUT /amendments/:id/procedure': route<AmendmentView, ProcedureInput>(),
  'PUT /amendments/:id/vote': route<AmendmentVoteResult, VoteInput>(),
  'DELETE /amendments/:id/vote': route<AmendmentVoteResult>(),
  'POST /amendments/:id/close-vote': route<AmendmentView>(),
} satisfies Record<string, Endpoint<unknown, unknown, unknown>>;

export type Endpoints = typeof ENDPOINTS;
export type EndpointKey = keyof Endpoints;

type ShapeOf<K extends EndpointKey> = NonNullable<Endpoints[K][typeof shape]>;
export type ResponseOf<K extends EndpointKey> = ShapeOf<K>['response'];
export type BodyOf<K extends EndpointKey> = ShapeOf<K>['body'];
export type QueryOf<K extends EndpointKey> = ShapeOf<K>['query'];

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** `{id: string}` for `GET /sessions/:id`; `{}` for a route without parameters. */
export type PathParams<K extends EndpointKey> = { [Name in ParamNames<K>]: string | number };

/** Splits a key into its method and the path with `params` filled in (URI-encoded). */
export function endpointRequest(
  key: EndpointKey,
  params: Record<string, string | number> = {},
): { method: string; path: string } {
  const [method, pattern] = key.split(' ') as [string, string];
  const path = pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${key}: missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
  return { method, path };
}
