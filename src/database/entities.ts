import { AuditEntry } from '../audit/audit-entry.entity';
import { Conference } from '../conferences/conference.entity';
import { Participant } from '../participants/participant.entity';
import { SessionModerator } from '../sessions/session-moderator.entity';
import { Session } from '../sessions/session.entity';

/** Every entity of the schema, in one list for the one data source. */
export const ENTITIES = [Participant, Conference, Session, SessionModerator, AuditEntry];
