/**
 * The comparison of two versions of one draft, worked out once for the five formats.
 * Paragraphs are matched by id (ids survive edits and moves); the order of the paragraphs both
 * versions hold is compared with jsdiff's `diffArrays`, so a paragraph outside the longest
 * common order is a move; changed wording is a word-level diff (`diffWordsWithSpace`, the
 * drafting room's amendment diff too).
 */
import { diffArrays, diffWordsWithSpace } from 'diff';
import { dateParts } from '../../reports/render/format';
import type {
  DraftDocument,
  DraftParagraphSnapshot,
  Language,
  ParagraphKind,
} from '../draft-document';
import {
  draftCatalogueFor,
  type ChangeCounts,
  type DraftCatalogue,
  type ParagraphStatusName,
} from './i18n';
import { languageProfile, type LanguageProfile } from './script';
import { normaliseText, revisionDateTime } from './text';
import {
  conferenceNames,
  draftTitle,
  numberLabel,
  resolveText,
  untranslatedNote,
  versionLabel,
  type ResolvedText,
  type TranslationState,
} from './view';

export type DiffOpName = 'equal' | 'insert' | 'delete';

export interface DiffOp {
  op: DiffOpName;
  text: string;
}

/** One piece of text (a paragraph's wording, its number, one alternative) in both versions. */
export interface PieceChange {
  from: string | null;
  to: string | null;
  ops: DiffOp[];
  changed: boolean;
}

export interface AlternativeChange extends PieceChange {
  label: string;
}

export interface Side {
  number: number | null;
  /** Index in the version's paragraphs, from 0. */
  position: number;
  kind: ParagraphKind;
}

export interface ParagraphChange {
  id: string;
  /** The later version's kind, or the earlier one's for a deleted paragraph. */
  kind: ParagraphKind;
  status: ParagraphStatusName;
  moved: boolean;
  /** Wording, alternatives or kind changed (a new number alone is not a change). */
  textChanged: boolean;
  from: Side | null;
  to: Side | null;
  number: DiffOp[];
  text: PieceChange;
  alternatives: AlternativeChange[];
  language: Language;
  tag: string;
  state: TranslationState;
  note: string | null;
}

/**
 * A moved paragraph appears twice in the document order of a comparison: where it was
 * (`movedAway`) and where it is now (`here`).
 */
export interface ComparisonEntry {
  place: 'here' | 'movedAway';
  change: ParagraphChange;
}

export interface VersionRef {
  version: number;
  label: string;
  date: string;
  sha256: string;
}

export interface ComparisonView {
  t: DraftCatalogue;
  language: Language;
  profile: LanguageProfile;
  draftingLanguage: Language;
  conference: string;
  place: string;
  title: string;
  from: VersionRef;
  to: VersionRef;
  heading: string;
  author: string;
  /** Word's revision date, `YYYY-MM-DDTHH:MM:SSZ`. */
  date: string;
  entries: ComparisonEntry[];
  /** One per paragraph of either version, in the comparison's order. */
  changes: ParagraphChange[];
  counts: ChangeCounts;
  summary: string;
  /** Says that some paragraphs are compared in the drafting language, when some are. */
  comparedIn: string | null;
  runningHead: string;
}

export interface ComparisonOptions {
  /** Who the revision marks are attributed to in Word's Review pane. */
  author?: string;
  /** `YYYY-MM-DD` or an ISO 8601 instant; the later version's freezing date by default. */
  date?: string;
  /** The language of the headings and labels, and of the text where both versions have it. */
  language?: Language;
}

/**
 * The word-level diff of two texts (jsdiff's `diffWordsWithSpace`), made readable: a change
 * that jsdiff interleaves word by word around single spaces ("[regardless|residing of|in …")
 * is written as one deletion followed by one insertion. Joining the equal and deleted texts
 * gives `from`, the equal and inserted ones `to`.
 */
