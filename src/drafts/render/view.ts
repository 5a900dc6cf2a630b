/**
 * What a clean export of a version prints, worked out once for the five formats: the front
 * matter, the paragraphs in the requested language (or in the drafting language, marked, where
 * no current translation exists), and the provenance annex. Renderers only lay this out.
 */
import { countryName } from '../../reports/i18n';
import {
  dateParts,
  formatInteger,
  formatPercent,
  formatSpeakingTime,
} from '../../reports/render/format';
import type {
  Constituency,
  DraftDocument,
  DraftParagraphSnapshot,
  DraftVersionContent,
  Language,
  ParagraphKind,
  ParagraphProvenance,
} from '../draft-document';
import { draftCatalogueFor, type DraftCatalogue } from './i18n';
import { languageProfile, type LanguageProfile } from './script';
import { normaliseText } from './text';

/** The label the drafting room gives the version frozen at adoption. */
export const ADOPTED_LABEL = 'Adopted';
const ZERO_DRAFT_LABEL = 'Zero draft';

export function isAdoptedVersion(doc: DraftDocument): boolean {
  return doc.meta.status === 'adopted' && doc.content.label === ADOPTED_LABEL;
}

/** The drafting room's own labels in the printed language; a chair's own label as typed. */
export function versionLabel(content: DraftVersionContent, t: DraftCatalogue): string {
  const label = normaliseText(content.label).replace(/\n/g, ' ');
  if (label === ADOPTED_LABEL) return t.versionLabels.adopted;
  if (label === ZERO_DRAFT_LABEL) return t.versionLabels.zeroDraft;
  const revision = /^Rev\.(\d+)$/.exec(label);
  if (revision) return t.versionLabels.revision(Number(revision[1]));
  if (label !== '') return label;
  return content.version === 0
    ? t.versionLabels.zeroDraft
    : t.versionLabels.revision(content.version);
}

export type TranslationState = 'original' | 'translated' | 'missing' | 'outdated';

export interface ResolvedText {
  text: string;
  alternatives: string[];
  /** The language the text is printed in. */
  language: Language;
  state: TranslationState;
}

/**
 * A paragraph's text in `language`: the translation when there is a current and complete one,
 * otherwise the drafting language's text (`state` says why). Never a mix of the two.
 */
export function resolveText(
  paragraph: DraftParagraphSnapshot,
  language: Language,
  drafting: Language,
): ResolvedText {
  const original: ResolvedText = {
    text: normaliseText(paragraph.text),
    alternatives: paragraph.alternatives.map(normaliseText),
    language: drafting,
    state: 'original',
  };
  if (language === drafting) return original;
  const translation = paragraph.translations[language];
  if (translation?.outdated) return { ...original, state: 'outdated' };
  const text = translation ? normaliseText(translation.text) : '';
  const alternatives = (translation?.alternatives ?? []).map(normaliseText);
  const complete =
    text !== '' &&
    alternatives.length >= paragraph.alternatives.length &&
    alternatives.slice(0, paragraph.alternatives.length).every((alt) => alt !== '');
  if (!translation || !complete) return { ...original, state: 'missing' };
  return {
    text,
    alternatives: alternatives.slice(0, paragraph.alternatives.length),
    language,
    state: 'translated',
  };
}

/** The visible mark of a paragraph printed in the drafting language, or null. */
export function untranslatedNote(
  state: TranslationState,
  t: DraftCatalogue,
  drafting: Language,
): string | null {
  const original = t.languageNames[drafting];
  if (state === 'missing') return t.untranslatedNote(original);
  if (state === 'outdated') return t.outdatedTranslationNote(original);
  return null;
}

/** "12." — the number as delegates cite it; headings have none. */
export const numberLabel = (number: number | null): string | null =>
  number === null ? null : `${number}.`;

export interface Fact {
  label: string;
  value: string;
}

export interface TableModel {
  columns: string[];
  numeric: boolean[];
  rows: string[][];
}

export interface VersionBlock {
  id: string;
  kind: ParagraphKind;
  number: number | null;
  numberLabel: string | null;
  text: string;
  alternatives: Array<{ label: string; text: string }>;
  /** The language and BCP 47 tag of the printed text. */
  language: Language;
  tag: string;
  state: TranslationState;
  note: string | null;
}

export interface FrontMatter {
  conference: string;
  place: string;
  distribution: string;
  date: string;
  original: string;
  title: string;
  label: string;
  /** "Adopted at Mechelen, Belgium, on 17 November 2017" or "Rev.1 of 3 November 2017". */
  versionLine: string;
  notice: string | null;
  translationNotice: string | null;
  facts: Fact[];
  fingerprint: Fact;
}

