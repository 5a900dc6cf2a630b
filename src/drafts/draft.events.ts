import type {
  AmendmentTallyUpdate,
  AmendmentView,
  DraftSummaryView,
  ParagraphView,
} from '#contract';
import type { DomainEvent } from '../common/events/domain-event';

/** Names of the domain events the drafting room publishes after commit (each with `draftId`). */
export const DRAFT_EVENTS = {
  draftChanged: 'draft.changed',
  paragraphCreated: 'draft.paragraph.created',
  paragraphChanged: 'draft.paragraph.changed',
  paragraphDeleted: 'draft.paragraph.deleted',
  amendmentCreated: 'draft.amendment.created',
  amendmentChanged: 'draft.amendment.changed',
  amendmentTallyChanged: 'draft.amendment.tally',
} as const;

/** A paragraph event carries the draft's paragraph ids in document order, so clients renumber. */
export interface ParagraphEventPayload {
  paragraph: ParagraphView;
  order: string[];
}

export type DraftChangedEvent = DomainEvent<
  typeof DRAFT_EVENTS.draftChanged,
  { draft: DraftSummaryView }
>;
export type ParagraphEvent = DomainEvent<
  | typeof DRAFT_EVENTS.paragraphCreated
  | typeof DRAFT_EVENTS.paragraphChanged
  | typeof DRAFT_EVENTS.paragraphDeleted,
  ParagraphEventPayload
>;
export type AmendmentEvent = DomainEvent<
  typeof DRAFT_EVENTS.amendmentCreated | typeof DRAFT_EVENTS.amendmentChanged,
  { amendment: AmendmentView }
>;
export type AmendmentTallyEvent = DomainEvent<
  typeof DRAFT_EVENTS.amendmentTallyChanged,
  { tally: AmendmentTallyUpdate }
>;
