/**
 * Speakers' lists (API.md "Speakers' lists", DESIGN.md "The floor"): the shapes REST and the
 * `speakers:updated` event carry. Plain types with no server imports, shared with the web client.
 */
export type SpeakerMode = 'fifo' | 'balanced';
export const SPEAKER_MODES: readonly SpeakerMode[] = ['fifo', 'balanced'];

/** Turn length bounds, in seconds. */
export const TURN_SECONDS_MIN = 10;
export const TURN_SECONDS_MAX = 3600;
export const TURN_SECONDS_DEFAULT = 180;

/** What a request is about: nothing, or one recommendation, paragraph or amendment. */
export type SpeakerTopic =
  { recommendationId: string } | { paragraphId: string } | { amendmentId: string } | null;

export interface SpeakerRef {
  id: string;
  name: string;
  organisation: string | null;
  /** The constituency the speaker had when they asked for the floor. */
  constituency: string | null;
}

export interface SpeakerRequestView {
  id: string;
  participant: SpeakerRef;
  requestedAt: string;
  topic: SpeakerTopic;
}

export interface CurrentSpeakerView {
  /** The request that was called. */
  id: string;
  participant: SpeakerRef;
  startedAt: string;
  topic: SpeakerTopic;
}

export interface SpeakingTotal {
  turns: number;
  seconds: number;
}

export interface SpeakersView {
  mode: SpeakerMode;
  turnSeconds: number;
  current: CurrentSpeakerView | null;
  /** Waiting requests in the order they would be called under the current mode. */
  queue: SpeakerRequestView[];
  /** Finished turns per constituency (constituencies with at least one). */
  totals: Array<SpeakingTotal & { constituency: string | null }>;
  /** Finished turns per organisation (added to the contract: the issue asks for both). */
  organisations: Array<SpeakingTotal & { organisation: string | null }>;
}

/** What `POST …/speakers` answers: the request and its place in the queue (1 = next). */
export interface SpeakerRequestCreated extends SpeakerRequestView {
  place: number;
}

/** Seconds left of the current turn at `now` (negative once over time). */
export function remainingSeconds(
  view: Pick<SpeakersView, 'current' | 'turnSeconds'>,
  now: number,
): number | null {
  if (!view.current) return null;
  const end = Date.parse(view.current.startedAt) + view.turnSeconds * 1000;
  return Math.ceil((end - now) / 1000);
}
