import type { Constituency, Role } from '#contract';

/** Who is acting: the signed-in participant as loaded for this request or message. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
  /** Conference the participant is accredited to; null = every conference. */
  conferenceId: string | null;
  constituency: Constituency | null;
  organisation: string | null;
  language: string;
}

/** A participant accredited to one conference may act only there; a platform-wide one everywhere. */
export function canAccessConference(actor: Actor, conferenceId: string): boolean {
  return actor.conferenceId === null || actor.conferenceId === conferenceId;
}
