import { InvalidInput } from '../common/errors';
import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not, IsNull } from 'typeorm';
import { Conference } from '../conferences/conference.entity';
import { FrameworksService } from '../frameworks/frameworks.service';
import { Participant } from '../participants/participant.entity';
import { LANGUAGES } from '../participants/participant.constants';
import { Recommendation } from '../recommendations/recommendation.entity';
import { localDate } from '../reports/compile/local-date';
import { frameworkTitle } from '../reports/compile/theme-titles';
import { countryName } from '../reports/i18n';
import { Session } from '../sessions/session.entity';
import { speakingTotals } from '../floor/speaking-totals';
import { summariseVotes, type VoteCount } from '../tallies/tally';
import { Sql } from '../database/sql';
import type {
  AppliedAmendment,
  Constituency,
  DraftDocument,
  DraftVersionContent,
  Language,
  ParagraphProvenance,
  SourceRecommendation,
} from './draft-document';
import { ADOPTED_LABEL } from './render';
import { DraftAmendmentSponsor } from './entities/draft-amendment-sponsor.entity';
import { DraftAmendment } from './entities/draft-amendment.entity';
import type { DraftVersion } from './entities/draft-version.entity';
import type { Draft } from './entities/draft.entity';

/** What the renderers print around a frozen version: the conference, the date, the annex (provenance, the floor). */
@Injectable()
export class DraftDocuments {
  constructor(private readonly frameworks: FrameworksService) {}

  /** The language asked for, which must be one of the conference's (the drafting one by default). */
  async checkLanguage(em: EntityManager, draft: Draft, language?: Language): Promise<Language> {
    if (!language) return draft.language;
    const conference = await em.findOneByOrFail(Conference, { id: draft.conferenceId });
    if (!conference.languages.includes(language))
      throw new InvalidInput([
        `language must be one of the conference's languages (${conference.languages.join(', ')})`,
      ]);
    return language;
  }

  async build(em: EntityManager, draft: Draft, row: DraftVersion): Promise<DraftDocument> {
    const content = JSON.parse(row.content) as DraftVersionContent;
    const conference = await em.findOneByOrFail(Conference, { id: draft.conferenceId });
    const framework = draft.framework ? this.frameworks.get(draft.framework) : undefined;
    const translations = Object.fromEntries(
      conference.languages
        .filter((l) => l !== content.language)
        .map((l) => [
          l,
          {
            ...(conference.translations?.title?.[l]
              ? { title: conference.translations.title[l] }
              : {}),
            countryName: countryName(conference.country, l),
          },
        ]),
    );
    const doc: DraftDocument = {
      meta: {
        conference: {
          title: conference.translations?.title?.[content.language] ?? conference.title,
          city: conference.city,
          country: conference.country,
          countryName: countryName(conference.country, content.language),
          translations,
        },
        status: draft.status,
        sha256: row.sha256,
        frozenOn: localDate(row.frozenAt, conference.timezone),
        ...(framework
          ? {
              framework: {
                id: framework.id,
                title: frameworkTitle(framework, content.language),
                titles: Object.fromEntries(LANGUAGES.map((l) => [l, frameworkTitle(framework, l)])),
              },
            }
          : {}),
      },
      content,
    };
    if (content.label === ADOPTED_LABEL) {
      doc.provenance = await this.provenance(em, content);
      // Turns ended by the time the text was adopted: a turn ended later does not change it.
      const speaking = await speakingTotals(em, { draftId: content.draftId }, row.frozenAt);
      if (speaking.length) doc.speaking = speaking;
    }
    return doc;
  }

  /** For every paragraph, its source recommendations and the amendments that changed it. */
  private async provenance(
    em: EntityManager,
    content: DraftVersionContent,
  ): Promise<ParagraphProvenance[]> {
    const sourceIds = [
      ...new Set(content.paragraphs.flatMap((p) => p.sources.map((s) => s.recommendationId))),
    ];
    const sources = new Map<string, SourceRecommendation>();
    if (sourceIds.length) {
      const recs = await em.find(Recommendation, { where: { id: In(sourceIds) } });
      const sessions = await em.find(Session, {
        where: { id: In([...new Set(recs.map((r) => r.sessionId))]) },
      });
      for (const r of recs) {
        const summary = summariseVotes(
          await this.voteCounts(em, 'votes', 'recommendationId', r.id),
        );
        sources.set(r.id, {
          recommendationId: r.id,
          title: r.title,
          session: {
            id: r.sessionId,
            title: sessions.find((s) => s.id === r.sessionId)?.title ?? '',
          },
          tally: summary.tally,
          constituencySupport: summary.constituencies.map((c) => ({
            constituency: c.constituency as Constituency,
            votes: c.votes,
            support: c.support,
            supportShare: c.supportShare,
          })),
          bridging: summary.bridging,
        });
      }
    }
    const applied = await em.find(DraftAmendment, {
      where: { draftId: content.draftId, appliedAt: Not(IsNull()) },
      order: { appliedAt: 'ASC' },
    });
    const sponsorRows = applied.length
      ? await em.find(DraftAmendmentSponsor, {
          where: { amendmentId: In(applied.map((a) => a.id)) },
        })
      : [];
    const people = sponsorRows.length
      ? await em.find(Participant, {
          select: { id: true, organisation: true, name: true },
          where: { id: In([...new Set(sponsorRows.map((s) => s.participantId))]) },
        })
      : [];
    const changed = (a: DraftAmendment): AppliedAmendment => {
      const orgs = sponsorRows
        .filter((s) => s.amendmentId === a.id)
        .sort((x, y) => (x.source === 'author' ? -1 : y.source === 'author' ? 1 : 0))
        .map((s) => {
          const p = people.find((x) => x.id === s.participantId);
          return p?.organisation ?? p?.name ?? '';
        })
        .filter(Boolean);
      const voted = a.status === 'adopted';
      return {
        amendmentId: a.id,
        kind: a.kind,
        sponsors: [...new Set(orgs)],
        decision:
          a.status === 'accepted_modified' ? 'accepted_modified' : voted ? 'adopted' : 'accepted',
        tally: voted
          ? { support: a.supportCount, oppose: a.opposeCount, abstain: a.abstainCount }
          : null,
        bridging: voted ? a.bridging : null,
        appliedAt: (a.appliedAt as Date).toISOString(),
      };
    };
    return content.paragraphs.map((p) => ({
      paragraphId: p.id,
      number: p.number,
      sources: p.sources
        .map((s) => sources.get(s.recommendationId))
        .filter((s): s is SourceRecommendation => !!s),
      amendments: applied
        .filter((a) => a.paragraphId === p.id || a.createdParagraphId === p.id)
        .filter((a) => a.kind !== 'insert_after' || a.createdParagraphId === p.id)
        .map(changed),
    }));
  }

  /** Vote counts grouped by value and constituency, for the tally summary. */
  async voteCounts(
    em: EntityManager,
    table: 'votes' | 'draft_amendment_votes',
    column: 'recommendationId' | 'amendmentId',
    id: string,
  ): Promise<VoteCount[]> {
    const rows = await new Sql(em).rows<{
      value: VoteCount['value'];
      constituency: string | null;
      count: string | number;
    }>(
      `SELECT "value", "constituency", COUNT(*) AS "count" FROM "${table}" WHERE "${column}" = ? GROUP BY "value", "constituency"`,
      [id],
    );
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  }
}
