import type { AmendmentStatus, AmendmentView, DraftView, ParticipantView } from '#contract';

export interface TextSegment {
  text: string;
  /** Inside square brackets (contested wording), the brackets included. */
  bracketed: boolean;
}

/**
 * Splits a paragraph's wording into plain and bracketed runs, so that contested text can be
 * marked for the eye; the brackets stay in the text (that is how delegates read and cite it).
 * Nested brackets belong to the outermost run; an unclosed bracket runs to the end.
 */
export function bracketSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number, bracketed: boolean) => {
    if (end > start) segments.push({ text: text.slice(start, end), bracketed });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') {
      if (depth === 0) push(i, false);
      depth++;
    } else if (c === ']' && depth > 0) {
      depth--;
      if (depth === 0) push(i + 1, true);
    }
  }
  push(text.length, depth > 0);
  return segments;
}

/** Still before the chair or the vote: what the delegates can co-sponsor, vote on, withdraw. */
export const PENDING_STATUSES: readonly AmendmentStatus[] = ['proposed', 'voting'];

/** Amendments by paragraph, pending ones first, each group oldest first. */
export function amendmentsByParagraph(amendments: AmendmentView[]): Map<string, AmendmentView[]> {
  const groups = new Map<string, AmendmentView[]>();
  const sorted = [...amendments].sort((a, b) => {
    const pa = PENDING_STATUSES.includes(a.status) ? 0 : 1;
    const pb = PENDING_STATUSES.includes(b.status) ? 0 : 1;
    return pa - pb || a.createdAt.localeCompare(b.createdAt);
  });
  for (const a of sorted) {
    const list = groups.get(a.paragraphId) ?? [];
    list.push(a);
    groups.set(a.paragraphId, list);
  }
  return groups;
}

/** Amendments whose paragraph is no longer in the text (deleted): shown apart. */
export function orphanAmendments(draft: DraftView, amendments: AmendmentView[]): AmendmentView[] {
  const ids = new Set(draft.paragraphs.map((p) => p.id));
  return amendments.filter((a) => !ids.has(a.paragraphId));
}

/**
 * What the interface offers; the server decides. A chair is a moderator named on the draft, and
 * the secretariat may do all a chair does.
 */
export function chairs(me: ParticipantView, draft: DraftView): boolean {
  return (
    me.role === 'secretariat' ||
    (me.role === 'moderator' && draft.chairs.some((c) => c.id === me.id))
  );
}

export const canPropose = (me: ParticipantView, draft: DraftView) =>
  me.role === 'delegate' && draft.status === 'drafting';

export const canCoSponsor = (me: ParticipantView, a: AmendmentView) =>
  me.role === 'delegate' &&
  a.status === 'proposed' &&
  a.author.id !== me.id &&
  !a.sponsors.some((s) => s.id === me.id);

export const canWithdraw = (me: ParticipantView, a: AmendmentView) =>
  a.status === 'proposed' && a.author.id === me.id;

export const canVote = (me: ParticipantView, a: AmendmentView) =>
  me.role === 'delegate' && a.status === 'voting';

export const canBreakSilence = (me: ParticipantView, draft: DraftView) =>
  me.role === 'delegate' && draft.status === 'under_silence';

/** Parses "2, 5 7" into paragraph numbers; null when something else was typed. */
export function parseParagraphNumbers(input: string): number[] | null {
  const parts = input.split(/[\s,;]+/).filter(Boolean);
  if (!parts.length) return null;
  const numbers = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
  if (numbers.some((n) => !Number.isInteger(n) || n < 1)) return null;
  return [...new Set(numbers)];
}

/**
 * What the room screen shows while no one points at anything: the amendment being voted on
 * (the latest put to the vote when several are), else the latest one proposed, else nothing.
 * Drafts have no "current paragraph" on the server, and the chair's next move is one of these.
 */
export function amendmentUnderDiscussion(amendments: AmendmentView[]): AmendmentView | null {
  const latest = (status: AmendmentStatus) =>
    amendments
      .filter((a) => a.status === status)
      .sort(
        (a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.createdAt.localeCompare(a.createdAt),
      )[0];
  return latest('voting') ?? latest('proposed') ?? null;
}

/** "Alt. one\nAlt. two" → ["Alt. one", "Alt. two"]: one alternative wording per line. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
