import type { FrameworkThemeView, ParticipantView, SessionView } from '#contract';
import { createContext, useContext } from 'react';
import type { Formatter } from '../../i18n/format';
import type { SessionApi } from './session-api';
import type { SessionLive } from './useSessionLive';

export interface SessionPageContext {
  calls: SessionApi;
  live: SessionLive;
  session: SessionView;
  me: ParticipantView;
  /** Moderator of this session, or the secretariat. */
  moderates: boolean;
  themes: ReadonlyMap<string, FrameworkThemeView>;
  themeList: readonly FrameworkThemeView[];
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
