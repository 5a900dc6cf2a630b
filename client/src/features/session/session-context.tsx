import type { SessionView } from '@contract/views';
import { createContext, useContext } from 'react';
import type { FrameworkTheme, Participant } from '../../api/types';
import type { Formatter } from '../../i18n/format';
import type { SessionApi } from './session-api';
import type { SessionLive } from './useSessionLive';

export interface SessionPageContext {
  calls: SessionApi;
  live: SessionLive;
  session: SessionView;
  me: Participant;
  /** Moderator of this session, or the secretariat. */
  moderates: boolean;
  themes: ReadonlyMap<string, FrameworkTheme>;
  themeList: readonly FrameworkTheme[];
  /** Formatter in the conference's time zone. */
  fmt: Formatter;
  /** Confirms an action to screen readers (and sighted users) right away. */
  notify(message: string): void;
  /** Title of a recommendation by id (for "merged into …"). */
  titleOf(id: string): string | null;
}

export const SessionContext = createContext<SessionPageContext | null>(null);

export function useSessionPage(): SessionPageContext {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionPage outside the session page');
  return value;
}
