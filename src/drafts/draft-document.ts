/**
 * The drafting room's documents as plain data. A frozen version of a draft stores a
 * `DraftVersionContent` (and the SHA-256 of its canonical JSON); exports and comparisons are pure
 * functions of a `DraftDocument`, which adds what is printed around the text (the conference, the
 * date of adoption, the provenance annex). Plain JSON-serialisable values only, so a stored
 * version renders byte for byte the same years later — as for the outcome document.
 *
 * This file is the seam between the drafting room's services (which build these values) and its
 * renderers (which never read the database).
 */
import type { Constituency, Language } from '../participants/participant.constants';

export type { Constituency, Language };

export type ParagraphKind = 'chapeau' | 'preambular' | 'operative' | 'heading';

export type DraftStatus = 'drafting' | 'under_silence' | 'adopted';

/** What a frozen version holds: the text as it stood, with its numbering. Hashed. */
export interface DraftVersionContent {
  draftId: string;
  conferenceId: string;
  title: string;
  /** The drafting language: its text is authoritative, translations follow it. */
  language: Language;
  /** 0 for the zero draft, then 1, 2, … */
  version: number;
  /** "Zero draft", "Rev.1", …, "Adopted", or the chair's own label. */
  label: string;
  paragraphs: DraftParagraphSnapshot[];
}

export interface DraftParagraphSnapshot {
  /** Stable across versions: comparisons match paragraphs by id. */
  id: string;
  kind: ParagraphKind;
  /** 1…n in document order over every paragraph but headings; null for headings. */
  number: number | null;
  /** In the drafting language; contested wording in square brackets. */
  text: string;
  /** Alternative wordings (Alt. 1, Alt. 2 …), in the drafting language. */
  alternatives: string[];
  /** The recommendations this paragraph came from. */
  sources: Array<{ recommendationId: string }>;
  /**
   * Translations entered by the secretariat, by language; a language missing here has no
   * translation of this paragraph (renderers mark it, never fall back silently).
   */
  translations: Partial<Record<Language, ParagraphTranslation>>;
}

export interface ParagraphTranslation {
  text: string;
  /** Index for index with the paragraph's alternatives; a shorter list is an incomplete translation. */
  alternatives: string[];
  /**
   * True when the paragraph's drafting-language text changed after this translation was entered:
   * renderers then print the authoritative text, marked, rather than a translation of old wording.
   */
  outdated?: boolean;
}

/** Everything a renderer needs to print a version, clean or compared. */
export interface DraftDocument {
  meta: DraftDocumentMeta;
  content: DraftVersionContent;
  /** Present on the adopted declaration (and optionally on revisions): one entry per paragraph. */
  provenance?: ParagraphProvenance[];
  /**
   * The adopted declaration's floor: finished turns and speaking time (seconds) per constituency
   * of the draft's speakers' list, in the canonical order; absent when nobody was given the floor.
   */
  speaking?: Array<{ constituency: string | null; turns: number; seconds: number }>;
}

/**
 * The adopted declaration is the version labelled "Adopted" of a draft whose status is `adopted`
 * (`isAdoptedVersion` in ./render): a revision rendered after adoption, or a version a chair
 * happened to label "Adopted", prints as a draft.
 */
export interface DraftDocumentMeta {
  conference: {
    title: string;
    city: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    /** The country's name in the printed language. */
    countryName: string;
    /**
     * The conference's names in other conference languages (the conference's own translations
     * of its title; "Malines" for Mechelen), so one document prints in every language. Without
     * one, the title and city print as above and the country is named by Intl.
     */
    translations?: Partial<
      Record<Language, { title?: string; city?: string; countryName?: string }>
    >;
  };
  status: DraftStatus;
  /** SHA-256 of `content`'s canonical JSON, printed so a copy can be matched with its version. */
  sha256: string;
  /** The draft's title in other conference languages; without one the drafting title prints. */
  titleTranslations?: Partial<Record<Language, string>>;
  /** YYYY-MM-DD: when the version was frozen (the date of adoption for the adopted one). */
  frozenOn: string;
  /** The framework whose objectives title the operative sections, when the draft came from a report. */
  framework?: { id: string; title: string; titles?: Partial<Record<Language, string>> };
}

export interface ParagraphProvenance {
  paragraphId: string;
  number: number | null;
  sources: SourceRecommendation[];
  /** Every amendment that changed this paragraph, in the order they were applied. */
  amendments: AppliedAmendment[];
}

export interface SourceRecommendation {
  recommendationId: string;
  title: string;
  session: { id: string; title: string };
  tally: { support: number; oppose: number; abstain: number };
  constituencySupport: Array<{
    constituency: Constituency;
    votes: number;
    support: number;
    supportShare: number | null;
  }>;
  bridging: number;
}

export type AmendmentKind = 'replace' | 'insert_after' | 'delete';

export interface AppliedAmendment {
  amendmentId: string;
  kind: AmendmentKind;
  /** Organisations of the author and co-sponsors, deduplicated. */
  sponsors: string[];
  /** How it was decided: applied by the chair, with the chair's compromise, or adopted by vote. */
  decision: 'accepted' | 'accepted_modified' | 'adopted';
  /** The vote, when it was put to one. */
  tally: { support: number; oppose: number; abstain: number } | null;
  bridging: number | null;
  /** ISO 8601 UTC. */
  appliedAt: string;
}
