/**
 * Every heading and fixed text of the outcome document, one catalogue per language. Dates and
 * numbers are formatted here rather than by Intl so that a stored version renders the same on
 * any Node.js release (ICU data changes spacing and wording between releases).
 */
import type { Constituency, Disposition, GovernanceLevel, SessionKind } from '../outcome-document';

export interface DateParts {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

export type Months = readonly [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

/** How a disposition was reached, its labels already in the document's language. */
export interface DecisionText {
  /** The effective disposition's label, e.g. "Adopted". */
  disposition: string;
  /** The label of the adoption rule's proposal. */
  proposed: string;
  by: 'rule' | 'moderator' | 'secretariat';
  /** The moderator's name, when known. */
  name: string | null;
  /** The recorded disposition differs from the rule's proposal. */
  overridden: boolean;
}

/** The contested rule's numbers, already formatted. */
export interface ContestedRuleText {
  minVotes: string;
  low: string;
  high: string;
  supportive: string;
  opposed: string;
}

export interface Catalogue {
  /** BCP 47 tag: the html lang attribute and the language of DOCX runs (spell-checking). */
  languageTag: string;
  months: Months;
  date(d: DateParts): string;
  dateRange(from: DateParts, to: DateParts): string;
  time(hour: number, minute: number): string;
  timeRange(from: string, to: string): string;
  number: {
    decimal: string;
    group: string;
    /** Spanish does not group four-digit numbers. */
    groupFromDigits: number;
    /** French and Spanish put a (narrow) no-break space before the percent sign. */
    percentSuffix: string;
  };

  /** What follows a label: French puts a no-break space before the colon. */
  colon: string;
  /** Between the city and the country ("Mechelen, Belgium"); Arabic and Chinese have their own commas. */
  comma: string;
  documentKind: string;
  titleBlock: {
    place: string;
    dates: string;
    targetProcess: string;
    framework: string;
    hosts: string;
    partners: string;
    version: string;
    status: string;
    issuedOn: string;
    sha256: string;
    /** The fingerprint every language version of the same outcome shares. */
    contentSha256: string;
    /** Before the list of the other language versions with the same content. */
    languageVersions: string;
  };
  status: { draft: string; final: string };
  versionStatus(version: number, status: string): string;
  /** The six languages' names in this one. */
  languageNames: Record<'en' | 'fr' | 'es' | 'ar' | 'zh' | 'ru', string>;
  /** One entry of the language versions' list: "French, version 3". */
  languageVersion(language: string, version: number): string;
  /** Between entries of a list in running text ("; " in Latin scripts). */
  listSeparator: string;
  /** Fills the DOCX table of contents until Word updates its page numbers. */
  contents: string;
  introduction: string;
  chapter(ordinal: number, title: string): string;
  theme(number: number, title: string): string;
  recommendation(number: number, title: string): string;
  seeRecommendation(number: number, title: string, chapter: number | null): string;
  alsoUnderThisTheme: string;
  noRecommendations: string;
  fields: {
    level: string;
    session: string;
    sponsors: string;
    themes: string;
    votes: string;
    bridging: string;
    consensus: string;
    disposition: string;
    /** The note recorded with the disposition. */
    note: string;
  };
  dispositions: Record<Disposition, string>;
  /** The disposition and how it was reached, as one sentence. */
  decision(d: DecisionText): string;
  /** The mark of a recommendation whose recorded disposition overrides the rule's proposal. */
  overrideMark: string;
  none: string;
  /** Printed instead of a bridging score when fewer than two constituencies qualify. */
  noBridging: string;
  levels: Record<GovernanceLevel, string>;
  sessionKinds: Record<SessionKind, string>;
  constituencies: Record<Constituency, string>;
  consensus: { broad: string; contested: string };
  tally: { support: string; oppose: string; abstain: string; total: string };
  supportTable: {
    caption: string;
    constituency: string;
    votes: string;
    support: string;
    share: string;
    notQualified(minVotes: number): string;
  };
  summaries: string;
  annexA: { heading: string; intro: string; empty: string };
  annexB: {
    heading: string;
    timesIn(timezone: string): string;
    when: string;
    session: string;
    kind: string;
    room: string;
    moderators: string;
    empty: string;
  };
  annexC: {
    heading: string;
    total(count: string): string;
    byConstituency: string;
    byCountry: string;
    constituency: string;
    country: string;
    participants: string;
    share: string;
    chart: string;
    /** Columns added to the constituency table when the sessions kept speakers' lists. */
    turns: string;
    speakingTime: string;
  };
  /** Where the themes of recommendations printed in another chapter are listed, after the last chapter. */
  crossReferences: { heading: string; intro: string };
  /** The details, votes and support of every recommendation, out of the chapters. */
  annexE: {
    heading: string;
    intro: string;
    entry(number: number): string;
    /** The last words of the line under each recommendation, linking to its details. */
    see: string;
  };
  annexD: {
    heading: string;
    adoption: string;
    adoptionRule(minVotes: string, minShare: string): string;
    consensus: string;
    consensusRule(minVotes: string, minShare: string, minConstituencies: string): string;
    contestedRule(rule: ContestedRuleText): string;
    supportShareNote: string;
    votingPeriod: string;
  };
  /** "Page 3 of 12" around two Word fields: the text before, between and after them. */
  pageOf: readonly [string, string, string];
}
