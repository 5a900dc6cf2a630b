/**
 * A draft's live state and how each event changes it. The ordering rules (strict `seq` order,
 * gaps held back until `draft:sync` fills them) are every room's: the contract's
 * live/sequenced-room.ts. No I/O here, so every ordering case is testable.
 */
import {
  sequencedRoom,
  type AmendmentStatus,
  type AmendmentTallyUpdate,
  type AmendmentView,
  type AmendmentVoteResult,
  type DraftEvent,
  type DraftSnapshot,
  type DraftSyncResult,
  type DraftView,
  type ParagraphView,
  type RoomStep,
  type SequencedState,
  type SpeakersView,
} from '#contract';

export interface LiveDraftState extends SequencedState<DraftEvent> {
  draft: DraftView;
  amendments: AmendmentView[];
  /** The draft's speakers' list; null until it has been read. */
  speakers: SpeakersView | null;
}

/** `gap`: ask `draft:sync` since `state.seq`. */
export type DraftStep = RoomStep<LiveDraftState>;

const room = sequencedRoom<LiveDraftState, DraftEvent, DraftSnapshot>({
  inRoom: (state, event) => event.payload.draftId === state.draft.id,
  apply,
});

export function fromDraftSnapshot(
  snapshot: Pick<DraftSnapshot, 'draft' | 'amendments' | 'seq'> & {
    speakers?: SpeakersView | null;
  },
  previous?: Pick<LiveDraftState, 'epoch' | 'pending'> | null,
): LiveDraftState {
  return room.fromSnapshot(
    {
      draft: snapshot.draft,
      amendments: snapshot.amendments,
      speakers: snapshot.speakers ?? null,
      seq: snapshot.seq,
    },
    previous,
  );
}

export function receiveDraftEvent(state: LiveDraftState, event: DraftEvent): DraftStep {
  return room.receive(state, event);
}

/** Applies the answer of `draft:sync`: the missed events, or a fresh snapshot. */
export function applyDraftSync(state: LiveDraftState, result: DraftSyncResult): DraftStep {
  return room.applySync(state, result, fromDraftSnapshot);
}

/**
 * An amendment the caller filed or changed over REST, before (or without) its event. The answer
 * may arrive after a newer event (a chair decided meanwhile): it never takes an amendment back to
 * an earlier stage. Amendments have no version number, and `updatedAt` cannot order them (after
 * an update it may read earlier than the creation, see the report of this change).
 */
export function upsertAmendment(state: LiveDraftState, amendment: AmendmentView): LiveDraftState {
  const existing = state.amendments.find((a) => a.id === amendment.id);
  if (existing && STAGE[amendment.status] < STAGE[existing.status]) return state;
  return { ...state, amendments: mergeAmendment(state.amendments, amendment) };
}

/** How far along its procedure an amendment is. */
const STAGE: Record<AmendmentStatus, number> = {
  proposed: 0,
  voting: 1,
  accepted: 2,
  accepted_modified: 2,
  rejected: 2,
  withdrawn: 2,
  adopted: 2,
  not_adopted: 2,
};

/** The caller's own vote, from the REST answer. */
export function applyAmendmentVote(
  state: LiveDraftState,
  result: AmendmentVoteResult,
): LiveDraftState {
  return {
    ...state,
    amendments: state.amendments.map((a) =>
      a.id === result.amendmentId ? { ...a, tally: { ...result.tally }, myVote: result.myVote } : a,
    ),
  };
}

/** The draft as a REST answer gave it (a chair's procedure changes a paragraph, for instance). */
export function replaceDraft(state: LiveDraftState, draft: DraftView): LiveDraftState {
  return { ...state, draft };
}

/**
 * Numbers as the server derives them: 1…n in document order over every paragraph but headings.
 * Paragraph events carry the order; the numbers follow from it and the kinds.
 */
export function renumber(paragraphs: ParagraphView[]): ParagraphView[] {
  let n = 0;
  return paragraphs.map((p) => {
    const number = p.kind === 'heading' ? null : ++n;
    return p.number === number ? p : { ...p, number };
  });
}

function apply(state: LiveDraftState, event: DraftEvent): LiveDraftState {
  switch (event.name) {
    case 'paragraph:created':
    case 'paragraph:updated':
      return withParagraphs(state, event.payload.order, event.payload.paragraph);
    case 'paragraph:deleted':
      return withParagraphs(state, event.payload.order, null);
    case 'amendment:created':
    case 'amendment:updated':
      // Events come in the draft's order: each one is the latest word on its amendment.
      return { ...state, amendments: mergeAmendment(state.amendments, event.payload.amendment) };
    case 'tally:updated':
      return applyTallies(state, event.payload.tallies);
    case 'draft:updated':
      return { ...state, draft: { ...state.draft, ...event.payload.draft } };
    case 'speakers:updated': {
      // The whole list, beside the room's draftId and seq.
      const { draftId: _draftId, seq: _seq, ...speakers } = event.payload;
      return { ...state, speakers };
    }
  }
}

function withParagraphs(
  state: LiveDraftState,
  order: string[],
  changed: ParagraphView | null,
): LiveDraftState {
  const byId = new Map(state.draft.paragraphs.map((p) => [p.id, p]));
  if (changed) {
    const existing = byId.get(changed.id);
    // An event may describe an older version than a REST answer already gave us.
    if (!existing || existing.version <= changed.version) byId.set(changed.id, changed);
  }
  const paragraphs = order.flatMap((id) => {
    const p = byId.get(id);
    return p ? [p] : [];
  });
  return { ...state, draft: { ...state.draft, paragraphs: renumber(paragraphs) } };
}

/** Broadcasts carry `myVote: null`: each client keeps its own vote. */
function mergeAmendment(list: AmendmentView[], incoming: AmendmentView): AmendmentView[] {
  const index = list.findIndex((a) => a.id === incoming.id);
  if (index < 0) return [...list, incoming];
  const existing = list[index]!;
  const merged = { ...incoming, myVote: incoming.myVote ?? existing.myVote };
  return list.map((a, i) => (i === index ? merged : a));
}

function applyTallies(state: LiveDraftState, tallies: AmendmentTallyUpdate[]): LiveDraftState {
  const byId = new Map(tallies.map((t) => [t.amendmentId, t]));
  return {
    ...state,
    amendments: state.amendments.map((a) => {
      const t = byId.get(a.id);
      if (!t) return a;
      return {
        ...a,
        tally: { support: t.support, oppose: t.oppose, abstain: t.abstain },
        bridging: t.bridging,
        consensus: t.consensus,
      };
    }),
  };
}