export function wordDiff(from: string, to: string): DiffOp[] {
  if (from === to) return from === '' ? [] : [{ op: 'equal', text: from }];
  const raw: DiffOp[] = diffWordsWithSpace(from, to)
    .filter((part) => part.value !== '')
    .map((part) => ({
      op: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
      text: part.value,
    }));
  const ops: DiffOp[] = [];
  const push = (op: DiffOpName, text: string) => {
    if (text === '') return;
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  };
  for (let i = 0; i < raw.length;) {
    if (raw[i].op === 'equal') {
      push('equal', raw[i++].text);
      continue;
    }
    let deleted = '';
    let inserted = '';
    for (; i < raw.length; i++) {
      const op = raw[i];
      if (op.op === 'delete') deleted += op.text;
      else if (op.op === 'insert') inserted += op.text;
      else if (/^\s+$/.test(op.text) && raw[i + 1] && raw[i + 1].op !== 'equal') {
        // Whitespace between two changes belongs to both sides of one change.
        deleted += op.text;
        inserted += op.text;
      } else break;
    }
    // Whitespace both sides start or end with is not a change.
    const start = commonPrefix(/^\s*/.exec(deleted)![0], /^\s*/.exec(inserted)![0]);
    const end = commonSuffix(
      /\s*$/.exec(deleted.slice(start))![0],
      /\s*$/.exec(inserted.slice(start))![0],
    );
    push('equal', deleted.slice(0, start));
    push('delete', deleted.slice(start, deleted.length - end));
    push('insert', inserted.slice(start, inserted.length - end));
    push('equal', deleted.slice(deleted.length - end));
  }
  return ops;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function piece(from: string | null, to: string | null): PieceChange {
  let ops: DiffOp[];
  if (from === null && to === null) ops = [];
  else if (from === null) ops = [{ op: 'insert', text: to! }];
  else if (to === null) ops = [{ op: 'delete', text: from }];
  else ops = wordDiff(from, to);
  return { from, to, ops, changed: from !== to };
}

function numberOps(from: string | null, to: string | null): DiffOp[] {
  if (from === to) return from === null ? [] : [{ op: 'equal', text: from }];
  const ops: DiffOp[] = [];
  if (from !== null) ops.push({ op: 'delete', text: from });
  if (to !== null) ops.push({ op: 'insert', text: to });
  return ops;
}

/**
 * Both sides in the requested language when each side that exists has it; otherwise both in
 * the drafting language, so a diff never sets a translation against the original.
 */
function bothSides(
  from: DraftParagraphSnapshot | undefined,
  to: DraftParagraphSnapshot | undefined,
  language: Language,
  drafting: Language,
): { from: ResolvedText | null; to: ResolvedText | null; state: TranslationState } {
  const resolve = (p: DraftParagraphSnapshot | undefined, lang: Language) =>
    p ? resolveText(p, lang, drafting) : null;
  const a = resolve(from, language);
  const b = resolve(to, language);
  const states = [a?.state, b?.state].filter((s): s is TranslationState => s !== undefined);
  if (states.every((s) => s === 'original' || s === 'translated')) {
    return { from: a, to: b, state: states[0] ?? 'original' };
  }
  return {
    from: resolve(from, drafting),
    to: resolve(to, drafting),
    state: states.includes('outdated') ? 'outdated' : 'missing',
  };
}

function changeOf(
  id: string,
  from: { paragraph: DraftParagraphSnapshot; position: number } | undefined,
  to: { paragraph: DraftParagraphSnapshot; position: number } | undefined,
  moved: boolean,
  language: Language,
  drafting: Language,
  t: DraftCatalogue,
): ParagraphChange {
  const texts = bothSides(from?.paragraph, to?.paragraph, language, drafting);
  const side = (s: typeof from): Side | null =>
    s
      ? {
          number: s.paragraph.kind === 'heading' ? null : s.paragraph.number,
          position: s.position,
          kind: s.paragraph.kind,
        }
      : null;
  const fromSide = side(from);
  const toSide = side(to);
  const text = piece(texts.from?.text ?? null, texts.to?.text ?? null);
  const fromAlts = texts.from?.alternatives ?? [];
  const toAlts = texts.to?.alternatives ?? [];
  const alternatives: AlternativeChange[] = [];
  for (let i = 0; i < Math.max(fromAlts.length, toAlts.length); i++) {
    alternatives.push({
      ...piece(fromAlts[i] ?? null, toAlts[i] ?? null),
      label: t.alternative(i + 1),
    });
  }
  const kindChanged = fromSide !== null && toSide !== null && fromSide.kind !== toSide.kind;
  const textChanged = text.changed || alternatives.some((alt) => alt.changed) || kindChanged;
  const status: ParagraphStatusName = !fromSide
    ? 'inserted'
    : !toSide
      ? 'deleted'
      : moved
        ? 'moved'
        : textChanged
          ? 'changed'
          : 'unchanged';
  const printed = (texts.to ?? texts.from)!.language;
  return {
    id,
    kind: (toSide ?? fromSide)!.kind,
    status,
    moved,
    textChanged: fromSide !== null && toSide !== null && textChanged,
    from: fromSide,
    to: toSide,
    number: numberOps(numberLabel(fromSide?.number ?? null), numberLabel(toSide?.number ?? null)),
    text,
    alternatives,
    language: printed,
    tag: languageProfile(printed).tag,
    state: texts.state,
    note: untranslatedNote(texts.state, t, drafting),
  };
}

function versionRef(doc: DraftDocument, t: DraftCatalogue): VersionRef {
  return {
    version: doc.content.version,
    label: versionLabel(doc.content, t),
    date: t.formats.date(dateParts(doc.meta.frozenOn)),
    sha256: doc.meta.sha256,
  };
}

export function buildComparison(
  fromDoc: DraftDocument,
  toDoc: DraftDocument,
  options: ComparisonOptions = {},
): ComparisonView {
  if (fromDoc.content.draftId !== toDoc.content.draftId) {
    throw new TypeError('A comparison needs two versions of the same draft');
  }
  const language = options.language ?? toDoc.content.language;
  const drafting = toDoc.content.language;
  const t = draftCatalogueFor(language);
  const index = (doc: DraftDocument) =>
    new Map(
      doc.content.paragraphs.map((paragraph, position) => [paragraph.id, { paragraph, position }]),
    );
  const fromById = index(fromDoc);
  const toById = index(toDoc);
  const fromIds = fromDoc.content.paragraphs.map((p) => p.id);
  const toIds = toDoc.content.paragraphs.map((p) => p.id);
  const parts = diffArrays(fromIds, toIds);
  const leftOut = new Set(parts.filter((part) => part.removed).flatMap((part) => part.value));
  const cameIn = new Set(parts.filter((part) => part.added).flatMap((part) => part.value));
  const isMove = (id: string) => leftOut.has(id) && cameIn.has(id);

  const changes = new Map<string, ParagraphChange>();
  const change = (id: string): ParagraphChange => {
    let found = changes.get(id);
    if (!found) {
      found = changeOf(id, fromById.get(id), toById.get(id), isMove(id), language, drafting, t);
      changes.set(id, found);
    }
    return found;
  };
  const entries: ComparisonEntry[] = [];
  for (const part of parts) {
    for (const id of part.value) {
      const place = part.removed && isMove(id) ? 'movedAway' : 'here';
      entries.push({ place, change: change(id) });
    }
  }
  const ordered = entries.filter((entry) => entry.place === 'here').map((entry) => entry.change);
  const counts: ChangeCounts = { inserted: 0, deleted: 0, changed: 0, moved: 0, unchanged: 0 };
  for (const c of ordered) counts[c.status]++;
  const from = versionRef(fromDoc, t);
  const to = versionRef(toDoc, t);
  const names = conferenceNames(toDoc, language);
  const title = draftTitle(toDoc, language);
  const anyChange = ordered.some((c) => c.status !== 'unchanged' || c.number.length > 1);
  return {
    t,
    language,
    profile: languageProfile(language),
    draftingLanguage: drafting,
    conference: names.title,
    place: names.place,
    title,
    from,
    to,
    heading: t.comparison.fromTo(from.label, to.label),
    author: normaliseText(options.author ?? 'Agora').replace(/\n/g, ' ') || 'Agora',
    date: revisionDateTime(options.date ?? toDoc.meta.frozenOn),
    entries,
    changes: ordered,
    counts,
    summary: anyChange ? t.comparison.summary(counts) : t.comparison.noChanges,
    comparedIn:
      language !== drafting && ordered.some((c) => c.state === 'missing' || c.state === 'outdated')
        ? t.comparison.comparedIn(t.languageNames[drafting])
        : null,
    runningHead: t.runningHead(title, t.comparison.fromTo(from.label, to.label)),
  };
}
