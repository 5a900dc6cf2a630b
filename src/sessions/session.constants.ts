export const SESSION_KINDS = [
  'plenary',
  'led_discussion',
  'parallel_workshop',
  'thematic_session',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_STATUSES = ['scheduled', 'open', 'voting', 'closed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
