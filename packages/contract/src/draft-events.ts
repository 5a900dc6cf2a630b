/**
 * The draft room's part of the `/live` contract (API.md, "Realtime"): `draft:join`, `draft:leave`,
 * `draft:sync`, and the events of a draft's room, each with `draftId` and the draft's own `seq`.
 */
import type {
  AmendmentTallyUpdate,
  AmendmentView,
  DraftSummaryView,
  DraftView,
  ParagraphView,
} from './draft-views';
import type { Ack } from './events';
import type { SpeakersView } from './speakers';

export interface DraftSequenced {
  draftId: string;
  seq: number;
}

/** Paragraph events carry the draft's paragraph ids in document order: renumber from them. */
export interface ParagraphEvent extends DraftSequenced {
  paragraph: ParagraphView;
  order: string[];
}

export interface DraftServerToClientEvents {
  'paragraph:created': (event: ParagraphEvent) => void;
  'paragraph:updated': (event: ParagraphEvent) => void;
  'paragraph:deleted': (event: ParagraphEvent) => void;
  'amendment:created': (event: DraftSequenced & { amendment: AmendmentView }) => void;
  'amendment:updated': (event: DraftSequenced & { amendment: AmendmentView }) => void;
  /** Coalesced: at most one per draft per tally interval, with every amendment tally that changed. */
  'tally:updated': (event: DraftSequenced & { tallies: AmendmentTallyUpdate[] }) => void;
  'draft:updated': (event: DraftSequenced & { draft: DraftSummaryView }) => void;
  /** The draft's whole speakers' list after any change to it. */
  'speakers:updated': (event: DraftSequenced & SpeakersView) => void;
}

export type DraftEventName = keyof DraftServerToClientEvents;
export type DraftEvent = {
  [K in DraftEventName]: { name: K; payload: Parameters<DraftServerToClientEvents[K]>[0] };
}[DraftEventName];

export interface DraftSnapshot {
  draft: DraftView;
  amendments: AmendmentView[];
  /** The draft's speakers' list. */
  speakers: SpeakersView;
  seq: number;
}

export type DraftSyncResult =
  { kind: 'events'; events: DraftEvent[]; seq: number } | ({ kind: 'snapshot' } & DraftSnapshot);

export interface DraftClientToServerEvents {
  'draft:join': (body: { draftId: string }, ack: (result: Ack<DraftSnapshot>) => void) => void;
  'draft:leave': (body: { draftId: string }, ack: (result: Ack<null>) => void) => void;
  'draft:sync': (
    body: { draftId: string; sinceSeq: number },
    ack: (result: Ack<DraftSyncResult>) => void,
  ) => void;
}
