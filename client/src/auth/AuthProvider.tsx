import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { ApiClient } from '../api/client';
import type { ParticipantView } from '#contract';
import { useI18n } from '../i18n/I18nProvider';
import { LiveConnection, type ConnectionStatus } from '../live/connection';
import type { StoredAuth, TokenStore } from './token-store';

interface Auth {
  participant: ParticipantView | null;
  api: ApiClient;
  /** The bearer token, for a feature that opens a socket of its own (the drafting room's). */
  token: string | null;
  /** The live connection, open while signed in. */
  live: LiveConnection | null;
  liveStatus: ConnectionStatus;
  /**
   * Signs in, unless `admits` says no to the participant: then nothing is stored or opened, and
   * the participant is only returned (the room screen takes observers only).
   */
  signIn(
    email: string,
    accessCode: string,
    admits?: (participant: ParticipantView) => boolean,
  ): Promise<ParticipantView>;
  signOut(): void;
  /** Why the last sign-out happened, when it was not the participant's choice. */
  endedNotice: boolean;
}

const AuthContext = createContext<Auth | null>(null);

interface Props {
  store: TokenStore;
  /** Whether signing in sets the interface language from the participant's preference. */
  adoptLanguage?: boolean;
  children: ReactNode;
}

export function AuthProvider({ store, adoptLanguage = true, children }: Props) {
  const { setLanguage } = useI18n();
  const [auth, setAuth] = useState<StoredAuth | null>(() => store.load());
  const [endedNotice, setEndedNotice] = useState(false);
  const [live, setLive] = useState<LiveConnection | null>(null);
  const [liveStatus, setLiveStatus] = useState<ConnectionStatus>('connecting');
  const tokenRef = useRef<string | null>(auth?.token ?? null);
  tokenRef.current = auth?.token ?? null;

  const signOut = useCallback(() => {
    store.clear();
    setAuth(null);
  }, [store]);

  const expire = useCallback(() => {
    setEndedNotice(true);
    signOut();
  }, [signOut]);

  const api = useMemo(
    () => new ApiClient({ getToken: () => tokenRef.current, onUnauthorized: expire }),
    [expire],
  );

  const signIn = useCallback(
    async (
      email: string,
      accessCode: string,
      admits: (participant: ParticipantView) => boolean = () => true,
    ) => {
      const result = await api.call('POST /auth/login', { body: { email, password: accessCode } });
      if (!admits(result.participant)) return result.participant;
      const stored = {
        token: result.accessToken,
        participant: result.participant,
        expiresAt: Date.now() + result.expiresIn * 1000,
      };
      store.save(stored);
      tokenRef.current = stored.token;
      setEndedNotice(false);
      setAuth(stored);
      if (adoptLanguage) void setLanguage(result.participant.language);
      return result.participant;
    },
    [api, store, adoptLanguage, setLanguage],
  );

  // Another tab signed in (as someone else, perhaps) or out: follow it.
  useEffect(
    () =>
      store.subscribe((next) =>
        setAuth((current) => (current?.token === next?.token ? current : next)),
      ),
    [store],
  );

  // Sign out when the token runs out, rather than on the next failing request.
  useEffect(() => {
    if (!auth) return;
    const timer = setTimeout(expire, Math.max(0, auth.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [auth, expire]);

  const token = auth?.token;
  useEffect(() => {
    if (!token) {
      setLive(null);
      return;
    }
    const connection = new LiveConnection(token, expire);
    setLiveStatus(connection.status);
    const off = connection.onStatus(setLiveStatus);
    setLive(connection);
    return () => {
      off();
      connection.close();
    };
  }, [token, expire]);

  const value = useMemo<Auth>(
    () => ({
      participant: auth?.participant ?? null,
      api,
      token: auth?.token ?? null,
      live,
      liveStatus,
      signIn,
      signOut,
      endedNotice,
    }),
    [auth, api, live, liveStatus, signIn, signOut, endedNotice],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** For pages that only render when signed in. */
export function useParticipant(): ParticipantView {
  const { participant } = useAuth();
  if (!participant) throw new Error('useParticipant while signed out');
  return participant;
}
