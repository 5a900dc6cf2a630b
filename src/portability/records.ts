import type { AuditEntry } from '../audit/audit-entry.entity';
import type { Comment } from '../comments/comment.entity';
import type { Conference } from '../conferences/conference.entity';
import { withheldEmail } from '../privacy/erasure-scrub';
import type { Participant } from '../participants/participant.entity';
import type { RecommendationRevision } from '../recommendations/recommendation-revision.entity';
import type { RecommendationSponsor } from '../recommendations/recommendation-sponsor.entity';
import type { Recommendation } from '../recommendations/recommendation.entity';
import type { ReportVersion } from '../reports/report-version.entity';
import type { SessionClosing } from '../sessions/session-closing.entity';
import type { Session } from '../sessions/session.entity';
import type { Counters } from '../tallies/tally-recorder';
import { summariseVotes, type VoteCount } from '../tallies/tally';
import type { Vote } from '../votes/vote.entity';
import type {
  AuditEntryRecord,
  CommentRecord,
  ReportRecord,
  VoteRecord,
} from './dto/activity-record.dto';
import type { ConferenceRecord } from './dto/conference-record.dto';
import type { ParticipantRecord } from './dto/participant-record.dto';
import type {
  RecommendationRecord,
  RevisionRecord,
  SponsorRecord,
} from './dto/recommendation-record.dto';
import type { ClosingRecord, SessionRecord } from './dto/session-record.dto';

/** Rows → the document's records: every column but secrets, times as ISO 8601 UTC. */
const iso = (date: Date): string => date.toISOString();
const isoOrNull = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function conferenceRecord(c: Conference): ConferenceRecord {
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    city: c.city,
    country: c.country,
    timezone: c.timezone,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    framework: c.framework,
    languages: c.languages,
    targetProcess: c.targetProcess,
    introduction: c.introduction,
    hosts: c.hosts,
    partners: c.partners,
    adoptionRule: { ...c.adoptionRule },
    translations: c.translations,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
  };
}

/** `withEmail: false` for an account the exporting secretariat does not manage. */
export function participantRecord(p: Participant, withEmail = true): ParticipantRecord {
  return {
    id: p.id,
    name: p.name,
    email: withEmail ? p.email : withheldEmail(p.id),
    organisation: p.organisation,
    constituency: p.constituency,
    country: p.country,
    city: p.city,
    language: p.language,
    role: p.role,
    conferenceId: p.conferenceId,
    active: p.active,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
  };
}

export function sessionRecord(
  s: Session,
  moderatorIds: string[],
  closings: SessionClosing[],
): SessionRecord {
  return {
    id: s.id,
    title: s.title,
    kind: s.kind,
    description: s.description,
    room: s.room,
    startsAt: iso(s.startsAt),
    endsAt: iso(s.endsAt),
    status: s.status,
    summary: s.summary,
    translations: s.translations,
    closedAt: isoOrNull(s.closedAt),
    moderatorIds,
    closings: closings.map((c): ClosingRecord => ({
      id: c.id,
      closedById: c.closedById,
      tallies: c.tallies,
      createdAt: iso(c.createdAt),
    })),
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
  };
}

/**
 * Each recommendation's counters counted from the document's own votes (read in the same
 * snapshot): on PostgreSQL the stored ones may owe the last broadcast interval's votes
 * (TallyRecorder), and the document must hold counters equal to its votes.
 */
export function countersOf(votes: Vote[]): Map<string, Counters> {
  const byRecommendation = new Map<string, VoteCount[]>();
  for (const v of votes) {
    const counts = byRecommendation.get(v.recommendationId) ?? [];
    counts.push({ value: v.value, constituency: v.constituency, count: 1 });
    byRecommendation.set(v.recommendationId, counts);
  }
  const counters = new Map<string, Counters>();
  for (const [id, counts] of byRecommendation) {
    const { tally, bridging, consensus } = summariseVotes(counts);
    counters.set(id, { tally, bridging, consensus });
  }
  return counters;
}

const NO_VOTES: Counters = {
  tally: { support: 0, oppose: 0, abstain: 0 },
  bridging: 0,
  consensus: null,
};

export function recommendationRecord(
  r: Recommendation,
  sponsors: RecommendationSponsor[],
  revisions: RecommendationRevision[],
  counters: Counters = NO_VOTES,
): RecommendationRecord {
  return {
    id: r.id,
    sessionId: r.sessionId,
    authorId: r.authorId,
    title: r.title,
    body: r.body,
    themes: r.themes,
    governanceLevel: r.governanceLevel,
    status: r.status,
    version: r.version,
    mergedIntoId: r.mergedIntoId,
    hiddenReason: r.hiddenReason,
    disposition: r.disposition,
    dispositionNote: r.dispositionNote,
    supportCount: counters.tally.support,
    opposeCount: counters.tally.oppose,
    abstainCount: counters.tally.abstain,
    bridging: counters.bridging,
    consensus: counters.consensus,
    commentCount: r.commentCount,
    sponsors: sponsors.map((s): SponsorRecord => ({
      participantId: s.participantId,
      source: s.source,
      createdAt: iso(s.createdAt),
    })),
    revisions: revisions.map((v): RevisionRecord => ({
      id: v.id,
      version: v.version,
      editorId: v.editorId,
      title: v.title,
      body: v.body,
      themes: v.themes,
      governanceLevel: v.governanceLevel,
      changedFields: v.changedFields,
      createdAt: iso(v.createdAt),
    })),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function commentRecord(c: Comment): CommentRecord {
  return {
    id: c.id,
    recommendationId: c.recommendationId,
    sessionId: c.sessionId,
    authorId: c.authorId,
    parentId: c.parentId,
    body: c.body,
    stance: c.stance,
    hidden: c.hidden,
    hiddenReason: c.hiddenReason,
    hiddenById: c.hiddenById,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
  };
}

export function voteRecord(v: Vote): VoteRecord {
  return {
    id: v.id,
    recommendationId: v.recommendationId,
    sessionId: v.sessionId,
    participantId: v.participantId,
    constituency: v.constituency,
    value: v.value,
    createdAt: iso(v.createdAt),
    updatedAt: iso(v.updatedAt),
  };
}

export function reportRecord(r: ReportVersion): ReportRecord {
  return {
    id: r.id,
    version: r.version,
    status: r.status,
    language: r.language,
    sessionIds: r.sessionIds,
    sha256: r.sha256,
    document: r.document,
    createdById: r.createdById,
    finalizedAt: isoOrNull(r.finalizedAt),
    finalizedById: r.finalizedById,
    createdAt: iso(r.createdAt),
  };
}

export function auditEntryRecord(a: AuditEntry): AuditEntryRecord {
  return {
    id: a.id,
    createdAt: iso(a.createdAt),
    actorId: a.actorId,
    actorRole: a.actorRole,
    action: a.action,
    sessionId: a.sessionId,
    targetType: a.targetType,
    targetId: a.targetId,
    details: a.details,
  };
}
