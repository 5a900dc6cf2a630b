import type { AmendmentView, DraftEvent, DraftView, ParagraphView, SpeakersView } from '#contract';
import { describe, expect, it } from 'vitest';
import {
  applyAmendmentVote,
  applyDraftSync,
  fromDraftSnapshot,
  receiveDraftEvent,
  upsertAmendment,
} from './draft-state';

const EMPTY_SPEAKERS: SpeakersView = {
  mode: 'fifo',
  turnSeconds: 180,
  current: null,
  queue: [],
  totals: [],
  organisations: [],
};

function paragraph(id: string, kind: ParagraphView['kind'], text: string, version = 1) {
  return {
    id,
    draftId: 'd',
    number: null,
    kind,
    text,
    alternatives: [],
    bracketed: false,
    sources: [],
    version,
    translations: {},
  } satisfies ParagraphView;
}

const draft: DraftView = {
  id: 'd',
  conferenceId: 'c',
  title: 'Declaration',
  language: 'en',
  status: 'drafting',
  version: 0,
  chairs: [],
  fromReportId: null,
  clean: true,
  silence: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  paragraphs: [
    { ...paragraph('p1', 'chapeau', 'We, the participants,'), number: 1 },
    paragraph('h', 'heading', 'Objective 1'),
    { ...paragraph('p2', 'operative', 'Cities act.'), number: 2 },
  ],
};

