import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import type {
  AmendmentView,
  DiffPart,
  DraftSummaryView,
  DraftView,
  ParagraphView,
  PersonRef,
  SilenceView,
  VoteValue,
} from '#contract';
import { Participant } from '../participants/participant.entity';
import { wordDiff } from './render';
import { DraftAmendmentSponsor } from './entities/draft-amendment-sponsor.entity';
import { DraftAmendmentVote } from './entities/draft-amendment-vote.entity';
import { PENDING_AMENDMENT, type DraftAmendment } from './entities/draft-amendment.entity';
import { DraftChair } from './entities/draft-chair.entity';
import { DraftParagraphTranslation } from './entities/draft-paragraph-translation.entity';
import { DraftParagraph } from './entities/draft-paragraph.entity';
import { DraftSilence } from './entities/draft-silence.entity';
import type { Draft } from './entities/draft.entity';

const BRACKETS = /\[[^\]]*\]/;

/** Contested wording in square brackets, in the text or an alternative. */
export function isBracketed(p: { text: string; alternatives: string[] }): boolean {
  return BRACKETS.test(p.text) || p.alternatives.some((a) => BRACKETS.test(a));
}

/** Numbers 1…n in document order over every paragraph but headings. */
export function numberParagraphs<T extends { kind: string }>(
  paragraphs: T[],
): Array<T & { number: number | null }> {
  let n = 0;
  return paragraphs.map((p) => ({ ...p, number: p.kind === 'heading' ? null : ++n }));
}

