import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
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

const ROWS_PER_INSERT = 200;
const date = (iso: string): Date => new Date(iso);
const dateOrNull = (iso: string | null | undefined): Date | null => (iso ? new Date(iso) : null);

/**
 * Writes the document's drafts (checked by draftProblems) inside the import's transaction, after
 * the conference, its participants and reports: drafts, then what points at them. Paragraphs come
 * before amendments (an amendment's paragraph is a foreign key); frozen versions are copied as
 * stored, so their SHA-256 still matches their content.
 */
export async function insertDrafts(
  em: EntityManager,
  conferenceId: string,
  drafts: DraftRecord[],
): Promise<void> {
  await insertAll(
    em,
    Draft,
    drafts.map((d) => ({
      id: d.id,
      conferenceId,
      title: d.title,
      language: d.language,
      status: d.status,
      version: d.version,
      fromReportId: d.fromReportId ?? null,
      framework: d.framework ?? null,
      createdById: d.createdById ?? null,
      createdAt: date(d.createdAt),
      updatedAt: date(d.updatedAt),
    })),
  );
  await insertAll(
    em,
    DraftChair,
    drafts.flatMap((d) => d.chairIds.map((participantId) => ({ draftId: d.id, participantId }))),
  );
  const paragraphs = drafts.flatMap((d) => d.paragraphs.map((p) => ({ draftId: d.id, p })));
  await insertAll(
    em,
    DraftParagraph,
    paragraphs.map(({ draftId, p }) => ({
      id: p.id,
      draftId,
      position: p.position,
      kind: p.kind,
      text: p.text,
      alternatives: p.alternatives,
      sources: p.sources,
      version: p.version,
      deletedAt: dateOrNull(p.deletedAt),
      createdAt: date(p.createdAt),
      updatedAt: date(p.updatedAt),
    })),
  );
  await insertAll(
    em,
    DraftParagraphTranslation,
    paragraphs.flatMap(({ p }) =>
      p.translations.map((t) => ({
        paragraphId: p.id,
        language: t.language,
        text: t.text,
        alternatives: t.alternatives,
        paragraphVersion: t.paragraphVersion,
        updatedAt: date(t.updatedAt),
      })),
    ),
  );
  const amendments = drafts.flatMap((d) => d.amendments.map((a) => ({ draftId: d.id, a })));
  await insertAll(
    em,
    DraftAmendment,
    amendments.map(({ draftId, a: { sponsors: _s, votes: _v, ...a } }) => ({
      ...a,
      draftId,
      text: a.text ?? null,
      compromiseText: a.compromiseText ?? null,
      note: a.note ?? null,
      decidedById: a.decidedById ?? null,
      decidedAt: dateOrNull(a.decidedAt),
      appliedAt: dateOrNull(a.appliedAt),
      createdParagraphId: a.createdParagraphId ?? null,
      consensus: a.consensus ?? null,
      createdAt: date(a.createdAt),
      updatedAt: date(a.updatedAt),
    })),
  );
  await insertAll(
    em,
    DraftAmendmentSponsor,
    amendments.flatMap(({ a }) =>
      a.sponsors.map((s) => ({
        amendmentId: a.id,
        participantId: s.participantId,
        source: s.source,
        createdAt: date(s.createdAt),
      })),
    ),
  );
  await insertAll(
    em,
    DraftAmendmentVote,
    amendments.flatMap(({ a }) =>
      a.votes.map((v) => ({
        ...v,
        amendmentId: a.id,
        constituency: v.constituency ?? null,
        createdAt: date(v.createdAt),
        updatedAt: date(v.updatedAt),
      })),
    ),
  );
  await insertAll(
    em,
    DraftVersion,
    drafts.flatMap((d) =>
      d.versions.map((v) => ({
        ...v,
        draftId: d.id,
        frozenById: v.frozenById ?? null,
        frozenAt: date(v.frozenAt),
      })),
    ),
  );
  await insertAll(
    em,
    DraftSilence,
    drafts.flatMap((d) =>
      d.silences.map((s) => ({
        ...s,
        draftId: d.id,
        until: date(s.until),
        brokenById: s.brokenById ?? null,
        brokenByOrganisation: s.brokenByOrganisation ?? null,
        brokenAt: dateOrNull(s.brokenAt),
        paragraphNumbers: s.paragraphNumbers ?? null,
        reason: s.reason ?? null,
        endedAt: dateOrNull(s.endedAt),
        createdAt: date(s.createdAt),
        updatedAt: date(s.updatedAt),
      })),
    ),
  );
  const lists = drafts.flatMap((d) => (d.speakers ? [{ draftId: d.id, list: d.speakers }] : []));
  await insertAll(
    em,
    SpeakerList,
    lists.map(({ draftId, list: { requests: _r, ...list } }) => ({
      ...list,
      conferenceId,
      sessionId: null,
      draftId,
      createdAt: date(list.createdAt),
      updatedAt: date(list.updatedAt),
    })),
  );
  await insertAll(
    em,
    SpeakerRequest,
    lists.flatMap(({ list }) =>
      list.requests.map((r) => ({
        ...r,
        listId: list.id,
        constituency: r.constituency ?? null,
        topicKind: r.topicKind ?? null,
        topicId: r.topicId ?? null,
        startedAt: dateOrNull(r.startedAt),
        endedAt: dateOrNull(r.endedAt),
        seconds: r.seconds ?? null,
        createdAt: date(r.createdAt),
        updatedAt: date(r.updatedAt),
      })),
    ),
  );
}

async function insertAll<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    await em.insert(entity, rows.slice(i, i + ROWS_PER_INSERT));
}
