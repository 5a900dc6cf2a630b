/**
 * The annexes of the document view: programme, participation and method. Split from view.ts
 * only to keep files short; the same rules apply (every text from the catalogue, every
 * number formatted, every submitted string cleaned).
 */
import { countryName, type Catalogue } from '../i18n';
import type { OutcomeDocument, ProgrammeItem } from '../outcome-document';
import {
  formatInteger,
  formatPercent,
  formatPeriod,
  formatSlot,
  formatSpeakingTime,
  inline,
} from './format';
import type { DocumentView, TableView } from './view';

export function programme(items: ProgrammeItem[], t: Catalogue): TableView {
  const zones = [...new Set(items.map((item) => item.timezone))];
  return {
    columns: [t.annexB.when, t.annexB.session, t.annexB.kind, t.annexB.room, t.annexB.moderators],
    rows: items.map((item) => [
      formatSlot(item.startsAt, item.endsAt, item.timezone, t).join('\n'),
      inline(item.title),
      t.sessionKinds[item.kind] ?? item.kind,
      item.room ? inline(item.room) : '—',
      item.moderators.length === 0
        ? '—'
        : item.moderators
            .map((m) => inline(m.name) + (m.organisation ? ` (${inline(m.organisation)})` : ''))
            .join('\n'),
    ]),
    numeric: [false, false, false, false, false],
    weights: [1.15, 2, 1.1, 1.15, 1.6],
    note: items.length === 0 ? t.annexB.empty : t.annexB.timesIn(zones.join(', ')),
  };
}

export function participation(doc: OutcomeDocument, t: Catalogue): DocumentView['annexC'] {
  const { total, byConstituency, byCountry } = doc.annexC;
  const share = (count: number): string => (total > 0 ? formatPercent(count / total, t) : '—');
  const largest = Math.max(1, ...byConstituency.map((row) => row.count));
  const label = (code: string): string =>
    t.constituencies[code as keyof Catalogue['constituencies']] ?? inline(code);
  return {
    heading: t.annexC.heading,
    total: t.annexC.total(formatInteger(total, t)),
    byConstituency: t.annexC.byConstituency,
    constituencies: constituencyTable(doc, t, label, share),
    bars: byConstituency.map((row) => ({
      label: label(row.constituency),
      count: row.count,
      length: Math.max(0, row.count) / largest,
      value: formatInteger(row.count, t),
    })),
    chart: t.annexC.chart,
    byCountry: t.annexC.byCountry,
    countries: {
      columns: [t.annexC.country, t.annexC.participants, t.annexC.share],
      rows: byCountry.map((row) => [
        inline(row.name ?? countryName(row.country, doc.meta.language)),
        formatInteger(row.count, t),
        share(row.count),
      ]),
      numeric: [false, true, true],
      note: null,
    },
  };
}

/**
 * Participants per constituency; when the compiled sessions kept speakers' lists, also each
 * constituency's finished turns and speaking time (a constituency that spoke without accredited
 * participants left gets its own row).
 */
function constituencyTable(
  doc: OutcomeDocument,
  t: Catalogue,
  label: (code: string) => string,
  share: (count: number) => string,
): DocumentView['annexC']['constituencies'] {
  const { byConstituency, speaking } = doc.annexC;
  const base = {
    columns: [t.annexC.constituency, t.annexC.participants, t.annexC.share],
    rows: byConstituency.map((row) => [
      label(row.constituency),
      formatInteger(row.count, t),
      share(row.count),
    ]),
    numeric: [false, true, true],
    note: null,
  };
  if (!speaking?.length) return base;
  const spoke = new Map(speaking.map((row) => [row.constituency, row]));
  const cells = (code: string | null) => {
    const row = spoke.get(code);
    return [formatInteger(row?.turns ?? 0, t), formatSpeakingTime(row?.seconds ?? 0, t)];
  };
  const listed = new Set<string | null>(byConstituency.map((row) => row.constituency));
  return {
    columns: [...base.columns, t.annexC.turns, t.annexC.speakingTime],
    rows: [
      ...byConstituency.map((row, i) => [...base.rows[i], ...cells(row.constituency)]),
      ...speaking
        .filter((row) => !listed.has(row.constituency))
        .map((row) => [
          row.constituency ? label(row.constituency) : '—',
          formatInteger(0, t),
          share(0),
          ...cells(row.constituency),
        ]),
    ],
    numeric: [false, true, true, true, true],
    note: null,
  };
}

export function method(doc: OutcomeDocument, t: Catalogue): DocumentView['annexD'] {
  const { adoptionRule, consensusRule, contestedRule, votingPeriod } = doc.annexD;
  const sections = [
    {
      heading: t.annexD.adoption,
      paragraphs: [
        t.annexD.adoptionRule(
          formatInteger(adoptionRule.minVotes, t),
          formatPercent(adoptionRule.minSupportShare, t),
        ),
      ],
    },
    {
      heading: t.annexD.consensus,
      paragraphs: [
        t.annexD.consensusRule(
          formatInteger(consensusRule.minVotesPerConstituency, t),
          formatPercent(consensusRule.minShare, t),
          formatInteger(consensusRule.minConstituencies, t),
        ),
        t.annexD.contestedRule({
          minVotes: formatInteger(contestedRule.minVotes, t),
          low: formatPercent(contestedRule.low, t),
          high: formatPercent(contestedRule.high, t),
          supportive: formatPercent(contestedRule.supportive, t),
          opposed: formatPercent(contestedRule.opposed, t),
        }),
        t.annexD.supportShareNote,
      ],
    },
  ];
  if (votingPeriod) {
    const { startsAt, endsAt, timezone } = votingPeriod;
    const period = formatPeriod(startsAt, endsAt, timezone, t);
    sections.push({
      heading: t.annexD.votingPeriod,
      paragraphs: [`${period} (${inline(timezone)})`],
    });
  }
  return { heading: t.annexD.heading, sections };
}
