import { EntityManager, type ObjectLiteral } from 'typeorm';
import {
  Draft,
  DraftAmendment,
  DraftAmendmentSponsor,
  DraftAmendmentVote,
  DraftChair,
  DraftParagraph,
  DraftParagraphTranslation,
  DraftSilence,
  DraftVersion,
} from '../drafts/entities';
import { SpeakerList } from '../speakers/speaker-list.entity';
import { SpeakerRequest } from '../speakers/speaker-request.entity';
import type { DraftRecord } from './dto/draft-record.dto';

const iso = (date: Date): string => date.toISOString();
const isoOrNull = (date: Date | null): string | null => (date ? date.toISOString() : null);

/**
 * The conference's drafts with everything they hold, as the document's `drafts` (format version
 * 2): chairs, paragraphs (deleted ones too) with their translations, amendments with sponsors and
 * votes, frozen versions, silences and the draft's speakers' list. Not the realtime event log,
 * which is a replay buffer of minutes, rebuilt by the next event. Read in the caller's snapshot.
 */
export async function readDrafts(
  em: EntityManager,
  conferenceId: string,
): Promise<{ drafts: DraftRecord[]; participantIds: string[] }> {
  const drafts = await em.find(Draft, {
    where: { conferenceId },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  if (!drafts.length) return { drafts: [], participantIds: [] };
  const chairs = await byDraft(em, DraftChair, 'c', conferenceId)
    .orderBy('c.participantId')
    .getMany();
  const paragraphs = await byDraft(em, DraftParagraph, 'p', conferenceId)
    .orderBy('p.position')
    .addOrderBy('p.createdAt')
    .addOrderBy('p.id')
    .getMany();
  const translations = await byDraft(em, DraftParagraphTranslation, 't', conferenceId, 'paragraph')
    .orderBy('t.language')
    .getMany();
  const amendments = await byDraft(em, DraftAmendment, 'a', conferenceId)
    .orderBy('a.createdAt')
    .addOrderBy('a.id')
    .getMany();
  const sponsors = await byDraft(em, DraftAmendmentSponsor, 's', conferenceId, 'amendment')
    .orderBy('s.createdAt')
    .addOrderBy('s.participantId')
    .getMany();
  const votes = await byDraft(em, DraftAmendmentVote, 'v', conferenceId, 'amendment')
    .orderBy('v.createdAt')
    .addOrderBy('v.id')
    .getMany();
  const versions = await byDraft(em, DraftVersion, 'v', conferenceId)
    .orderBy('v.version')
    .getMany();
  const silences = await byDraft(em, DraftSilence, 's', conferenceId)
    .orderBy('s.createdAt')
    .addOrderBy('s.id')
    .getMany();
  const lists = await byDraft(em, SpeakerList, 'l', conferenceId).getMany();
  const requests = await em
    .createQueryBuilder(SpeakerRequest, 'r')
    .innerJoin(SpeakerList, 'list', 'list.id = r.listId')
    .innerJoin(Draft, 'draft', 'draft.id = list.draftId')
    .where('draft.conferenceId = :conferenceId', { conferenceId })
    .orderBy('r.createdAt')
    .addOrderBy('r.id')
    .getMany();

  const chairsOf = groupBy(chairs, (c) => c.draftId);
  const paragraphsOf = groupBy(paragraphs, (p) => p.draftId);
  const translationsOf = groupBy(translations, (t) => t.paragraphId);
  const amendmentsOf = groupBy(amendments, (a) => a.draftId);
  const sponsorsOf = groupBy(sponsors, (s) => s.amendmentId);
  const votesOf = groupBy(votes, (v) => v.amendmentId);
  const versionsOf = groupBy(versions, (v) => v.draftId);
  const silencesOf = groupBy(silences, (s) => s.draftId);
  const listOf = new Map(lists.map((l) => [l.draftId!, l] as const));
  const requestsOf = groupBy(requests, (r) => r.listId);

  const records = drafts.map((d): DraftRecord => {
    const list = listOf.get(d.id);
    return {
      id: d.id,
      title: d.title,
      language: d.language,
      status: d.status,
      version: d.version,
      fromReportId: d.fromReportId,
      framework: d.framework,
      createdById: d.createdById,
      chairIds: (chairsOf.get(d.id) ?? []).map((c) => c.participantId),
      paragraphs: (paragraphsOf.get(d.id) ?? []).map((p) => ({
        id: p.id,
        position: p.position,
        kind: p.kind,
        text: p.text,
        alternatives: p.alternatives,
        sources: p.sources,
        version: p.version,
        deletedAt: isoOrNull(p.deletedAt),
        translations: (translationsOf.get(p.id) ?? []).map((t) => ({
          language: t.language,
          text: t.text,
          alternatives: t.alternatives,
          paragraphVersion: t.paragraphVersion,
          updatedAt: iso(t.updatedAt),
        })),
        createdAt: iso(p.createdAt),
        updatedAt: iso(p.updatedAt),
      })),
      amendments: (amendmentsOf.get(d.id) ?? []).map((a) => ({
        id: a.id,
        paragraphId: a.paragraphId,
        kind: a.kind,
        text: a.text,
        reason: a.reason,
        authorId: a.authorId,
        status: a.status,
        baseVersion: a.baseVersion,
        baseText: a.baseText,
        compromiseText: a.compromiseText,
        note: a.note,
        decidedById: a.decidedById,
        decidedAt: isoOrNull(a.decidedAt),
        appliedAt: isoOrNull(a.appliedAt),
        createdParagraphId: a.createdParagraphId,
        supportCount: a.supportCount,
        opposeCount: a.opposeCount,
        abstainCount: a.abstainCount,
        bridging: a.bridging,
        consensus: a.consensus,
        sponsors: (sponsorsOf.get(a.id) ?? []).map((s) => ({
          participantId: s.participantId,
          source: s.source,
          createdAt: iso(s.createdAt),
        })),
        votes: (votesOf.get(a.id) ?? []).map((v) => ({
          id: v.id,
          participantId: v.participantId,
          constituency: v.constituency,
          value: v.value,
          createdAt: iso(v.createdAt),
          updatedAt: iso(v.updatedAt),
        })),
        createdAt: iso(a.createdAt),
        updatedAt: iso(a.updatedAt),
      })),
      versions: (versionsOf.get(d.id) ?? []).map((v) => ({
        id: v.id,
        version: v.version,
        label: v.label,
        sha256: v.sha256,
        content: v.content,
        frozenById: v.frozenById,
        frozenAt: iso(v.frozenAt),
      })),
      silences: (silencesOf.get(d.id) ?? []).map((s) => ({
        id: s.id,
        until: iso(s.until),
        status: s.status,
        startedById: s.startedById,
        brokenById: s.brokenById,
        brokenByOrganisation: s.brokenByOrganisation,
        brokenAt: isoOrNull(s.brokenAt),
        paragraphNumbers: s.paragraphNumbers,
        reason: s.reason,
        endedAt: isoOrNull(s.endedAt),
        createdAt: iso(s.createdAt),
        updatedAt: iso(s.updatedAt),
      })),
      speakers: list
        ? {
            id: list.id,
            mode: list.mode,
            turnSeconds: list.turnSeconds,
            requests: (requestsOf.get(list.id) ?? []).map((r) => ({
              id: r.id,
              participantId: r.participantId,
              constituency: r.constituency,
              status: r.status,
              topicKind: r.topicKind,
              topicId: r.topicId,
              startedAt: isoOrNull(r.startedAt),
              endedAt: isoOrNull(r.endedAt),
              seconds: r.seconds,
              createdAt: iso(r.createdAt),
              updatedAt: iso(r.updatedAt),
            })),
            createdAt: iso(list.createdAt),
            updatedAt: iso(list.updatedAt),
          }
        : null,
      createdAt: iso(d.createdAt),
      updatedAt: iso(d.updatedAt),
    };
  });
  // The participants whose rows the drafts point to by foreign key, for the document's list.
  const participantIds = [
    ...chairs.map((c) => c.participantId),
    ...amendments.map((a) => a.authorId),
    ...sponsors.map((s) => s.participantId),
    ...votes.map((v) => v.participantId),
    ...requests.map((r) => r.participantId),
  ];
  return { drafts: records, participantIds };
}

/**
 * Rows of the conference's drafts: by their own `draftId`, or through the paragraph or amendment
 * they belong to (whose key is `paragraphId` / `amendmentId`).
 */
function byDraft<T extends ObjectLiteral>(
  em: EntityManager,
  entity: new () => T,
  alias: string,
  conferenceId: string,
  through?: 'paragraph' | 'amendment',
) {
  const query = em.createQueryBuilder(entity, alias);
  if (through === 'paragraph')
    query
      .innerJoin(DraftParagraph, 'parent', `parent.id = ${alias}.paragraphId`)
      .innerJoin(Draft, 'draft', 'draft.id = parent.draftId');
  else if (through === 'amendment')
    query
      .innerJoin(DraftAmendment, 'parent', `parent.id = ${alias}.amendmentId`)
      .innerJoin(Draft, 'draft', 'draft.id = parent.draftId');
  else query.innerJoin(Draft, 'draft', `draft.id = ${alias}.draftId`);
  return query.where('draft.conferenceId = :conferenceId', { conferenceId });
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
