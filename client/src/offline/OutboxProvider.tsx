import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { ApiClient } from '../api/client';
import { useAuth } from '../auth/AuthProvider';
import { Outbox, type Intent, type OutboxItem } from './outbox';

const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 20000;

interface OutboxContextValue {
  outbox: Outbox;
}

const OutboxContext = createContext<OutboxContextValue | null>(null);

/** Sends one intent: the same REST calls as the pages, with the item's key as Idempotency-Key. */
export function sendIntent(api: ApiClient, item: OutboxItem): Promise<unknown> {
  const headers = { 'idempotency-key': item.key };
  const intent = item.intent;
  switch (intent.kind) {
    case 'vote': {
      const params = { id: intent.recommendationId };
      return intent.value === null
        ? api.call('DELETE /recommendations/:id/vote', { params, headers })
        : api.call('PUT /recommendations/:id/vote', {
            params,
            body: { value: intent.value },
            headers,
          });
    }
    case 'comment':
      return api.call('POST /recommendations/:id/comments', {
        params: { id: intent.recommendationId },
        body: {
          body: intent.body,
          stance: intent.stance,
          ...(intent.parentId ? { parentId: intent.parentId } : {}),
        },
        headers,
      });
    case 'recommendation':
      return api.call('POST /sessions/:id/recommendations', {
        params: { id: intent.sessionId },
        body: intent.draft,
        headers,
      });
    case 'amendment-vote': {
      const params = { id: intent.amendmentId };
      return intent.value === null
        ? api.call('DELETE /amendments/:id/vote', { params, headers })
        : api.call('PUT /amendments/:id/vote', { params, body: { value: intent.value }, headers });
    }
  }
}

/**
 * The signed-in participant's outbox, flushed when the browser says it is online again, when
 * the live connection comes back, and after an unknown outcome on a timer that backs off.
 */
export function OutboxProvider({ children }: { children: ReactNode }) {
  const { api, participant, liveStatus } = useAuth();
  const participantId = participant?.id ?? 'nobody';
  const retry = useRef<{ timer: ReturnType<typeof setTimeout> | null; delay: number }>({
    timer: null,
    delay: RETRY_FIRST_MS,
  });

  const outbox = useMemo(() => {
    const box: Outbox = new Outbox({
      storage: typeof localStorage === 'undefined' ? null : localStorage,
      key: `agora.outbox.${participantId}`,
      send: (item) => sendIntent(api, item),
      isOnline: () => navigator.onLine,
      retryLater: () => {
        const state = retry.current;
        if (state.timer) return;
        state.timer = setTimeout(() => {
          state.timer = null;
          void box.flush();
        }, state.delay);
        state.delay = Math.min(state.delay * 2, RETRY_MAX_MS);
      },
    });
    box.onDelivered(() => {
      retry.current.delay = RETRY_FIRST_MS;
    });
    return box;
  }, [api, participantId]);

  useEffect(() => {
    if (!participant) return;
    const flush = () => {
      retry.current.delay = RETRY_FIRST_MS;
      void outbox.flush();
    };
    const storage = (event: StorageEvent) => {
      if (event.key === `agora.outbox.${participant.id}`) outbox.reload();
    };
    window.addEventListener('online', flush);
    window.addEventListener('storage', storage);
    flush();
    return () => {
      window.removeEventListener('online', flush);
      window.removeEventListener('storage', storage);
      const state = retry.current;
      if (state.timer) clearTimeout(state.timer);
      state.timer = null;
    };
  }, [outbox, participant]);

  // The live connection is back: the network is too, whatever navigator.onLine said.
  useEffect(() => {
    if (liveStatus === 'live' && participant) void outbox.flush();
  }, [liveStatus, outbox, participant]);

  const value = useMemo(() => ({ outbox }), [outbox]);
  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>;
}

export function useOutbox(): Outbox {
  const value = useContext(OutboxContext);
  if (!value) throw new Error('useOutbox outside OutboxProvider');
  return value.outbox;
}

/** The outbox, re-rendering the caller whenever its items or what is on its way change. */
export function useOutboxItems(): { outbox: Outbox; items: readonly OutboxItem[] } {
  const outbox = useOutbox();
  useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => outbox.version,
  );
  return { outbox, items: outbox.items };
}

export type { Intent, OutboxItem };
