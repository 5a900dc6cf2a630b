import { Injectable } from '@nestjs/common';
import { EntityManager, In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { UNMATCHABLE_HASH } from '../participants/secret-hasher';
import { Comment } from '../comments/comment.entity';
import {
  Draft,
  DraftAmendment,
  DraftAmendmentVote,
  DraftParagraph,
  DraftSilence,
  DraftVersion,
} from '../drafts/entities';
import { SpeakerList } from '../speakers/speaker-list.entity';
import { SpeakerRequest } from '../speakers/speaker-request.entity';
import type { Actor } from '../common/auth/actor';
import { Conference } from '../conferences/conference.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { FrameworksService } from '../frameworks/frameworks.service';
import { isWithheldEmail } from '../privacy/erasure-scrub';
import { Participant } from '../participants/participant.entity';
import { RecommendationRevision } from '../recommendations/recommendation-revision.entity';
import { Recommendation } from '../recommendations/recommendation.entity';
import { ReportVersion } from '../reports/report-version.entity';
import { SessionClosing } from '../sessions/session-closing.entity';
import { Session } from '../sessions/session.entity';
import { Vote } from '../votes/vote.entity';
import { documentProblems } from './document-checks';
import type { ConferenceDocument, ImportResult } from './dto/conference-document.dto';
import { insertDocument } from './document-writer';
import { insertDrafts } from './draft-writer';
import { InvalidInput, NotAllowed, StateConflict } from '../common/errors';

const CHUNK = 500;

/**
 * `POST /conferences/import`: a conference exported by this or another Agora, recreated with
 * the same ids in one transaction, with an audit entry (its drafts too, format version 2). Everything is checked before anything
 * is written: the document's shape (400, by the DTOs), its inner references and tallies (400),
 * then clashes with this database (409) — the conference or any of its rows already here, or
 * a participant's email taken by someone else.
 */
@Injectable()
export class ConferenceImportService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly frameworks: FrameworksService,
  ) {}

  async import(actor: Actor, doc: ConferenceDocument): Promise<ImportResult> {
    if (actor.conferenceId)
      throw new NotAllowed('Only a platform-wide secretariat can import conferences');
    const problems = documentProblems(doc, this.frameworks);
    if (problems.length) throw new InvalidInput(problems);

    return this.transactions.run(async ({ em }) => {
      await this.refuseClashes(em, doc);
      const reused = await this.reusableParticipants(em, doc);
      const created = doc.participants.filter((p) => !reused.has(p.id));
      await insertDocument(em, doc, created, UNMATCHABLE_HASH);
      await insertDrafts(em, doc.conference.id, doc.drafts);
      const counts = {
        participantsCreated: created.length,
        participantsReused: reused.size,
        sessions: doc.sessions.length,
        recommendations: doc.recommendations.length,
        comments: doc.comments.length,
        votes: doc.votes.length,
        reports: doc.reports.length,
        drafts: doc.drafts.length,
        amendments: doc.drafts.reduce((n, d) => n + d.amendments.length, 0),
        auditEntries: doc.auditEntries.length,
      };
      await this.audit.record(em, {
        action: 'conference.import',
        actor,
        conferenceId: doc.conference.id,
        targetType: 'conference',
        targetId: doc.conference.id,
        details: { exportedAt: doc.exportedAt, formatVersion: doc.formatVersion, ...counts },
      });
      return {
        conferenceId: doc.conference.id,
        slug: doc.conference.slug,
        counts,
        note: 'Imported participants cannot sign in until the secretariat issues them an access code (POST /participants/{id}/access-code).',
      };
    });
  }

  private async refuseClashes(em: EntityManager, doc: ConferenceDocument): Promise<void> {
    const { id, slug } = doc.conference;
    if (await em.existsBy(Conference, { id }))
      throw new StateConflict(
        `Conference ${id} is already in this database: an import keeps the exported ids, so a conference can be imported once per database`,
      );
    if (await em.existsBy(Conference, { slug }))
      throw new StateConflict(`A conference with slug ${slug} already exists`);
    const tables: Array<[string, EntityTarget<ObjectLiteral>, string[]]> = [
      ['sessions', Session, doc.sessions.map((s) => s.id)],
      ['closings', SessionClosing, doc.sessions.flatMap((s) => s.closings.map((c) => c.id))],
      ['recommendations', Recommendation, doc.recommendations.map((r) => r.id)],
      [
        'revisions',
        RecommendationRevision,
        doc.recommendations.flatMap((r) => r.revisions.map((v) => v.id)),
      ],
      ['comments', Comment, doc.comments.map((c) => c.id)],
      ['votes', Vote, doc.votes.map((v) => v.id)],
      ['reports', ReportVersion, doc.reports.map((r) => r.id)],
      ['auditEntries', AuditEntry, doc.auditEntries.map((a) => a.id)],
      ...draftTables(doc),
    ];
    for (const [list, entity, ids] of tables) {
      const taken = await existing(em, entity, 'id', ids);
      if (taken.length)
        throw new StateConflict(
          `${list}: ${taken.length} ids already exist here, e.g. ${taken[0]}`,
        );
    }
  }

  /**
   * A platform-wide participant may already be here (same id, same email — or the email the
   * exporting conference secretariat was not shown: the same person);
   * they are kept as they are. Any other clash of id or email is refused.
   */
  private async reusableParticipants(
    em: EntityManager,
    doc: ConferenceDocument,
  ): Promise<Set<string>> {
    const byId = new Map<string, Participant>();
    const ids = doc.participants.map((p) => p.id);
    for (let i = 0; i < ids.length; i += CHUNK)
      for (const p of await em.findBy(Participant, { id: In(ids.slice(i, i + CHUNK)) }))
        byId.set(p.id, p);
    const emails = new Set(
      await existing(
        em,
        Participant,
        'email',
        doc.participants.filter((p) => !byId.has(p.id)).map((p) => p.email.toLowerCase()),
      ),
    );
    const reused = new Set<string>();
    doc.participants.forEach((p, i) => {
      const here = byId.get(p.id);
      if (here) {
        // An export by a conference secretariat withholds platform-wide accounts' email.
        const sameEmail = here.email === p.email.toLowerCase() || isWithheldEmail(p.id, p.email);
        if (!sameEmail || here.conferenceId !== null || p.conferenceId)
          throw new StateConflict(
            `participants.${i}: participant ${p.id} already exists here as someone else`,
          );
        reused.add(p.id);
      } else if (emails.has(p.email.toLowerCase())) {
        throw new StateConflict(
          `participants.${i}: ${p.email} already belongs to another participant here`,
        );
      }
    });
    return reused;
  }
}

