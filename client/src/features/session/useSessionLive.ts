import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { useAuth } from '../../auth/AuthProvider';
import {
  fromSessionSnapshot,
  SessionFeed,
  type FrameworkThemeView,
  type LiveSessionState,
} from '#contract';
import { outcomeUnknown } from '../../offline/outbox';
import { sessionCopies } from '../../offline/session-copies';
import { sessionApi } from './session-api';

const REST_POLL_MS = 15000;
/** A live session changes with every vote: its copy is written at most this often. */
const COPY_EVERY_MS = 5000;

/** What a session page keeps beside the session itself, to show its copy offline. */
interface CopyContext {
  timeZone: string | null;
  themes: readonly FrameworkThemeView[];
}

/** The device's copy on screen (no answer from the server): when it was taken, and its context. */
export interface ShownCopy {
  savedAt: number;
  timeZone: string | null;
  themes: FrameworkThemeView[];
}

export interface SessionLive {
  state: LiveSessionState | null;
  error: unknown;
  /** True while the socket feeds this page; otherwise it refreshes over REST. */
  live: boolean;
  /** Set while the state is the device's last-known copy, the server not answering. */
  copy: ShownCopy | null;
  presence: number | null;
  /** Folds an answer into the state at once (the live feed keeps its copy in step). */
  update(change: (state: LiveSessionState) => LiveSessionState): void;
  /** After an action: nothing to do when live (its event follows), a refetch otherwise. */
  settle(): Promise<void>;
  reload(): Promise<void>;
}

/**
 * A session page's data: loaded over REST first (fast, and enough on its own before the
 * realtime gateway exists), then followed over the live connection when it is up.
 *
 * With `offlineCopy` (the participant's session page, not the room screen), the device's copy
 * of the session (offline/session-copies.ts, written by `useKeptCopy`) is shown when the server
 * cannot be reached and the page has nothing newer, until the server answers again.
 */
