import { draftContentHash } from '../drafts/draft-content';
import type { DraftVersionContent } from '../drafts/draft-document';
import type { ConferenceDocument } from './dto/conference-document.dto';

/** What documentProblems shares with the drafting room's checks. */
export interface CheckContext {
  report: (message: string) => void;
  unique: <T>(list: string, rows: T[], key: (row: T) => string) => void;
  /** Reports `path` unless `id` is a participant of the document. */
  person: (path: string, id: string) => void;
  recommendations: ReadonlySet<string>;
  reports: ReadonlySet<string>;
}

/**
 * The drafts' references and counters, as documentProblems checks the rest: every id once, each
 * amendment on a paragraph of its own draft, chairs, authors, sponsors, voters and speakers among
 * the document's participants, paragraphs citing the document's recommendations, amendment
 * counters equal to their votes, and each frozen version's SHA-256 that of its content (a version
 * is never changed, so a mismatch means the document was). Also the unique indexes of the drafting
 * room's tables, so that a document that passes cannot fail half-way through the insert.
 */
export function draftProblems(doc: ConferenceDocument, ctx: CheckContext): void {
  const { report, unique, person } = ctx;
  const drafts = doc.drafts;
  unique('drafts', drafts, (d) => d.id);
  unique(
    'paragraphs',
    drafts.flatMap((d) => d.paragraphs),
    (p) => p.id,
  );
  unique(
    'amendments',
    drafts.flatMap((d) => d.amendments),
    (a) => a.id,
  );
  unique(
    'amendment votes',
    drafts.flatMap((d) => d.amendments.flatMap((a) => a.votes)),
    (v) => v.id,
  );
  unique(
    'versions',
    drafts.flatMap((d) => d.versions),
    (v) => v.id,
  );
  unique(
    'silences',
    drafts.flatMap((d) => d.silences),
    (s) => s.id,
  );
  unique(
    'speaker lists',
    drafts.flatMap((d) => (d.speakers ? [d.speakers] : [])),
    (l) => l.id,
  );
  unique(
    'speaker requests',
    drafts.flatMap((d) => d.speakers?.requests ?? []),
    (r) => r.id,
  );

  drafts.forEach((d, i) => {
    const at = `drafts.${i}`;
    if (!doc.conference.languages.includes(d.language))
      report(`${at}.language "${d.language}" is not a language of the conference`);
    if (d.fromReportId && !ctx.reports.has(d.fromReportId))
      report(`${at}.fromReportId is not a report of the document`);
    d.chairIds.forEach((id, j) => person(`${at}.chairIds.${j}`, id));

    const paragraphs = new Set(d.paragraphs.map((p) => p.id));
    d.paragraphs.forEach((p, j) => {
      p.sources.forEach((id, k) => {
        if (!ctx.recommendations.has(id))
          report(`${at}.paragraphs.${j}.sources.${k} is not a recommendation of the document`);
      });
      unique(`${at}.paragraphs.${j}.translations`, p.translations, (t) => t.language);
    });

    const amendments = new Set(d.amendments.map((a) => a.id));
    d.amendments.forEach((a, j) => {
      const path = `${at}.amendments.${j}`;
      if (!paragraphs.has(a.paragraphId))
        report(`${path}.paragraphId is not a paragraph of the draft`);
      if (a.createdParagraphId && !paragraphs.has(a.createdParagraphId))
        report(`${path}.createdParagraphId is not a paragraph of the draft`);
      person(`${path}.authorId`, a.authorId);
      a.sponsors.forEach((s, k) => person(`${path}.sponsors.${k}.participantId`, s.participantId));
      unique(`${path}.sponsors`, a.sponsors, (s) => s.participantId);
      unique(`${path}.votes`, a.votes, (v) => v.participantId);
      const tally = { support: 0, oppose: 0, abstain: 0 };
      a.votes.forEach((v, k) => {
        person(`${path}.votes.${k}.participantId`, v.participantId);
        tally[v.value]++;
      });
      if (
        a.supportCount !== tally.support ||
        a.opposeCount !== tally.oppose ||
        a.abstainCount !== tally.abstain
      )
        report(
          `${path} counts ${a.supportCount}/${a.opposeCount}/${a.abstainCount} but its votes are ${tally.support}/${tally.oppose}/${tally.abstain}`,
        );
    });

    unique(`${at}.versions`, d.versions, (v) => String(v.version));
    d.versions.forEach((v, j) => {
      const path = `${at}.versions.${j}`;
      let content: DraftVersionContent;
      try {
        content = JSON.parse(v.content) as DraftVersionContent;
      } catch {
        report(`${path}.content is not JSON`);
        return;
      }
      if (typeof content !== 'object' || content === null || content.draftId !== d.id)
        report(`${path}.content is not a version of this draft`);
      else if (draftContentHash(content) !== v.sha256)
        report(`${path}.sha256 is not the SHA-256 of its content`);
    });

    if (d.silences.filter((s) => s.status === 'running').length > 1)
      report(`${at}.silences has more than one running silence`);

    const list = d.speakers;
    if (!list) return;
    const path = `${at}.speakers`;
    if (list.requests.filter((r) => r.status === 'speaking').length > 1)
      report(`${path}.requests has more than one speaker at a time`);
    unique(
      `${path}.requests (waiting)`,
      list.requests.filter((r) => r.status === 'waiting'),
      (r) => r.participantId,
    );
    list.requests.forEach((r, j) => {
      person(`${path}.requests.${j}.participantId`, r.participantId);
      const topics =
        r.topicKind === 'paragraph'
          ? paragraphs
          : r.topicKind === 'amendment'
            ? amendments
            : r.topicKind === 'recommendation'
              ? ctx.recommendations
              : null;
      if (topics && (!r.topicId || !topics.has(r.topicId)))
        report(`${path}.requests.${j}.topicId is not a ${r.topicKind} of the document`);
    });
  });
}
