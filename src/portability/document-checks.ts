import type { FrameworksService } from '../frameworks/frameworks.service';
import { draftProblems } from './draft-checks';
import type { ConferenceDocument } from './dto/conference-document.dto';

/** Enough messages to fix a document by, not so many that the answer is the size of the document. */
const MAX_PROBLEMS = 50;

/**
 * What the validation pipe cannot see: references between the records of a document, ids that
 * repeat, unknown themes, and tallies that differ from the document's own vote rows (the
 * drafting room's in draft-checks.ts). Each
 * problem names the field by its path, as a 400 does; an empty list means the document holds
 * together and can be inserted without breaking a constraint.
 */
export function documentProblems(doc: ConferenceDocument, frameworks: FrameworksService): string[] {
  const problems: string[] = [];
  const report = (message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(message);
  };
  const unique = <T>(list: string, rows: T[], key: (row: T) => string) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(key(row))) report(`${list}.${i} repeats ${key(row)}`);
      seen.add(key(row));
    });
  };

  const conferenceId = doc.conference.id;
  if (!frameworks.get(doc.conference.framework))
    report(`conference.framework "${doc.conference.framework}" is not installed here`);

  const participants = new Set(doc.participants.map((p) => p.id));
  unique('participants', doc.participants, (p) => p.id);
  unique('participants', doc.participants, (p) => p.email.toLowerCase());
  doc.participants.forEach((p, i) => {
    if (p.conferenceId !== null && p.conferenceId !== undefined && p.conferenceId !== conferenceId)
      report(`participants.${i}.conferenceId must be null or the conference's id`);
  });
  const person = (path: string, id: string) => {
    if (!participants.has(id)) report(`${path} ${id} is not a participant of the document`);
  };

  const sessions = new Set(doc.sessions.map((s) => s.id));
  unique('sessions', doc.sessions, (s) => s.id);
  unique(
    'closings',
    doc.sessions.flatMap((s) => s.closings),
    (c) => c.id,
  );
  const recommendations = new Map(doc.recommendations.map((r) => [r.id, r]));
  doc.sessions.forEach((s, i) => {
    s.moderatorIds.forEach((id, j) => person(`sessions.${i}.moderatorIds.${j}`, id));
    s.closings.forEach((c, j) =>
      c.tallies.forEach((t, k) => {
        if (recommendations.get(t.recommendationId)?.sessionId !== s.id)
          report(
            `sessions.${i}.closings.${j}.tallies.${k}.recommendationId is not of this session`,
          );
      }),
    );
  });

  unique('recommendations', doc.recommendations, (r) => r.id);
  unique(
    'revisions',
    doc.recommendations.flatMap((r) => r.revisions),
    (v) => v.id,
  );
  const tallies = new Map<string, { support: number; oppose: number; abstain: number }>();
  doc.recommendations.forEach((r, i) => {
    const path = `recommendations.${i}`;
    if (!sessions.has(r.sessionId)) report(`${path}.sessionId is not a session of the document`);
    person(`${path}.authorId`, r.authorId);
    if (r.mergedIntoId && !recommendations.has(r.mergedIntoId))
      report(`${path}.mergedIntoId is not a recommendation of the document`);
    for (const code of frameworks.unknownThemes(doc.conference.framework, r.themes))
      report(`${path}.themes "${code}" is not a theme of ${doc.conference.framework}`);
    r.sponsors.forEach((s, j) => person(`${path}.sponsors.${j}.participantId`, s.participantId));
    unique(`${path}.sponsors`, r.sponsors, (s) => s.participantId);
    unique(`${path}.revisions`, r.revisions, (v) => String(v.version));
    tallies.set(r.id, { support: 0, oppose: 0, abstain: 0 });
  });

  const comments = new Set(doc.comments.map((c) => c.id));
  unique('comments', doc.comments, (c) => c.id);
  doc.comments.forEach((c, i) => {
    const target = recommendations.get(c.recommendationId);
    if (!target) report(`comments.${i}.recommendationId is not a recommendation of the document`);
    else if (target.sessionId !== c.sessionId)
      report(`comments.${i}.sessionId is not the session of its recommendation`);
    person(`comments.${i}.authorId`, c.authorId);
    if (c.parentId && !comments.has(c.parentId))
      report(`comments.${i}.parentId is not a comment of the document`);
  });

  unique('votes', doc.votes, (v) => v.id);
  unique('votes', doc.votes, (v) => `${v.participantId} on ${v.recommendationId}`);
  doc.votes.forEach((v, i) => {
    const target = recommendations.get(v.recommendationId);
    if (!target) report(`votes.${i}.recommendationId is not a recommendation of the document`);
    else if (target.sessionId !== v.sessionId)
      report(`votes.${i}.sessionId is not the session of its recommendation`);
    person(`votes.${i}.participantId`, v.participantId);
    const tally = tallies.get(v.recommendationId);
    if (tally) tally[v.value]++;
  });
  // Counters are the vote rows' sum everywhere in Agora; a document where they differ was edited.
  doc.recommendations.forEach((r, i) => {
    const t = tallies.get(r.id)!;
    if (r.supportCount !== t.support || r.opposeCount !== t.oppose || r.abstainCount !== t.abstain)
      report(
        `recommendations.${i} counts ${r.supportCount}/${r.opposeCount}/${r.abstainCount} but its votes are ${t.support}/${t.oppose}/${t.abstain}`,
      );
  });

  unique('reports', doc.reports, (r) => r.id);
  unique('reports', doc.reports, (r) => String(r.version));
  doc.reports.forEach((r, i) =>
    r.sessionIds.forEach((id, j) => {
      if (!sessions.has(id))
        report(`reports.${i}.sessionIds.${j} is not a session of the document`);
    }),
  );
  draftProblems(doc, {
    report,
    unique,
    person,
    recommendations: new Set(recommendations.keys()),
    reports: new Set(doc.reports.map((r) => r.id)),
  });
  unique('auditEntries', doc.auditEntries, (a) => a.id);
  return problems;
}