export function useSessionLive(
  sessionId: string,
  { offlineCopy = false }: { offlineCopy?: boolean } = {},
): SessionLive {
  const { api, live, liveStatus, participant } = useAuth();
  const participantId = offlineCopy ? (participant?.id ?? null) : null;
  const calls = useMemo(() => sessionApi(api), [api]);
  const [state, setStateRaw] = useState<LiveSessionState | null>(null);
  const [copy, setCopy] = useState<ShownCopy | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const copyShown = useRef(false);
  // The server's state: the copy on screen, if any, gives way to it.
  const setState = useCallback(
    (next: LiveSessionState | null | ((s: LiveSessionState | null) => LiveSessionState | null)) => {
      copyShown.current = false;
      setCopy(null);
      setStateRaw(next);
    },
    [],
  );
  const hasServerState = useRef(false);
  const [joined, setJoined] = useState(false);
  const [presence, setPresence] = useState<number | null>(null);
  const feedRef = useRef<SessionFeed | null>(null);

  const reload = useCallback(async () => {
    try {
      const [session, recommendations, speakers] = await Promise.all([
        calls.session(sessionId),
        calls.recommendations(sessionId),
        calls.speakers(sessionId),
      ]);
      setError(undefined);
      hasServerState.current = true;
      setState((previous) =>
        fromSessionSnapshot({ session, recommendations, speakers, seq: session.seq }, previous),
      );
    } catch (e) {
      setError(e);
      if (!participantId) return;
      // No answer: the page's own state is the newest there is, else the device's copy.
      if (outcomeUnknown(e)) {
        const newer = hasServerState.current || copyShown.current;
        const kept = newer ? null : sessionCopies.load(participantId, sessionId);
        if (kept) {
          copyShown.current = true;
          const { session, recommendations, speakers } = kept;
          setStateRaw(
            fromSessionSnapshot({ session, recommendations, speakers, seq: session.seq }),
          );
          setCopy({ savedAt: kept.savedAt, timeZone: kept.timeZone, themes: kept.themes });
        }
      } else if (e instanceof ApiError && (e.status === 403 || e.status === 404)) {
        sessionCopies.forget(sessionId);
      }
    }
  }, [calls, sessionId, participantId, setState]);

  useEffect(() => {
    hasServerState.current = false;
    setState(null);
    setJoined(false);
    void reload();
  }, [reload, setState]);

  useEffect(() => {
    if (!live) return;
    const feed = new SessionFeed(live, sessionId, {
      state: (s) => {
        hasServerState.current = true;
        setState(s);
        setJoined(true);
      },
      presence: setPresence,
      failed: () => setJoined(false),
    });
    feedRef.current = feed;
    feed.start();
    return () => {
      void feed.stop();
      feedRef.current = null;
      setJoined(false);
    };
  }, [live, sessionId, setState]);

  const isLive = joined && liveStatus === 'live';

  // On the copy: ask the server as soon as the browser says the network is back.
  useEffect(() => {
    if (!copy) return;
    const back = () => void reload();
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [copy, reload]);

  const update = useCallback((change: (s: LiveSessionState) => LiveSessionState) => {
    const feed = feedRef.current;
    if (feed?.current) feed.update(change);
    // On the copy, an answer (a vote the outbox delivered) changes what is shown, not its age.
    else setStateRaw((s) => (s ? change(s) : s));
  }, []);

  // A status change (close above all) changes what every recommendation shows — final tallies,
  // the adoption rule's proposal — without an event per recommendation, so fetch the list again.
  const status = state?.session.status;
  const lastStatus = useRef(status);
  useEffect(() => {
    const before = lastStatus.current;
    lastStatus.current = status;
    if (!before || !status || before === status) return;
    let cancelled = false;
    calls
      .recommendations(sessionId)
      .then((recommendations) => {
        if (!cancelled) update((s) => ({ ...s, recommendations }));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [status, calls, sessionId, update]);

  useEffect(() => {
    if (isLive) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, REST_POLL_MS);
    return () => clearInterval(timer);
  }, [isLive, reload]);

  const settle = useCallback(async () => {
    if (!isLive) await reload();
  }, [isLive, reload]);

  return { state, error, live: isLive, copy, presence, update, settle, reload };
}

/**
 * Writes the server's state of the session to the device for the signed-in participant: at once
 * the first time (and when the page's context arrives), then at most every COPY_EVERY_MS while
 * it changes, and when the page goes away. Never the copy itself back (its age would be lost).
 */
export function useKeptCopy(sessionId: string, live: SessionLive, context: CopyContext): void {
  const { participant } = useAuth();
  const participantId = participant?.id ?? null;
  const state = live.copy ? null : live.state;
  const latest = useRef({ state, context });
  latest.current = { state, context };
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastWrite = useRef(0);
  const dirty = useRef(false);
  /** The page's context as last written: once it arrives (time zone, themes), write at once. */
  const written = useRef('');
  const contextKey = `${context?.timeZone ?? ''}|${context?.themes.length ?? 0}`;

  const write = useCallback(() => {
    timer.current = null;
    const { state: current, context: extra } = latest.current;
    if (!participantId || !current || !dirty.current) return;
    dirty.current = false;
    lastWrite.current = Date.now();
    written.current = `${extra?.timeZone ?? ''}|${extra?.themes.length ?? 0}`;
    const used = new Set(current.recommendations.flatMap((r) => r.themes));
    sessionCopies.save({
      participantId,
      sessionId,
      savedAt: Date.now(),
      session: current.session,
      recommendations: current.recommendations,
      speakers: current.speakers,
      timeZone: extra?.timeZone ?? null,
      themes: (extra?.themes ?? []).filter((t) => used.has(t.code)),
    });
  }, [participantId, sessionId]);

  useEffect(() => {
    if (!participantId || !state) return;
    dirty.current = true;
    const wait = lastWrite.current + COPY_EVERY_MS - Date.now();
    if (wait <= 0 || written.current !== contextKey) {
      if (timer.current) clearTimeout(timer.current);
      write();
    } else if (!timer.current) timer.current = setTimeout(write, wait);
  }, [participantId, state, contextKey, write]);

  useEffect(() => {
    const away = () => write();
    window.addEventListener('pagehide', away);
    return () => {
      window.removeEventListener('pagehide', away);
      if (timer.current) clearTimeout(timer.current);
      write();
    };
  }, [write]);
}
