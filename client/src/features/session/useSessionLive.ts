import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAuth } from '../../auth/AuthProvider';
import { fromSessionSnapshot, SessionFeed, type LiveSessionState } from '#contract';
import { sessionApi } from './session-api';

const REST_POLL_MS = 15000;

export interface SessionLive {
  state: LiveSessionState | null;
  error: unknown;
  /** True while the socket feeds this page; otherwise it refreshes over REST. */
  live: boolean;
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
 */
export function useSessionLive(sessionId: string): SessionLive {
  const { api, live, liveStatus } = useAuth();
  const calls = useMemo(() => sessionApi(api), [api]);
  const [state, setState] = useState<LiveSessionState | null>(null);
  const [error, setError] = useState<unknown>(undefined);
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
      setState((previous) =>
        fromSessionSnapshot({ session, recommendations, speakers, seq: session.seq }, previous),
      );
    } catch (e) {
      setError(e);
    }
  }, [calls, sessionId]);

  useEffect(() => {
    setState(null);
    setJoined(false);
    void reload();
  }, [reload]);

  useEffect(() => {
    if (!live) return;
    const feed = new SessionFeed(live, sessionId, {
      state: (s) => {
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
  }, [live, sessionId]);

  const isLive = joined && liveStatus === 'live';

  const update = useCallback((change: (s: LiveSessionState) => LiveSessionState) => {
    const feed = feedRef.current;
    if (feed?.current) feed.update(change);
    else setState((s) => (s ? change(s) : s));
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

  return { state, error, live: isLive, presence, update, settle, reload };
}
