/**
 * The outcome document as the DOCX, PDF, HTML and Markdown renderers print it: every fixed
 * text in the document's language, every number and date formatted, every submitted string
 * cleaned. The renderers only lay it out and escape it for their format, so the four formats
 * cannot disagree on a word or a number.
 */
import { CONSTITUENCIES } from '../../participants/participant.constants';
import { catalogueFor, countryName, type Catalogue } from '../i18n';
import type { OutcomeChapter, OutcomeDocument, RecommendationEntry } from '../outcome-document';
import { dateParts, formatInteger, formatPercent, inline, paragraphs } from './format';
import { method, participation, programme } from './view-annexes';

export interface Fact {
  label: string;
  value: string;
}

export interface TableView {
  columns: string[];
  /** A cell may hold several lines, separated by `\n`. */
  rows: string[][];
  /** Columns holding numbers, right-aligned and as narrow as their content. */
  numeric: boolean[];
  /** Relative widths of the text columns, when they should not share the width equally. */
  weights?: number[];
  note: string | null;
}

/** One recommendation as the outcome document prints it (not the API's RecommendationView). */
export interface DocumentRecommendation {
  number: number;
  /** Stable link target: `recommendation-<number>`. */
  anchor: string;
  heading: string;
  mark: { kind: 'broad' | 'contested'; label: string } | null;
  /** Printed beside the consensus mark when the recorded disposition overrides the vote. */
  overrideMark: string | null;
  paragraphs: string[][];
  /**
   * The disposition and how it was reached (the rule's proposal, confirmed or overridden, by
   * whom) and the note recorded with it: printed with the recommendation in every format.
   */
  decision: {
    label: string;
    text: string;
    overridden: boolean;
    note: string | null;
    noteLabel: string;
  };
  /** One line under the text: the tallies (the marks are printed beside them). */
  line: string;
  /** Its entry in annex E: `details-<number>`. */
  detailsAnchor: string;
  detailsHeading: string;
  facts: Fact[];
  tally: TableView;
  support: TableView;
}

export interface ChapterView {
  anchor: string;
  heading: string;
  themeLine: string;
  recommendations: DocumentRecommendation[];
  crossReferences: Array<{ text: string; anchor: string }>;
}

export interface CrossReferenceView {
  text: string;
  anchor: string;
}

export interface Bar {
  label: string;
  count: number;
  /** Share of the largest count, 0..1: the longest bar fills the chart. */
  length: number;
  value: string;
}

export interface DocumentView {
  t: Catalogue;
  title: string;
  isDraft: boolean;
  statusLabel: string;
  versionLine: string;
  placeLine: string;
  datesLine: string;
  sha256: string;
  /** The fingerprint shared by every language version; null in versions compiled before it. */
  contentSha256: string | null;
  /** "Language versions of this text: French, version 3; Arabic, version 4"; null when none. */
  languageVersions: string | null;
  titleFacts: Fact[];
  /** Running head: conference title and document kind. */
  runningHead: string;
  introduction: string[][];
  /** Only themes that hold recommendations get a chapter. */
  chapters: ChapterView[];
  /**
   * After the last chapter: the themes without a chapter of their own, each with the
   * recommendations printed elsewhere that carry it; null when there is none.
   */
  crossReferences: {
    heading: string;
    intro: string;
    themes: Array<{ line: string; refs: CrossReferenceView[] }>;
  } | null;
  summaries: Array<{ anchor: string; heading: string; kind: string; paragraphs: string[][] }>;
  annexA: { heading: string; intro: string | null; recommendations: DocumentRecommendation[] };
  annexB: { heading: string; table: TableView };
  annexC: {
    heading: string;
    total: string;
    byConstituency: string;
    constituencies: TableView;
    bars: Bar[];
    chart: string;
    byCountry: string;
    countries: TableView;
  };
  annexD: { heading: string; sections: Array<{ heading: string; paragraphs: string[] }> };
  /** Every recommendation's details, votes and support by constituency, in number order. */
  annexE: { heading: string; intro: string; recommendations: DocumentRecommendation[] };
}

const joinOr = (items: string[], none: string): string =>
  items.length > 0 ? items.join('; ') : none;

