import { AuditEntry } from '../audit/audit-entry.entity';
import { DRAFT_ENTITIES } from '../drafts/entities';
import { Comment } from '../comments/comment.entity';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.entity';
import { Conference } from '../conferences/conference.entity';
import { Participant } from '../participants/participant.entity';
import { SessionEvent } from '../sessions/session-event.entity';
import { SessionSequence } from '../sessions/session-sequence.entity';
import { LoginAttempt } from '../participants/login-attempt.entity';
import { ReportVersion } from '../reports/report-version.entity';
import { RecommendationRevision } from '../recommendations/recommendation-revision.entity';
import { RecommendationSponsor } from '../recommendations/recommendation-sponsor.entity';
import { Recommendation } from '../recommendations/recommendation.entity';
import { SessionClosing } from '../sessions/session-closing.entity';
import { SessionModerator } from '../sessions/session-moderator.entity';
import { Session } from '../sessions/session.entity';
import { SpeakerList } from '../speakers/speaker-list.entity';
import { SpeakerRequest } from '../speakers/speaker-request.entity';
import { PendingTally } from '../votes/pending-tally.entity';
import { Vote } from '../votes/vote.entity';

/** Every entity of the schema, in one list for the one data source. */
export const ENTITIES = [
  Participant,
  Conference,
  Session,
  SessionModerator,
  SessionClosing,
  Recommendation,
  RecommendationSponsor,
  RecommendationRevision,
  Comment,
  Vote,
  IdempotencyKey,
  SessionSequence,
  SessionEvent,
  AuditEntry,
  ReportVersion,
  PendingTally,
  LoginAttempt,
  ...DRAFT_ENTITIES,
  SpeakerList,
  SpeakerRequest,
];