/** The drafting room's tables with their own ids, and the document's ids for each. */
function draftTables(
  doc: ConferenceDocument,
): Array<[string, EntityTarget<ObjectLiteral>, string[]]> {
  const drafts = doc.drafts;
  const amendments = drafts.flatMap((d) => d.amendments);
  const lists = drafts.flatMap((d) => (d.speakers ? [d.speakers] : []));
  return [
    ['drafts', Draft, drafts.map((d) => d.id)],
    ['paragraphs', DraftParagraph, drafts.flatMap((d) => d.paragraphs.map((p) => p.id))],
    ['amendments', DraftAmendment, amendments.map((a) => a.id)],
    ['amendment votes', DraftAmendmentVote, amendments.flatMap((a) => a.votes.map((v) => v.id))],
    ['versions', DraftVersion, drafts.flatMap((d) => d.versions.map((v) => v.id))],
    ['silences', DraftSilence, drafts.flatMap((d) => d.silences.map((s) => s.id))],
    ['speaker lists', SpeakerList, lists.map((l) => l.id)],
    ['speaker requests', SpeakerRequest, lists.flatMap((l) => l.requests.map((r) => r.id))],
  ];
}

/** The values of `column` among `values` that some row already has. */
async function existing(
  em: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  column: string,
  values: string[],
): Promise<string[]> {
  const found: string[] = [];
  for (let i = 0; i < values.length; i += CHUNK) {
    const rows = await em
      .createQueryBuilder(entity, 't')
      .select(`t.${column}`, 'value')
      .where(`t.${column} IN (:...values)`, { values: values.slice(i, i + CHUNK) })
      .getRawMany<{ value: string }>();
    found.push(...rows.map((r) => r.value));
  }
  return found;
}