function amendment(id: string, extra: Partial<AmendmentView> = {}): AmendmentView {
  return {
    id,
    draftId: 'd',
    paragraphId: 'p2',
    paragraphNumber: 2,
    kind: 'replace',
    text: 'Cities lead.',
    reason: 'stronger',
    status: 'proposed',
    outdated: false,
    baseVersion: 1,
    baseText: 'Cities act.',
    diff: [],
    compromiseText: null,
    note: null,
    author: { id: 'a', name: 'A', organisation: null },
    sponsors: [],
    tally: { support: 0, oppose: 0, abstain: 0 },
    bridging: 0,
    consensus: null,
    myVote: null,
    decidedAt: null,
    appliedAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

const start = () => fromDraftSnapshot({ draft, amendments: [], seq: 4 });
const created = (seq: number, a: AmendmentView): DraftEvent => ({
  name: 'amendment:created',
  payload: { draftId: 'd', seq, amendment: a },
});

describe('draft live state', () => {
  it('applies events in seq order and ignores ones already seen or of another draft', () => {
    let step = receiveDraftEvent(start(), created(5, amendment('x')));
    expect(step.gap).toBe(false);
    expect(step.state.amendments.map((a) => a.id)).toEqual(['x']);
    expect(receiveDraftEvent(step.state, created(5, amendment('y'))).state).toBe(step.state);
    const other = {
      ...created(6, amendment('z')),
      payload: { ...created(6, amendment('z')).payload, draftId: 'e' },
    } as DraftEvent;
    expect(receiveDraftEvent(step.state, other).state).toBe(step.state);
    step = receiveDraftEvent(step.state, created(6, amendment('y')));
    expect(step.state.seq).toBe(6);
  });

  it('holds an event after a gap, asks to sync, and applies it once the gap is filled', () => {
    const held = receiveDraftEvent(start(), created(7, amendment('late')));
    expect(held.gap).toBe(true);
    expect(held.state.amendments).toEqual([]);
    const synced = applyDraftSync(held.state, {
      kind: 'events',
      seq: 7,
      events: [created(6, amendment('b')), created(5, amendment('a'))],
    });
    expect(synced.gap).toBe(false);
    expect(synced.state.seq).toBe(7);
    expect(synced.state.amendments.map((a) => a.id)).toEqual(['a', 'b', 'late']);
  });

  it('reports a sync that fell short as a gap, and a snapshot replaces the state', () => {
    const short = applyDraftSync(start(), { kind: 'events', seq: 9, events: [] });
    expect(short.gap).toBe(true);
    const fresh = applyDraftSync(start(), {
      kind: 'snapshot',
      draft: { ...draft, title: 'Rev' },
      amendments: [amendment('s')],
      speakers: EMPTY_SPEAKERS,
      seq: 20,
    });
    expect(fresh.state.draft.title).toBe('Rev');
    expect(fresh.state.seq).toBe(20);
    expect(fresh.state.epoch).toBe(start().epoch + 1);
  });

  it('keeps events newer than a snapshot that arrived while it was on its way', () => {
    const state = fromDraftSnapshot(
      { draft, amendments: [], seq: 4 },
      { epoch: 0, pending: [created(4, amendment('old')), created(5, amendment('new'))] },
    );
    expect(state.amendments.map((a) => a.id)).toEqual(['new']);
    expect(state.seq).toBe(5);
  });

  it('takes the whole speakers’ list from speakers:updated, and from a snapshot', () => {
    const joined = fromDraftSnapshot({ draft, amendments: [], speakers: EMPTY_SPEAKERS, seq: 4 });
    expect(joined.speakers).toEqual(EMPTY_SPEAKERS);
    const list: SpeakersView = { ...EMPTY_SPEAKERS, mode: 'balanced', turnSeconds: 60 };
    const step = receiveDraftEvent(joined, {
      name: 'speakers:updated',
      payload: { draftId: 'd', seq: 5, ...list },
    });
    expect(step.state.speakers).toEqual(list);
    expect(step.state.seq).toBe(5);
    const elsewhere = receiveDraftEvent(step.state, {
      name: 'speakers:updated',
      payload: { draftId: 'other', seq: 6, ...EMPTY_SPEAKERS },
    });
    expect(elsewhere.state.speakers).toEqual(list);
  });

  it('renumbers paragraphs from the order a paragraph event carries', () => {
    const inserted = paragraph('p3', 'preambular', 'Recalling…');
    const step = receiveDraftEvent(start(), {
      name: 'paragraph:created',
      payload: { draftId: 'd', seq: 5, paragraph: inserted, order: ['p1', 'p3', 'h', 'p2'] },
    });
    expect(step.state.draft.paragraphs.map((p) => [p.id, p.number])).toEqual([
      ['p1', 1],
      ['p3', 2],
      ['h', null],
      ['p2', 3],
    ]);
    const deleted = receiveDraftEvent(step.state, {
      name: 'paragraph:deleted',
      payload: { draftId: 'd', seq: 6, paragraph: inserted, order: ['p1', 'h', 'p2'] },
    });
    expect(deleted.state.draft.paragraphs.map((p) => [p.id, p.number])).toEqual([
      ['p1', 1],
      ['h', null],
      ['p2', 2],
    ]);
  });

  it('changes a paragraph’s wording but never back to an older version', () => {
    const newer = { ...paragraph('p2', 'operative', 'Cities lead.', 3) };
    const state = start();
    const withNewer = {
      ...state,
      draft: {
        ...state.draft,
        paragraphs: state.draft.paragraphs.map((p) => (p.id === 'p2' ? newer : p)),
      },
    };
    const step = receiveDraftEvent(withNewer, {
      name: 'paragraph:updated',
      payload: {
        draftId: 'd',
        seq: 5,
        paragraph: paragraph('p2', 'operative', 'Cities act more.', 2),
        order: ['p1', 'h', 'p2'],
      },
    });
    expect(step.state.draft.paragraphs[2]!.text).toBe('Cities lead.');
    const applied = receiveDraftEvent(start(), {
      name: 'paragraph:updated',
      payload: {
        draftId: 'd',
        seq: 5,
        paragraph: paragraph('p2', 'operative', 'Cities lead.', 2),
        order: ['p1', 'h', 'p2'],
      },
    });
    expect(applied.state.draft.paragraphs[2]).toMatchObject({ text: 'Cities lead.', number: 2 });
  });

  it('keeps the delegate’s own vote through broadcasts and tallies', () => {
    let state = upsertAmendment(start(), amendment('v', { status: 'voting' }));
    state = applyAmendmentVote(state, {
      amendmentId: 'v',
      tally: { support: 1, oppose: 0, abstain: 0 },
      myVote: 'support',
    });
    state = receiveDraftEvent(state, {
      name: 'amendment:updated',
      payload: {
        draftId: 'd',
        seq: 5,
        amendment: amendment('v', { status: 'voting', updatedAt: '2026-01-02T00:00:00Z' }),
      },
    }).state;
    expect(state.amendments[0]!.myVote).toBe('support');
    state = receiveDraftEvent(state, {
      name: 'tally:updated',
      payload: {
        draftId: 'd',
        seq: 6,
        tallies: [
          { amendmentId: 'v', support: 2, oppose: 1, abstain: 0, bridging: 0.3, consensus: null },
        ],
      },
    }).state;
    expect(state.amendments[0]).toMatchObject({
      myVote: 'support',
      tally: { support: 2, oppose: 1, abstain: 0 },
      bridging: 0.3,
    });
  });

  it('never takes an amendment back a stage from a late REST answer, but follows every event', () => {
    const decided = receiveDraftEvent(upsertAmendment(start(), amendment('x')), {
      name: 'amendment:updated',
      payload: { draftId: 'd', seq: 5, amendment: amendment('x', { status: 'accepted' }) },
    }).state;
    // The answer to a co-sponsoring sent before the chair decided arrives after the decision.
    const late = upsertAmendment(
      decided,
      amendment('x', { sponsors: [{ id: 's', name: 'S', organisation: null }] }),
    );
    expect(late.amendments[0]!.status).toBe('accepted');
    // An event with an earlier updatedAt than the one held is still the newer word.
    const step = receiveDraftEvent(
      upsertAmendment(start(), amendment('y', { updatedAt: '2026-01-05T00:00:00Z' })),
      {
        name: 'amendment:updated',
        payload: {
          draftId: 'd',
          seq: 5,
          amendment: amendment('y', { status: 'voting', updatedAt: '2026-01-04T00:00:00Z' }),
        },
      },
    );
    expect(step.state.amendments[0]!.status).toBe('voting');
  });

  it('takes the draft’s status and silence from draft:updated and keeps its paragraphs', () => {
    const { paragraphs: _p, ...summary } = draft;
    const step = receiveDraftEvent(start(), {
      name: 'draft:updated',
      payload: { draftId: 'd', seq: 5, draft: { ...summary, status: 'under_silence', version: 2 } },
    });
    expect(step.state.draft).toMatchObject({ status: 'under_silence', version: 2 });
    expect(step.state.draft.paragraphs).toHaveLength(3);
  });
});
