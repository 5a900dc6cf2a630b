export const PARTICIPANT_EVENTS = {
  /** A participant's role or active flag changed: open sockets must re-check their rights. */
  changed: 'participant.changed',
} as const;

export interface ParticipantChangedPayload {
  participantId: string;
  active: boolean;
  role: string;
}