export function buildView(doc: OutcomeDocument): DocumentView {
  const t = catalogueFor(doc.meta.language);
  const meta = doc.meta;
  // Versions compiled before chapters were limited to themes with recommendations still have
  // chapters holding only cross-references: those go to the cross-references after the chapters.
  const withContent = doc.chapters.filter((chapter) => chapter.recommendations.length > 0);
  const chapterOf = new Map<number, number>();
  withContent.forEach((chapter, index) =>
    chapter.recommendations.forEach((entry) => chapterOf.set(entry.number, index + 1)),
  );
  // The framework's own word ("Objective 5"), else the catalogue's "Theme 5".
  const term = meta.framework.themeTerm ? inline(meta.framework.themeTerm) : null;
  const themeLabel = (number: number, title: string): string =>
    term ? `${term} ${number}${t.colon} ${title}` : t.theme(number, title);
  const themeNames = new Map(
    (doc.themes ?? doc.chapters.map((chapter) => chapter.theme)).map((theme) => [
      theme.code,
      themeLabel(theme.number, inline(theme.shortTitle)),
    ]),
  );
  const reference = (ref: { number: number; title: string }): CrossReferenceView => ({
    text: t.seeRecommendation(ref.number, inline(ref.title), chapterOf.get(ref.number) ?? null),
    anchor: `recommendation-${ref.number}`,
  });
  const rule = doc.annexD.consensusRule;

  const recommendation = (entry: RecommendationEntry): DocumentRecommendation => {
    const decision = decisionView(entry, t);
    const facts: Fact[] = [
      { label: t.fields.level, value: t.levels[entry.governanceLevel] ?? entry.governanceLevel },
      { label: t.fields.session, value: inline(entry.session.title) },
      { label: t.fields.sponsors, value: joinOr(entry.sponsors.map(inline), t.none) },
      {
        label: t.fields.themes,
        value: joinOr(
          entry.themes.map((code) => themeNames.get(code) ?? inline(code)),
          t.none,
        ),
      },
      {
        label: t.fields.votes,
        value: `${tallyLine(entry, t)} · ${t.tally.total} ${formatInteger(totalOf(entry.tally), t)}`,
      },
      { label: t.fields.bridging, value: bridgingText(entry, t) },
      { label: t.fields.disposition, value: decision.text },
    ];
    if (decision.note) facts.push({ label: t.fields.note, value: decision.note });
    return {
      number: entry.number,
      anchor: `recommendation-${entry.number}`,
      heading: t.recommendation(entry.number, inline(entry.title)),
      mark: entry.consensus ? { kind: entry.consensus, label: t.consensus[entry.consensus] } : null,
      overrideMark: decision.overridden ? t.overrideMark : null,
      paragraphs: paragraphs(entry.body),
      decision,
      line: `${tallyLine(entry, t)} — ${t.annexE.see}`,
      detailsAnchor: `details-${entry.number}`,
      detailsHeading: t.annexE.entry(entry.number),
      facts,
      tally: {
        columns: [t.tally.support, t.tally.oppose, t.tally.abstain, t.tally.total],
        rows: [
          [entry.tally.support, entry.tally.oppose, entry.tally.abstain, totalOf(entry.tally)].map(
            (n) => formatInteger(n, t),
          ),
        ],
        numeric: [true, true, true, true],
        note: null,
      },
      support: {
        columns: [
          t.supportTable.constituency,
          t.supportTable.votes,
          t.supportTable.support,
          t.supportTable.share,
        ],
        rows: inCanonicalOrder(entry.constituencySupport).map((row) => [
          t.constituencies[row.constituency] ?? inline(row.constituency),
          formatInteger(row.votes, t),
          formatInteger(row.support, t),
          row.supportShare === null ? '—' : formatPercent(row.supportShare, t),
        ]),
        numeric: [false, true, true, true],
        note: entry.constituencySupport.some((row) => row.supportShare === null)
          ? t.supportTable.notQualified(rule.minVotesPerConstituency)
          : null,
      },
    };
  };

  const chapter = (source: OutcomeChapter, index: number): ChapterView => ({
    anchor: `chapter-${index + 1}`,
    heading: t.chapter(index + 1, inline(source.theme.shortTitle)),
    themeLine: themeLabel(source.theme.number, inline(source.theme.title)),
    recommendations: source.recommendations.map(recommendation),
    crossReferences: source.crossReferences.map(reference),
  });
  const chapters = withContent.map(chapter);
  const referenceOnly = doc.chapters
    .filter((c) => c.recommendations.length === 0 && c.crossReferences.length > 0)
    .map((c) => ({
      line: themeLabel(c.theme.number, inline(c.theme.shortTitle)),
      refs: c.crossReferences.map(reference),
    }));
  const annexA = doc.annexA.map(recommendation);

  const status = t.status[meta.status];
  const country = meta.countryName ?? countryName(meta.country, meta.language);
  const place = `${inline(meta.city)}${t.comma}${inline(country)}`;
  const dates = t.dateRange(dateParts(meta.startsOn), dateParts(meta.endsOn));
  const issued = t.date(dateParts(meta.issuedOn));
  const title = inline(meta.title);
  const titleFacts: Fact[] = [
    { label: t.titleBlock.place, value: place },
    { label: t.titleBlock.dates, value: dates },
  ];
  if (meta.targetProcess) {
    titleFacts.push({ label: t.titleBlock.targetProcess, value: inline(meta.targetProcess) });
  }
  titleFacts.push({ label: t.titleBlock.framework, value: inline(meta.framework.title) });
  if (meta.hosts.length > 0) {
    titleFacts.push({ label: t.titleBlock.hosts, value: meta.hosts.map(inline).join('; ') });
  }
  if (meta.partners.length > 0) {
    titleFacts.push({ label: t.titleBlock.partners, value: meta.partners.map(inline).join('; ') });
  }
  titleFacts.push(
    { label: t.titleBlock.version, value: String(meta.version) },
    { label: t.titleBlock.status, value: status },
    { label: t.titleBlock.issuedOn, value: issued },
  );

  return {
    t,
    title,
    isDraft: meta.status === 'draft',
    statusLabel: status,
    versionLine: t.versionStatus(meta.version, status),
    placeLine: place,
    datesLine: dates,
    sha256: inline(meta.sha256),
    contentSha256: meta.contentSha256 ? inline(meta.contentSha256) : null,
    languageVersions: meta.languageVersions?.length
      ? `${t.titleBlock.languageVersions}${t.colon} ${meta.languageVersions
          .map((v) => t.languageVersion(t.languageNames[v.language] ?? v.language, v.version))
          .join(t.listSeparator)}`
      : null,
    titleFacts,
    runningHead: `${title} — ${t.documentKind}`,
    introduction: paragraphs(doc.introduction),
    chapters,
    crossReferences:
      referenceOnly.length > 0
        ? {
            heading: t.crossReferences.heading,
            intro: t.crossReferences.intro,
            themes: referenceOnly,
          }
        : null,
    summaries: doc.sessionSummaries.map((summary, index) => ({
      anchor: `session-${index + 1}`,
      heading: inline(summary.title),
      kind: t.sessionKinds[summary.kind] ?? summary.kind,
      paragraphs: paragraphs(summary.summary),
    })),
    annexA: {
      heading: t.annexA.heading,
      intro: doc.annexA.length > 0 ? t.annexA.intro : t.annexA.empty,
      recommendations: annexA,
    },
    annexB: { heading: t.annexB.heading, table: programme(doc.annexB, t) },
    annexC: participation(doc, t),
    annexD: method(doc, t),
    annexE: {
      heading: t.annexE.heading,
      intro: t.annexE.intro,
      recommendations: [...chapters.flatMap((c) => c.recommendations), ...annexA].sort(
        (a, b) => a.number - b.number,
      ),
    },
  };
}

