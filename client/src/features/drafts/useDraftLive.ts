import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAuth } from '../../auth/AuthProvider';
import { draftApi } from './draft-api';
import { DraftFeed } from './draft-feed';
import { DraftSocketTransport } from './draft-socket';
import { fromDraftSnapshot, type LiveDraftState } from './draft-state';

const REST_POLL_MS = 15000;

export interface DraftLive {
  state: LiveDraftState | null;
  error: unknown;
  /** True while the draft's room feeds this page; otherwise it refreshes over REST. */
  live: boolean;
  /** Folds an answer into the state at once (the live feed keeps its copy in step). */
  update(change: (state: LiveDraftState) => LiveDraftState): void;
  /** After an action: nothing to do when live (its event follows), a refetch otherwise. */
  settle(): Promise<void>;
  reload(): Promise<void>;
}

/**
 * A draft page's data: loaded over REST first, then followed in the draft's room on a socket of
 * the page's own (see DraftSocketTransport), with a REST refresh while that room is not joined.
 */
export function useDraftLive(draftId: string): DraftLive {
  const { api, token } = useAuth();
  const calls = useMemo(() => draftApi(api), [api]);
  const [state, setState] = useState<LiveDraftState | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [joined, setJoined] = useState(false);
  const feedRef = useRef<DraftFeed | null>(null);

  const reload = useCallback(async () => {
    try {
      const [draft, amendments, speakers] = await Promise.all([
        calls.draft(draftId),
        calls.amendments(draftId),
        calls.speakers(draftId),
      ]);
      setError(undefined);
      // REST has no sequence number: a later join's snapshot replaces this state whole.
      setState((previous) => fromDraftSnapshot({ draft, amendments, speakers, seq: 0 }, previous));
    } catch (e) {
      setError(e);
    }
  }, [calls, draftId]);

  useEffect(() => {
    setState(null);
    setJoined(false);
    void reload();
  }, [reload]);

  useEffect(() => {
    if (!token) return;
    const transport = new DraftSocketTransport(token);
    const feed = new DraftFeed(transport, draftId, {
      state: (s) => {
        setState(s);
        setJoined(true);
      },
      failed: () => setJoined(false),
    });
    feedRef.current = feed;
    feed.start();
    return () => {
      feed.stop();
      transport.close();
      feedRef.current = null;
      setJoined(false);
    };
  }, [token, draftId]);

  const update = useCallback((change: (s: LiveDraftState) => LiveDraftState) => {
    const feed = feedRef.current;
    if (feed?.current) feed.update(change);
    else setState((s) => (s ? change(s) : s));
  }, []);

  useEffect(() => {
    if (joined) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, REST_POLL_MS);
    return () => clearInterval(timer);
  }, [joined, reload]);

  const settle = useCallback(async () => {
    if (!joined) await reload();
  }, [joined, reload]);

  return { state, error, live: joined, update, settle, reload };
}