export interface AnnexEntry {
  paragraphId: string;
  title: string;
  sources: Array<{ title: string; facts: Fact[]; support: TableModel | null }>;
  noSources: string | null;
  amendments: Array<{ title: string; facts: Fact[] }>;
  noAmendments: string | null;
}

/** Turns and speaking time per constituency of the draft's speakers' list. */
export interface FloorView {
  heading: string;
  intro: string;
  table: TableModel;
}

export interface AnnexView {
  heading: string;
  intro: string;
  entries: AnnexEntry[];
  /** Null when nobody was given the floor on the draft. */
  floor: FloorView | null;
}

export interface VersionView {
  t: DraftCatalogue;
  language: Language;
  profile: LanguageProfile;
  draftingLanguage: Language;
  adopted: boolean;
  front: FrontMatter;
  blocks: VersionBlock[];
  annex: AnnexView | null;
  runningHead: string;
  /** For file metadata: the document's title and what it is. */
  metaTitle: string;
  metaSubject: string;
  lineNumbers: boolean;
}

export interface VersionOptions {
  language?: Language;
  lineNumbers?: boolean;
}

/** The conference's title and place in `language`, from its translations where it has them. */
export function conferenceNames(doc: DraftDocument, language: Language) {
  const { conference } = doc.meta;
  const own = language === doc.content.language;
  const translated = conference.translations?.[language] ?? {};
  const pick = (value: string | undefined, fallback: string) => {
    const text = normaliseText(value ?? '').replace(/\n/g, ' ');
    return text !== '' ? text : normaliseText(fallback).replace(/\n/g, ' ');
  };
  const country =
    translated.countryName ??
    (own ? conference.countryName : countryName(conference.country, language));
  const place = [pick(translated.city, conference.city), pick(country, conference.countryName)]
    .filter(Boolean)
    .join(', ');
  return { title: pick(translated.title, conference.title), place };
}

export function draftTitle(doc: DraftDocument, language: Language): string {
  const translated = normaliseText(doc.meta.titleTranslations?.[language] ?? '');
  return (translated || normaliseText(doc.content.title)).replace(/\n/g, ' ');
}

export function frontMatter(doc: DraftDocument, t: DraftCatalogue, language: Language) {
  const drafting = doc.content.language;
  const names = conferenceNames(doc, language);
  const date = t.formats.date(dateParts(doc.meta.frozenOn));
  const label = versionLabel(doc.content, t);
  const adopted = isAdoptedVersion(doc);
  const placeLine = names.place;
  const facts: Fact[] = [];
  const framework = doc.meta.framework;
  if (framework) {
    const title =
      normaliseText(framework.titles?.[language] ?? '') || normaliseText(framework.title);
    facts.push({ label: t.framework, value: title });
  }
  const front: FrontMatter = {
    conference: names.title,
    place: placeLine,
    distribution: t.distribution,
    date,
    original: t.original(t.languageNames[drafting]),
    title: draftTitle(doc, language),
    label,
    versionLine: adopted ? t.adoptedAt(placeLine, date) : t.versionOf(label, date),
    notice: adopted ? null : t.draftNotice,
    translationNotice:
      language === drafting
        ? null
        : t.translationNotice(t.languageNames[language], t.languageNames[drafting]),
    facts,
    fingerprint: { label: t.fingerprint, value: doc.meta.sha256 },
  };
  return front;
}

function blocksOf(content: DraftVersionContent, language: Language, t: DraftCatalogue) {
  return content.paragraphs.map((paragraph): VersionBlock => {
    const resolved = resolveText(paragraph, language, content.language);
    return {
      id: paragraph.id,
      kind: paragraph.kind,
      number: paragraph.kind === 'heading' ? null : paragraph.number,
      numberLabel: paragraph.kind === 'heading' ? null : numberLabel(paragraph.number),
      text: resolved.text,
      alternatives: resolved.alternatives.map((text, index) => ({
        label: t.alternative(index + 1),
        text,
      })),
      language: resolved.language,
      tag: languageProfile(resolved.language).tag,
      state: resolved.state,
      note: untranslatedNote(resolved.state, t, content.language),
    };
  });
}

const tallyText = (
  tally: { support: number; oppose: number; abstain: number },
  t: DraftCatalogue,
) =>
  t.annex.tally(
    formatInteger(tally.support, t.formats),
    formatInteger(tally.oppose, t.formats),
    formatInteger(tally.abstain, t.formats),
  );

