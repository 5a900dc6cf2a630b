import type { AmendmentView } from '#contract';
import type { SignedIn } from '../support/actors';
import { startTestApp, type TestApp } from '../support/test-app';
import { addParagraphs, api, draftRoom, expectStatus, getDraft, type DraftRoom } from './support';

const TEXT = 'Cities commit to ensure access to health care for all migrants.';

// Slow on a loaded machine (PostgreSQL start-up and migrations run in beforeAll).
jest.setTimeout(120_000);

describe('drafting room: amendments, the chair’s procedure and votes', () => {
  let t: TestApp;
  let room: DraftRoom;
  let ids: string[];

  beforeAll(async () => {
    t = await startTestApp();
    room = await draftRoom(t.http, { delegates: 7 });
    ids = await addParagraphs(t.http, room.chair, room.draft.id, [
      { kind: 'preambular', text: 'Recognising that migration is a local reality,' },
      { kind: 'operative', text: TEXT },
      { kind: 'operative', text: 'Service providers shall not be required to report status.' },
      { kind: 'operative', text: 'Cities will share data.' },
    ]);
  });
  afterAll(() => t.close());

  const propose = (who: SignedIn, body: Record<string, unknown>) =>
    t.http
      .post(api(`/drafts/${room.draft.id}/amendments`))
      .set(who.auth)
      .send(body);
  const procedure = (who: SignedIn, id: string, body: Record<string, unknown>) =>
    t.http
      .put(api(`/amendments/${id}/procedure`))
      .set(who.auth)
      .send(body);
  const paragraph = async (id: string) =>
    (await getDraft(t.http, room.observer, room.draft.id)).paragraphs.find((p) => p.id === id);
  const author = () => room.delegates[0];

  async function proposed(body: Record<string, unknown>): Promise<AmendmentView> {
    const res = await propose(author(), { reason: 'Clearer', ...body });
    expectStatus(res, 201);
    return res.body as AmendmentView;
  }

  it('files an amendment with its word diff against the text it was filed on', async () => {
    const res = await propose(author(), {
      paragraphId: ids[1],
      kind: 'replace',
      text: 'Cities commit to guarantee access to health care for all residents.',
      reason: 'Residents, whatever their status',
      baseVersion: 1,
    });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      paragraphId: ids[1],
      paragraphNumber: 2,
      kind: 'replace',
      status: 'proposed',
      outdated: false,
      baseVersion: 1,
      baseText: TEXT,
      author: { id: author().id },
      sponsors: [{ id: author().id }],
      tally: { support: 0, oppose: 0, abstain: 0 },
      myVote: null,
    });
    expect(res.body.diff).toEqual([
      { op: 'equal', text: 'Cities commit to ' },
      { op: 'delete', text: 'ensure' },
      { op: 'insert', text: 'guarantee' },
      { op: 'equal', text: ' access to health care for all ' },
      { op: 'delete', text: 'migrants' },
      { op: 'insert', text: 'residents' },
      { op: 'equal', text: '.' },
    ]);
    const list = await t.http
      .get(api(`/drafts/${room.draft.id}/amendments`))
      .set(room.observer.auth);
    expect(list.body.map((a: AmendmentView) => a.id)).toContain(res.body.id);
    const one = await t.http.get(api(`/amendments/${res.body.id}`)).set(room.moderator.auth);
    expect(one.body.id).toBe(res.body.id);
  });

  it('refuses bad amendments naming the field, stale versions with 409, and stores nothing', async () => {
    const before = (
      await t.http.get(api(`/drafts/${room.draft.id}/amendments`)).set(room.admin.auth)
    ).body.length;
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ paragraphId: ids[1], kind: 'replace', text: 'x', baseVersion: 1 }, /^reason/],
      [{ paragraphId: ids[1], kind: 'replace', reason: 'r', baseVersion: 1 }, /^text is required/],
      [
        { paragraphId: ids[1], kind: 'delete', text: 'x', reason: 'r', baseVersion: 1 },
        /^text must not/,
      ],
      [
        { paragraphId: ids[1], kind: 'replace', text: TEXT, reason: 'r', baseVersion: 1 },
        /^text must differ/,
      ],
      [{ paragraphId: ids[1], kind: 'rewrite', text: 'x', reason: 'r', baseVersion: 1 }, /^kind/],
      [{ paragraphId: room.draft.id, kind: 'delete', reason: 'r', baseVersion: 1 }, /^paragraphId/],
      [{ paragraphId: ids[1], kind: 'delete', reason: 'r' }, /^baseVersion/],
    ];
    for (const [body, message] of cases) {
      const res = await propose(author(), body);
      expect(res.status).toBe(400);
      expect((res.body.message as string[]).some((m) => message.test(m))).toBe(true);
    }
    const stale = await propose(author(), {
      paragraphId: ids[1],
      kind: 'delete',
      reason: 'r',
      baseVersion: 4,
    });
    expect(stale.status).toBe(409);
    for (const who of [room.observer, room.moderator, room.chair, room.admin])
      expect(
        (await propose(who, { paragraphId: ids[1], kind: 'delete', reason: 'r', baseVersion: 1 }))
          .status,
      ).toBe(403);
    const after = (
      await t.http.get(api(`/drafts/${room.draft.id}/amendments`)).set(room.admin.auth)
    ).body.length;
    expect(after).toBe(before);
  });

  it('co-sponsors once per delegate; only the author updates or withdraws', async () => {
    const a = await proposed({
      paragraphId: ids[3],
      kind: 'replace',
      text: 'Cities will share open data.',
      baseVersion: 1,
    });
    for (let i = 0; i < 2; i++) {
      const res = await t.http
        .post(api(`/amendments/${a.id}/co-sponsor`))
        .set(room.delegates[1].auth);
      expectStatus(res, 200);
      expect(res.body.sponsors.map((s: { id: string }) => s.id)).toEqual([
        author().id,
        room.delegates[1].id,
      ]);
    }
    expect(
      (await t.http.post(api(`/amendments/${a.id}/co-sponsor`)).set(room.observer.auth)).status,
    ).toBe(403);
    expect(
      (await t.http.post(api(`/amendments/${a.id}/withdraw`)).set(room.delegates[1].auth)).status,
    ).toBe(403);
    expect(
      (
        await t.http
          .patch(api(`/amendments/${a.id}`))
          .set(room.delegates[1].auth)
          .send({ baseVersion: 1, reason: 'x' })
      ).status,
    ).toBe(403);
    const withdrawn = await t.http.post(api(`/amendments/${a.id}/withdraw`)).set(author().auth);
    expectStatus(withdrawn, 200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await t.http.post(api(`/amendments/${a.id}/withdraw`)).set(author().auth)).status).toBe(
      409,
    );
  });

  it('marks an amendment outdated when its paragraph moves on: it cannot be applied until the author updates it', async () => {
    const a = await proposed({
      paragraphId: ids[2],
      kind: 'replace',
      text: 'Service providers shall never be required to report status.',
      baseVersion: 1,
    });
    const edit = await t.http
      .patch(api(`/paragraphs/${ids[2]}`))
      .set(room.chair.auth)
      .send({ version: 1, text: 'Service providers shall not be obliged to report status.' });
    expectStatus(edit, 200);
    const seen = await t.http.get(api(`/amendments/${a.id}`)).set(author().auth);
    expect(seen.body.outdated).toBe(true);
    const refused = await procedure(room.chair, a.id, { procedure: 'accept' });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/outdated/);
    expect((await procedure(room.chair, a.id, { procedure: 'vote' })).status).toBe(409);
    expect(
      (
        await t.http
          .patch(api(`/amendments/${a.id}`))
          .set(author().auth)
          .send({ baseVersion: 1, text: 'x' })
      ).status,
    ).toBe(409);
    const updated = await t.http
      .patch(api(`/amendments/${a.id}`))
      .set(author().auth)
      .send({ baseVersion: 2, text: 'Service providers shall never be obliged to report status.' });
    expectStatus(updated, 200);
    expect(updated.body).toMatchObject({
      outdated: false,
      baseVersion: 2,
      baseText: 'Service providers shall not be obliged to report status.',
    });
    // Only the draft's chairs decide.
    expect((await procedure(room.moderator, a.id, { procedure: 'accept' })).status).toBe(403);
    expect((await procedure(author(), a.id, { procedure: 'accept' })).status).toBe(403);
    const accepted = await procedure(room.chair, a.id, {
      procedure: 'accept',
      note: 'Agreed in the room',
    });
    expectStatus(accepted, 200);
    expect(accepted.body).toMatchObject({ status: 'accepted', note: 'Agreed in the room' });
    expect(accepted.body.appliedAt).not.toBeNull();
    expect(await paragraph(ids[2])).toMatchObject({
      text: 'Service providers shall never be obliged to report status.',
      version: 3,
    });
    expect((await procedure(room.chair, a.id, { procedure: 'reject' })).status).toBe(409);
    const audit = await t.http
      .get(api(`/audit?conferenceId=${room.conferenceId}&limit=50`))
      .set(room.admin.auth);
    const apply = audit.body.items.find(
      (e: { action: string; targetId: string }) =>
        e.action === 'draft.amendment.apply' && e.targetId === a.id,
    );
    expect(apply.details).toMatchObject({
      before: 'Service providers shall not be obliged to report status.',
      after: 'Service providers shall never be obliged to report status.',
    });
  });

  it('accepts as modified with the chair’s compromise wording, and rejects', async () => {
    const p = await paragraph(ids[0]);
    const a = await proposed({ paragraphId: ids[0], kind: 'delete', baseVersion: p!.version });
    expect(a.diff).toEqual([{ op: 'delete', text: p!.text }]);
    expect(
      (await procedure(room.chair, a.id, { procedure: 'accept_modified' })).body.message,
    ).toEqual(['text is required for accept_modified (the compromise wording)']);
    expect((await procedure(room.chair, a.id, { procedure: 'accept', text: 'x' })).status).toBe(
      400,
    );
    const res = await procedure(room.chair, a.id, {
      procedure: 'accept_modified',
      text: 'Recognising that migration is, first of all, a local reality,',
    });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({
      status: 'accepted_modified',
      compromiseText: 'Recognising that migration is, first of all, a local reality,',
    });
    expect((await paragraph(ids[0]))!.text).toBe(
      'Recognising that migration is, first of all, a local reality,',
    );
    const b = await proposed({
      paragraphId: ids[0],
      kind: 'delete',
      baseVersion: (await paragraph(ids[0]))!.version,
    });
    const rejected = await procedure(room.chair, b.id, { procedure: 'reject', note: 'No support' });
    expect(rejected.body.status).toBe('rejected');
    expect(await paragraph(ids[0])).toBeDefined();
  });

  it('inserts a paragraph after, and deletes one, when accepted', async () => {
    const ins = await proposed({
      paragraphId: ids[1],
      kind: 'insert_after',
      text: 'Cities will train their staff.',
      baseVersion: 1,
    });
    expect(ins.diff).toEqual([{ op: 'insert', text: 'Cities will train their staff.' }]);
    expectStatus(await procedure(room.admin, ins.id, { procedure: 'accept' }), 200);
    let d = await getDraft(t.http, room.observer, room.draft.id);
    const at = d.paragraphs.findIndex((p) => p.id === ids[1]);
    expect(d.paragraphs[at + 1]).toMatchObject({
      text: 'Cities will train their staff.',
      kind: 'operative',
      number: 3,
    });
    const del = await proposed({ paragraphId: ids[3], kind: 'delete', baseVersion: 1 });
    expectStatus(await procedure(room.chair, del.id, { procedure: 'accept' }), 200);
    d = await getDraft(t.http, room.observer, room.draft.id);
    expect(d.paragraphs.map((p) => p.id)).not.toContain(ids[3]);
    expect(d.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4]);
  });

  it('puts an amendment to the vote: tallies, bridging, and the conference’s adoption rule at close', async () => {
    const p = await paragraph(ids[1]);
    const a = await proposed({
      paragraphId: ids[1],
      kind: 'replace',
      text: 'Cities commit to ensure access to health care for all.',
      baseVersion: p!.version,
    });
    const vote = (who: SignedIn, value: string, id = a.id) =>
      t.http
        .put(api(`/amendments/${id}/vote`))
        .set(who.auth)
        .send({ value });
    expect((await vote(room.delegates[1], 'support')).status).toBe(409);
    expectStatus(await procedure(room.chair, a.id, { procedure: 'vote' }), 200);
    expect((await vote(room.observer, 'support')).status).toBe(403);
    expect((await vote(room.delegates[1], 'maybe')).status).toBe(400);
    const values = ['support', 'support', 'support', 'support', 'support', 'oppose', 'abstain'];
    for (const [i, value] of values.entries())
      expectStatus(await vote(room.delegates[i], value), 200);
    const changed = await vote(room.delegates[5], 'support');
    expect(changed.body).toEqual({
      amendmentId: a.id,
      tally: { support: 6, oppose: 0, abstain: 1 },
      myVote: 'support',
    });
    const back = await vote(room.delegates[5], 'oppose');
    expect(back.body.tally).toEqual({ support: 5, oppose: 1, abstain: 1 });
    const withdrawn = await t.http
      .delete(api(`/amendments/${a.id}/vote`))
      .set(room.delegates[6].auth);
    expect(withdrawn.body).toEqual({
      amendmentId: a.id,
      tally: { support: 5, oppose: 1, abstain: 0 },
      myVote: null,
    });
    const mine = await t.http.get(api(`/amendments/${a.id}`)).set(room.delegates[0].auth);
    expect(mine.body).toMatchObject({
      myVote: 'support',
      tally: { support: 5, oppose: 1, abstain: 0 },
    });
    expect(
      (await t.http.post(api(`/amendments/${a.id}/close-vote`)).set(room.delegates[0].auth)).status,
    ).toBe(403);
    expect(
      (await t.http.post(api(`/amendments/${a.id}/close-vote`)).set(room.moderator.auth)).status,
    ).toBe(403);
    const closed = await t.http.post(api(`/amendments/${a.id}/close-vote`)).set(room.chair.auth);
    expectStatus(closed, 200);
    expect(closed.body).toMatchObject({
      status: 'adopted',
      tally: { support: 5, oppose: 1, abstain: 0 },
    });
    expect((await paragraph(ids[1]))!.text).toBe(
      'Cities commit to ensure access to health care for all.',
    );
    expect((await vote(room.delegates[1], 'support')).status).toBe(409);

    // Too few votes to decide: not adopted, the paragraph unchanged.
    const q = await paragraph(ids[2]);
    const b = await proposed({ paragraphId: ids[2], kind: 'delete', baseVersion: q!.version });
    expectStatus(await procedure(room.chair, b.id, { procedure: 'vote' }), 200);
    expectStatus(await vote(room.delegates[1], 'support', b.id), 200);
    const lost = await t.http.post(api(`/amendments/${b.id}/close-vote`)).set(room.chair.auth);
    expect(lost.body).toMatchObject({
      status: 'not_adopted',
      tally: { support: 1, oppose: 0, abstain: 0 },
    });
    expect(await paragraph(ids[2])).toMatchObject({ text: q!.text, version: q!.version });
    expect(
      (await t.http.post(api(`/amendments/${b.id}/close-vote`)).set(room.chair.auth)).status,
    ).toBe(409);
  });
});
