/**
 * The last-known copy of the sessions a participant opened, kept on the device so that a reload
 * during an outage still shows the recommendations (marked with the time of the copy) and the
 * votes waiting in the outbox on them. The live snapshot replaces it as soon as the server
 * answers again.
 *
 * Bounded: the few sessions opened last (MAX_COPIES), each at most MAX_COPY_CHARS of JSON; a
 * session too large to keep has no copy rather than an outdated one. One participant's only:
 * each copy names its participant and is never read for another, and signing out (or another
 * participant signing in on the device) removes them all (see App.tsx).
 * No React here, so every case is tested with a fake storage.
 */
import type { FrameworkThemeView, RecommendationView, SessionView, SpeakersView } from '#contract';

export const MAX_COPIES = 3;
/** localStorage holds about 5 million characters per origin, shared with the outbox. */
export const MAX_COPY_CHARS = 400_000;

const INDEX_KEY = 'agora.session-copies';
const COPY_PREFIX = 'agora.session-copy.';

export interface SessionCopy {
  participantId: string;
  sessionId: string;
  /** When the server's state this copies was on the page (ms since the epoch). */
  savedAt: number;
  session: SessionView;
  recommendations: RecommendationView[];
  speakers: SpeakersView;
  /** The conference's time zone and the themes the recommendations name, for the cards. */
  timeZone: string | null;
  themes: FrameworkThemeView[];
}

interface IndexEntry {
  participantId: string;
  sessionId: string;
  savedAt: number;
}

type CopyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export class SessionCopies {
  constructor(private readonly storage: CopyStorage | null) {}

  /** Keeps `copy`, evicting the oldest beyond MAX_COPIES; false when it was not kept. */
  save(copy: SessionCopy): boolean {
    if (!this.storage) return false;
    const text = JSON.stringify(copy);
    const index = this.index().filter((e) => e.sessionId !== copy.sessionId);
    if (text.length > MAX_COPY_CHARS) {
      this.remove(copy.sessionId, index);
      return false;
    }
    const kept = [
      { participantId: copy.participantId, sessionId: copy.sessionId, savedAt: copy.savedAt },
      ...index.filter((e) => e.participantId === copy.participantId),
    ];
    for (const evicted of [
      ...index.filter((e) => e.participantId !== copy.participantId),
      ...kept.slice(MAX_COPIES),
    ])
      this.storage.removeItem(COPY_PREFIX + evicted.sessionId);
    try {
      this.storage.setItem(COPY_PREFIX + copy.sessionId, text);
      this.storage.setItem(INDEX_KEY, JSON.stringify(kept.slice(0, MAX_COPIES)));
      return true;
    } catch {
      // Storage full or refused: no copy (an outdated one would mislead).
      this.remove(copy.sessionId, kept.slice(1, MAX_COPIES));
      return false;
    }
  }

  /** The participant's copy of the session, or null (none, or another participant's). */
  load(participantId: string, sessionId: string): SessionCopy | null {
    if (!this.storage) return null;
    try {
      const raw = this.storage.getItem(COPY_PREFIX + sessionId);
      if (!raw) return null;
      const copy = JSON.parse(raw) as SessionCopy;
      if (copy.participantId !== participantId || copy.sessionId !== sessionId) return null;
      return copy;
    } catch {
      return null;
    }
  }

  /** Drops one session's copy (the server no longer lets the participant see it). */
  forget(sessionId: string): void {
    this.remove(
      sessionId,
      this.index().filter((e) => e.sessionId !== sessionId),
    );
  }

  /** Removes every copy but `participantId`'s (null: every copy, at sign-out). */
  keepOnly(participantId: string | null): void {
    const storage = this.storage;
    if (!storage) return;
    if (participantId === null) {
      // Every copy on the device, listed in the index or not (one written by an older tab).
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(COPY_PREFIX) || key === INDEX_KEY) keys.push(key);
      }
      for (const key of keys) storage.removeItem(key);
      return;
    }
    const index = this.index();
    const kept = index.filter((e) => e.participantId === participantId);
    if (kept.length === index.length) return;
    for (const entry of index)
      if (entry.participantId !== participantId) storage.removeItem(COPY_PREFIX + entry.sessionId);
    this.writeIndex(kept);
  }

  private remove(sessionId: string, index: IndexEntry[]): void {
    this.storage?.removeItem(COPY_PREFIX + sessionId);
    this.writeIndex(index);
  }

  private writeIndex(index: IndexEntry[]): void {
    try {
      if (index.length) this.storage?.setItem(INDEX_KEY, JSON.stringify(index));
      else this.storage?.removeItem(INDEX_KEY);
    } catch {
      // Writing a shorter index only fails if storage is refused altogether.
    }
  }

  private index(): IndexEntry[] {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(INDEX_KEY) ?? '[]');
      return Array.isArray(parsed) ? (parsed as IndexEntry[]) : [];
    } catch {
      return [];
    }
  }
}

export const sessionCopies = new SessionCopies(
  typeof localStorage === 'undefined' ? null : localStorage,
);
