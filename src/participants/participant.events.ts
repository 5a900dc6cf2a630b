import type { EventName } from '../common/events/domain-events';

export const PARTICIPANT_EVENTS = {
  /** A participant's role or active flag changed: open sockets must re-check their rights. */
  changed: 'participant.changed',
} as const satisfies Record<string, EventName>;