function annexEntry(
  entry: ParagraphProvenance,
  block: VersionBlock | undefined,
  t: DraftCatalogue,
): AnnexEntry {
  const { annex } = t;
  const number = block ? block.number : entry.number;
  const title =
    number !== null
      ? t.paragraph(number)
      : `${t.heading}${t.formats.colon} ${block?.text.replace(/\n/g, ' ') ?? ''}`.trim();
  const sources = entry.sources.map((source) => {
    const rows = source.constituencySupport.map((row) => [
      t.constituencies[row.constituency] ?? row.constituency,
      formatInteger(row.votes, t.formats),
      formatInteger(row.support, t.formats),
      row.supportShare === null ? '—' : formatPercent(row.supportShare, t.formats),
    ]);
    return {
      title: annex.recommendation(normaliseText(source.title).replace(/\n/g, ' ')),
      facts: [
        { label: annex.session, value: normaliseText(source.session.title).replace(/\n/g, ' ') },
        { label: annex.votes, value: tallyText(source.tally, t) },
        { label: annex.bridging, value: formatPercent(source.bridging, t.formats) },
      ],
      support:
        rows.length === 0
          ? null
          : {
              columns: [
                annex.constituency,
                annex.constituencyVotes,
                annex.constituencySupport,
                annex.constituencyShare,
              ],
              numeric: [false, true, true, true],
              rows,
            },
    };
  });
  const amendments = entry.amendments.map((amendment, index) => {
    const sponsors = amendment.sponsors.map((s) => normaliseText(s).replace(/\n/g, ' '));
    const facts: Fact[] = [
      { label: annex.sponsors, value: sponsors.length ? sponsors.join('; ') : annex.noSponsors },
      { label: annex.decision, value: annex.decisions[amendment.decision] },
    ];
    if (amendment.tally) facts.push({ label: annex.vote, value: tallyText(amendment.tally, t) });
    if (amendment.tally || amendment.bridging !== null) {
      facts.push({
        label: annex.bridging,
        value:
          amendment.bridging === null
            ? annex.noBridging
            : formatPercent(amendment.bridging, t.formats),
      });
    }
    facts.push({
      label: annex.appliedOn,
      value: t.formats.date(dateParts(amendment.appliedAt)),
    });
    return {
      title: annex.amendment(index + 1, annex.amendmentKinds[amendment.kind]),
      facts,
    };
  });
  return {
    paragraphId: entry.paragraphId,
    title,
    sources,
    noSources: sources.length === 0 ? annex.noSources : null,
    amendments,
    noAmendments: amendments.length === 0 ? annex.noAmendments : null,
  };
}

/** The table of the outcome document's annex C, for the draft's own list. */
function floorOf(doc: DraftDocument, t: DraftCatalogue): FloorView | null {
  if (!doc.speaking?.length) return null;
  const f = t.formats;
  return {
    heading: t.annex.floor.heading,
    intro: t.annex.floor.intro,
    table: {
      columns: [t.annex.constituency, f.annexC.turns, f.annexC.speakingTime],
      numeric: [false, true, true],
      rows: doc.speaking.map((row) => [
        row.constituency
          ? (t.constituencies[row.constituency as Constituency] ?? row.constituency)
          : '—',
        formatInteger(row.turns, f),
        formatSpeakingTime(row.seconds, f),
      ]),
    },
  };
}

function annexOf(doc: DraftDocument, blocks: VersionBlock[], t: DraftCatalogue): AnnexView | null {
  const floor = floorOf(doc, t);
  if (!doc.provenance?.length)
    return floor ? { heading: t.annex.heading, intro: t.annex.intro, entries: [], floor } : null;
  const order = new Map(blocks.map((block, index) => [block.id, index]));
  const byId = new Map(blocks.map((block) => [block.id, block]));
  // Document order; an entry for a paragraph the version does not hold goes last, as given.
  const entries = doc.provenance
    // A heading nothing came from and nothing changed has nothing to say in the annex.
    .filter(
      (entry) =>
        entry.sources.length > 0 ||
        entry.amendments.length > 0 ||
        byId.get(entry.paragraphId)?.kind !== 'heading',
    )
    .map((entry, index) => ({ entry, index, at: order.get(entry.paragraphId) ?? Infinity }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ entry }) => annexEntry(entry, byId.get(entry.paragraphId), t));
  return { heading: t.annex.heading, intro: t.annex.intro, entries, floor };
}

export function buildVersionView(doc: DraftDocument, options: VersionOptions = {}): VersionView {
  const language = options.language ?? doc.content.language;
  const t = draftCatalogueFor(language);
  const front = frontMatter(doc, t, language);
  const blocks = blocksOf(doc.content, language, t);
  return {
    t,
    language,
    profile: languageProfile(language),
    draftingLanguage: doc.content.language,
    adopted: isAdoptedVersion(doc),
    front,
    blocks,
    annex: annexOf(doc, blocks, t),
    runningHead: t.runningHead(front.title, front.label),
    metaTitle: front.title,
    metaSubject: `${front.conference} — ${front.label}`,
    lineNumbers: options.lineNumbers === true,
  };
}
