import { createHash } from 'node:crypto';
import type { OutcomeDocument, RecommendationEntry } from '../outcome-document';
import { canonicalJson } from '../render';
import { byCodePoint } from './compare';

const sha256 = (value: unknown): string =>
  createHash('sha256').update(canonicalJson(value)).digest('hex');

/**
 * The document's fingerprint: SHA-256 of its canonical JSON with the version number, the
 * draft/final status, the fingerprints and the list of sibling language versions left out.
 * Everything else — every text, number, heading choice and the issue date — is covered, so
 * compiling the same closed sessions again gives the same hash, and finalizing a version does
 * not change it.
 */
export function contentHash(doc: OutcomeDocument): string {
  const meta: Partial<OutcomeDocument['meta']> = { ...doc.meta };
  delete meta.version;
  delete meta.status;
  delete meta.sha256;
  delete meta.contentSha256;
  delete meta.languageVersions;
  return sha256({ ...doc, meta });
}

/**
 * What the document says whatever language it is printed in: the recommendations as their
 * authors wrote them, with their themes (codes), sponsors, votes, tallies and dispositions; the
 * sessions' summaries; the participation and speaking figures; the rules. Headings, fixed
 * text, theme, session and country names and the conference's translated texts are left out,
 * and lists a language sorts by name are put in code order, so the French and the Arabic
 * documents of the same closed sessions give the same value.
 */
export function languageIndependentContent(doc: OutcomeDocument): unknown {
  const recommendation = (r: RecommendationEntry) => ({
    number: r.number,
    id: r.id,
    title: r.title,
    body: r.body,
    themes: r.themes,
    governanceLevel: r.governanceLevel,
    session: r.session.id,
    sponsors: r.sponsors,
    tally: r.tally,
    constituencySupport: r.constituencySupport,
    bridging: r.bridging,
    consensus: r.consensus,
    disposition: r.disposition,
    decision: r.decision ?? null,
  });
  const { meta, annexC } = doc;
  return {
    conference: {
      country: meta.country,
      startsOn: meta.startsOn,
      endsOn: meta.endsOn,
      framework: meta.framework.id,
      issuedOn: meta.issuedOn,
    },
    // Adopted ones in their chapters, noted ones in annex A: both by number.
    recommendations: [...doc.chapters.flatMap((c) => c.recommendations), ...doc.annexA]
      .map(recommendation)
      .sort((a, b) => a.number - b.number),
    sessions: doc.sessionSummaries.map((s) => ({
      id: s.sessionId,
      kind: s.kind,
      summary: s.summary,
    })),
    participation: {
      total: annexC.total,
      byConstituency: annexC.byConstituency,
      byCountry: annexC.byCountry
        .map(({ country, count }) => ({ country, count }))
        .sort((a, b) => byCodePoint(a.country, b.country)),
      speaking: annexC.speaking ?? [],
    },
    method: doc.annexD,
  };
}

/**
 * The fingerprint every language version of one outcome shares: SHA-256 of the canonical JSON
 * of `languageIndependentContent`. A vote, a disposition, an edited summary or another set of
 * sessions changes it; the language does not.
 */
export function languageIndependentHash(doc: OutcomeDocument): string {
  return sha256(languageIndependentContent(doc));
}
