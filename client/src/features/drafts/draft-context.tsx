import type { DraftView, ParticipantView } from '#contract';
import { createContext, useContext } from 'react';
import type { Formatter } from '../../i18n/format';
import type { DraftApi } from './draft-api';
import type { DraftLive } from './useDraftLive';

export interface DraftPageContext {
  calls: DraftApi;
  live: DraftLive;
  draft: DraftView;
  me: ParticipantView;
  /** A chair of this draft, or the secretariat. */
  chairs: boolean;
  /** Formatter in the conference's time zone. */
  fmt: Formatter;
  /** The conference's time zone (deadlines are entered as the venue's wall-clock time). */
  timeZone: string;
  /** The conference's languages (exports exist in each). */
  languages: readonly string[];
  /** Confirms an action to screen readers (and sighted users) right away. */
  notify(message: string): void;
}

export const DraftContext = createContext<DraftPageContext | null>(null);

export function useDraftPage(): DraftPageContext {
  const value = useContext(DraftContext);
  if (!value) throw new Error('useDraftPage outside the draft page');
  return value;
}

/** Server limits (src/drafts/dto), so a keyboard stops where the server would refuse. */
export const PARAGRAPH_TEXT_MAX = 10_000;
export const REASON_MAX = 2_000;