/** "Support 43 · Oppose 4 · Abstain 3" */
function tallyLine(entry: RecommendationEntry, t: Catalogue): string {
  const { support, oppose, abstain } = entry.tally;
  return [
    `${t.tally.support} ${formatInteger(support, t)}`,
    `${t.tally.oppose} ${formatInteger(oppose, t)}`,
    `${t.tally.abstain} ${formatInteger(abstain, t)}`,
  ].join(' · ');
}

/** Every table lists the constituencies in the same order, whatever order the data came in. */
function inCanonicalOrder<T extends { constituency: string }>(rows: T[]): T[] {
  const rank = (code: string): number => {
    const index = (CONSTITUENCIES as readonly string[]).indexOf(code);
    return index < 0 ? CONSTITUENCIES.length : index;
  };
  return [...rows].sort((a, b) => rank(a.constituency) - rank(b.constituency));
}

function bridgingText(entry: RecommendationEntry, t: Catalogue): string {
  const qualifying = entry.constituencySupport.filter((c) => c.supportShare !== null).length;
  const mark = entry.consensus ? ` (${t.consensus[entry.consensus]})` : '';
  return qualifying < 2 ? t.noBridging + mark : formatPercent(entry.bridging, t) + mark;
}

/** Versions compiled before decisions were recorded print the disposition alone. */
function decisionView(
  entry: RecommendationEntry,
  t: Catalogue,
): DocumentRecommendation['decision'] {
  const label = (d: string): string => t.dispositions[d as RecommendationEntry['disposition']] ?? d;
  const decision = entry.decision;
  if (!decision)
    return {
      label: t.fields.disposition,
      text: label(entry.disposition),
      overridden: false,
      note: null,
      noteLabel: t.fields.note,
    };
  const overridden = decision.by !== 'rule' && decision.proposed !== entry.disposition;
  return {
    label: t.fields.disposition,
    text: t.decision({
      disposition: label(entry.disposition),
      proposed: label(decision.proposed),
      by: decision.by,
      name: decision.name ? inline(decision.name) : null,
      overridden,
    }),
    overridden,
    note: decision.note ? inline(decision.note) : null,
    noteLabel: t.fields.note,
  };
}

function totalOf(tally: RecommendationEntry['tally']): number {
  return tally.support + tally.oppose + tally.abstain;
}
