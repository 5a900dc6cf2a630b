import type { EventName } from '../common/events/domain-events';

/** Names of the domain events the drafting room publishes (what they carry: DomainEventMap). */
export const DRAFT_EVENTS = {
  draftChanged: 'draft.changed',
  paragraphCreated: 'draft.paragraph.created',
  paragraphChanged: 'draft.paragraph.changed',
  paragraphDeleted: 'draft.paragraph.deleted',
  amendmentCreated: 'draft.amendment.created',
  amendmentChanged: 'draft.amendment.changed',
  amendmentTallyChanged: 'draft.amendment.tally',
} as const satisfies Record<string, EventName>;
