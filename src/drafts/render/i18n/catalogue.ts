/**
 * Every heading and fixed text of the drafting room's documents (clean versions, comparisons,
 * the adopted declaration), one catalogue per conference language. Dates, numbers and
 * constituency names are the outcome document's (src/reports/i18n), so the product writes a
 * date or a share one way per language. A catalogue is typed `Record<Language, …>`: adding
 * Arabic, Chinese or Russian to the product's languages fails to compile until each is written.
 */
import type { AmendmentKind, AppliedAmendment, Constituency, Language } from '../../draft-document';
import type { Catalogue as ReportCatalogue, DateParts } from '../../../reports/i18n';

export type { DateParts };

export type ParagraphStatusName = 'inserted' | 'deleted' | 'changed' | 'moved' | 'unchanged';

export type ChangeCounts = Record<ParagraphStatusName, number>;

export interface DraftCatalogue {
  /** BCP 47 tag: html `lang`, DOCX `w:lang`, PDF /Lang. */
  languageTag: string;
  /** Writing direction of the language: `dir` in HTML, `w:bidi` in DOCX. */
  direction: 'ltr' | 'rtl';
  /** The outcome document's catalogue: dates, numbers and the colon written one way. */
  formats: ReportCatalogue;
  constituencies: Record<Constituency, string>;

  /** Each conference language named in this language ("anglais" in French). */
  languageNames: Record<Language, string>;
  /** "Original: English", as on the first page of a UN document. */
  original(languageName: string): string;
  distribution: string;
  versionLabels: {
    zeroDraft: string;
    revision(n: number): string;
    adopted: string;
  };
  /** Under the title of a version that is not the adopted text. */
  draftNotice: string;
  /** "Rev.1 of 3 November 2017" */
  versionOf(label: string, date: string): string;
  /** "Adopted at Mechelen, Belgium, on 17 November 2017" */
  adoptedAt(place: string, date: string): string;
  /** Printed on a version in another language than the drafting one. */
  translationNotice(languageName: string, originalName: string): string;
  framework: string;
  fingerprint: string;
  /** "Paragraph 12": how delegates cite a paragraph. */
  paragraph(n: number): string;
  heading: string;
  /** "Alt. 1" */
  alternative(n: number): string;
  /** The short mark of a paragraph printed in the drafting language for want of a translation. */
  untranslated: string;
  untranslatedNote(originalName: string): string;
  outdatedTranslationNote(originalName: string): string;
  /** Running head: the title and the version's label. */
  runningHead(title: string, label: string): string;

  annex: {
    heading: string;
    intro: string;
    sources: string;
    noSources: string;
    recommendation(title: string): string;
    session: string;
    votes: string;
    tally(support: string, oppose: string, abstain: string): string;
    bridging: string;
    noBridging: string;
    constituency: string;
    constituencyVotes: string;
    constituencySupport: string;
    constituencyShare: string;
    amendments: string;
    noAmendments: string;
    amendment(n: number, kind: string): string;
    amendmentKinds: Record<AmendmentKind, string>;
    decision: string;
    decisions: Record<AppliedAmendment['decision'], string>;
    sponsors: string;
    noSponsors: string;
    vote: string;
    appliedOn: string;
    /** The adopted declaration's speakers' list: turns and speaking time per constituency. */
    floor: { heading: string; intro: string };
  };

  comparison: {
    kind: string;
    /** "Changes from Rev.1 to Rev.2" */
    fromTo(from: string, to: string): string;
    legend: string;
    summary(counts: ChangeCounts): string;
    noChanges: string;
    statuses: Record<ParagraphStatusName, string>;
    movedFrom(number: number | null): string;
    movedTo(number: number | null): string;
    /** Names what was compared when the text is not in the requested language. */
    comparedIn(languageName: string): string;
    author: string;
    date: string;
    /** Announced by screen readers around marked text (HTML), which `<ins>` alone is not. */
    insertionStart: string;
    insertionEnd: string;
    deletionStart: string;
    deletionEnd: string;
  };
}