/** The word-level diff an amendment is shown with, from the text it was filed on. */
export function amendmentDiff(a: Pick<DraftAmendment, 'kind' | 'text' | 'baseText'>): DiffPart[] {
  if (a.kind === 'delete') return a.baseText ? [{ op: 'delete', text: a.baseText }] : [];
  if (a.kind === 'insert_after') return a.text ? [{ op: 'insert', text: a.text }] : [];
  return wordDiff(a.baseText, a.text ?? '');
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** Builds what clients see of drafts, paragraphs and amendments (packages/contract/src/draft-views.ts). */
@Injectable()
export class DraftViews {
  /** The draft's live paragraphs in document order. */
  rows(em: EntityManager, draftId: string): Promise<DraftParagraph[]> {
    return em.find(DraftParagraph, {
      where: { draftId, deletedAt: IsNull() },
      order: { position: 'ASC' },
    });
  }

  async paragraphs(em: EntityManager, draftId: string): Promise<ParagraphView[]> {
    const rows = await this.rows(em, draftId);
    const translations = rows.length
      ? await em.find(DraftParagraphTranslation, {
          where: { paragraphId: In(rows.map((r) => r.id)) },
        })
      : [];
    return numberParagraphs(rows).map((p) =>
      this.paragraph(
        p,
        p.number,
        translations.filter((t) => t.paragraphId === p.id),
      ),
    );
  }

  paragraph(
    p: DraftParagraph,
    number: number | null,
    translations: DraftParagraphTranslation[],
  ): ParagraphView {
    return {
      id: p.id,
      draftId: p.draftId,
      number,
      kind: p.kind,
      text: p.text,
      alternatives: p.alternatives,
      bracketed: isBracketed(p),
      sources: p.sources.map((recommendationId) => ({ recommendationId })),
      version: p.version,
      translations: Object.fromEntries(
        [...translations]
          .sort((a, b) => a.language.localeCompare(b.language))
          .map((t) => [
            t.language,
            {
              text: t.text,
              alternatives: t.alternatives,
              outdated: t.paragraphVersion !== p.version,
            },
          ]),
      ),
    };
  }

  /** One paragraph as it stands now, numbered in its draft. */
  async paragraphById(em: EntityManager, draftId: string, id: string): Promise<ParagraphView> {
    const all = await this.paragraphs(em, draftId);
    const found = all.find((p) => p.id === id);
    if (found) return found;
    // A deleted paragraph: shown with its last wording and no number.
    const row = await em.findOneByOrFail(DraftParagraph, { id });
    return this.paragraph(row, null, []);
  }

  async order(em: EntityManager, draftId: string): Promise<string[]> {
    return (await this.rows(em, draftId)).map((p) => p.id);
  }

  async summary(
    em: EntityManager,
    draft: Draft,
    paragraphs?: ParagraphView[],
  ): Promise<DraftSummaryView> {
    const list = paragraphs ?? (await this.paragraphs(em, draft.id));
    const chairIds = (await em.find(DraftChair, { where: { draftId: draft.id } })).map(
      (c) => c.participantId,
    );
    const silence = await em.findOne(DraftSilence, {
      where: { draftId: draft.id },
      order: { createdAt: 'DESC' },
    });
    const people = await this.people(em, [
      ...chairIds,
      ...(silence ? [silence.startedById, silence.brokenById ?? silence.startedById] : []),
    ]);
    return {
      id: draft.id,
      conferenceId: draft.conferenceId,
      title: draft.title,
      language: draft.language,
      status: draft.status,
      version: draft.version,
      chairs: chairIds
        .map((id) => people.get(id))
        .filter((p): p is PersonRef => !!p)
        .sort((a, b) => a.name.localeCompare(b.name)),
      fromReportId: draft.fromReportId,
      clean: list.every((p) => !p.bracketed && p.alternatives.length === 0),
      silence: silence ? this.silence(silence, people) : null,
      createdAt: draft.createdAt.toISOString(),
      updatedAt: draft.updatedAt.toISOString(),
    };
  }

  async full(em: EntityManager, draft: Draft): Promise<DraftView> {
    const paragraphs = await this.paragraphs(em, draft.id);
    return { ...(await this.summary(em, draft, paragraphs)), paragraphs };
  }

  private silence(s: DraftSilence, people: Map<string, PersonRef>): SilenceView {
    const unknown = (id: string): PersonRef => ({ id, name: 'Unknown', organisation: null });
    return {
      status: s.status,
      until: s.until.toISOString(),
      startedBy: people.get(s.startedById) ?? unknown(s.startedById),
      brokenBy: s.brokenById ? (people.get(s.brokenById) ?? unknown(s.brokenById)) : null,
      brokenByOrganisation: s.brokenByOrganisation,
      brokenAt: iso(s.brokenAt),
      paragraphNumbers: s.paragraphNumbers,
      reason: s.reason,
    };
  }

  /**
   * Amendments as `viewer` sees them (their own vote), or as the room sees them (viewer null).
   * `paragraphs`: the draft's live paragraphs when the caller already has them.
   */
  async amendments(
    em: EntityManager,
    amendments: DraftAmendment[],
    viewer: Actor | null,
    paragraphs?: ParagraphView[],
  ): Promise<AmendmentView[]> {
    if (!amendments.length) return [];
    const draftIds = [...new Set(amendments.map((a) => a.draftId))];
    const live = new Map<string, ParagraphView>();
    for (const draftId of draftIds)
      for (const p of paragraphs ?? (await this.paragraphs(em, draftId))) live.set(p.id, p);
    const ids = amendments.map((a) => a.id);
    const sponsors = await em.find(DraftAmendmentSponsor, {
      where: { amendmentId: In(ids) },
      order: { createdAt: 'ASC' },
    });
    const people = await this.people(em, [
      ...amendments.map((a) => a.authorId),
      ...sponsors.map((s) => s.participantId),
    ]);
    const votes = viewer
      ? await em.find(DraftAmendmentVote, {
          where: { amendmentId: In(ids), participantId: viewer.id },
        })
      : [];
    const myVotes = new Map<string, VoteValue>(votes.map((v) => [v.amendmentId, v.value]));
    return amendments.map((a) => {
      const paragraph = live.get(a.paragraphId);
      const pending = PENDING_AMENDMENT.includes(a.status);
      return {
        id: a.id,
        draftId: a.draftId,
        paragraphId: a.paragraphId,
        paragraphNumber: paragraph?.number ?? null,
        kind: a.kind,
        text: a.text,
        reason: a.reason,
        status: a.status,
        outdated: pending && (!paragraph || paragraph.version !== a.baseVersion),
        baseVersion: a.baseVersion,
        baseText: a.baseText,
        diff: amendmentDiff(a),
        compromiseText: a.compromiseText,
        note: a.note,
        author: people.get(a.authorId) ?? { id: a.authorId, name: 'Unknown', organisation: null },
        sponsors: sponsors
          .filter((s) => s.amendmentId === a.id)
          .map((s) => people.get(s.participantId))
          .filter((p): p is PersonRef => !!p),
        tally: { support: a.supportCount, oppose: a.opposeCount, abstain: a.abstainCount },
        bridging: a.bridging,
        consensus: a.consensus,
        myVote: myVotes.get(a.id) ?? null,
        decidedAt: iso(a.decidedAt),
        appliedAt: iso(a.appliedAt),
        createdAt: a.createdAt.toISOString(),
        updatedAt: a.updatedAt.toISOString(),
      };
    });
  }

  private async people(em: EntityManager, ids: string[]): Promise<Map<string, PersonRef>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await em.find(Participant, {
      select: { id: true, name: true, organisation: true },
      where: { id: In(unique) },
    });
    return new Map(
      rows.map((p) => [p.id, { id: p.id, name: p.name, organisation: p.organisation }]),
    );
  }
}
