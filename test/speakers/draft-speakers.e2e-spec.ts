import type { Socket } from 'socket.io-client';
import type { Ack, DraftSnapshot, DraftSyncResult, SpeakersView } from '#contract';
import { DataSource } from 'typeorm';
import { Sql } from '../../src/database/sql';
import { SilenceService } from '../../src/drafts/silence.service';
import {
  addParagraphs,
  api,
  downloadFile,
  draftRoom,
  expectStatus,
  type DraftRoom,
} from '../drafts/support';
import { createAndSignIn, createConference, type SignedIn } from '../support/actors';
import { connectLive, waitUntil } from '../support/live-client';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(120_000);

interface Seen {
  name: string;
  payload: { draftId: string; seq: number } & Record<string, unknown>;
}

const ROOM_EVENTS = ['paragraph:updated', 'amendment:created', 'draft:updated', 'speakers:updated'];

describe("a draft's speakers' list", () => {
  let t: TestApp;
  let room: DraftRoom;
  let paragraphs: string[];
  let amendmentId: string;
  const sockets: Socket[] = [];
  const speakers = (path = '') => api(`/drafts/${room.draft.id}/speakers${path}`);
  const get = async (who: SignedIn = room.observer): Promise<SpeakersView> => {
    const res = await t.http.get(speakers()).set(who.auth);
    expectStatus(res, 200);
    return res.body as SpeakersView;
  };
  const ask = (who: SignedIn, body: object = {}) =>
    t.http.post(speakers()).set(who.auth).send(body);
  const next = (who: SignedIn = room.chair) => t.http.post(speakers('/next')).set(who.auth);
  const end = (who: SignedIn = room.chair) => t.http.post(speakers('/end')).set(who.auth);
  const live = async (token: string) => {
    const socket = (await connectLive(t.url, token, { reconnection: false })) as unknown as Socket;
    sockets.push(socket);
    return socket;
  };
  const join = async (socket: Socket): Promise<DraftSnapshot> => {
    const ack = (await socket.emitWithAck('draft:join', {
      draftId: room.draft.id,
    })) as Ack<DraftSnapshot>;
    if (!ack.ok) throw new Error(JSON.stringify(ack.error));
    return ack.data;
  };
  const recordRoom = (socket: Socket): Seen[] => {
    const seen: Seen[] = [];
    for (const name of ROOM_EVENTS)
      socket.on(name, (payload: Seen['payload']) => seen.push({ name, payload }));
    return seen;
  };

  beforeAll(async () => {
    t = await startTestApp({ listen: true });
    // Delegates 0..3: local, regional, national government, international organisation.
    room = await draftRoom(t.http, { delegates: 5 });
    paragraphs = await addParagraphs(t.http, room.chair, room.draft.id, [
      {
        kind: 'operative',
        text: 'Cities commit to ensure access to health care for all migrants.',
      },
      { kind: 'operative', text: 'Cities will share data.' },
    ]);
    const amendment = await t.http
      .post(api(`/drafts/${room.draft.id}/amendments`))
      .set(room.delegates[3].auth)
      .send({
        paragraphId: paragraphs[1],
        kind: 'replace',
        text: 'Cities will share open data.',
        reason: 'Open',
        baseVersion: 1,
      });
    expectStatus(amendment, 201);
    amendmentId = amendment.body.id;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  it('a delegate asks for the floor on a paragraph, the chair calls them, and the room hears it in sequence', async () => {
    const screen = await live(room.observer.token);
    const joined = await join(screen);
    expect(joined.speakers).toEqual(await get());
    expect(joined.speakers).toMatchObject({ mode: 'fifo', turnSeconds: 180, current: null });
    const seen = recordRoom(screen);
    const [delegate] = room.delegates;

    const asked = await ask(delegate, { topic: { paragraphId: paragraphs[0] } });
    expectStatus(asked, 201);
    expect(asked.body).toMatchObject({
      place: 1,
      participant: { id: delegate.id, constituency: 'local_government' },
      topic: { paragraphId: paragraphs[0] },
    });
    // Another draft event between the two changes of the list: one sequence for the whole room.
    expectStatus(
      await t.http
        .patch(api(`/paragraphs/${paragraphs[0]}`))
        .set(room.chair.auth)
        .send({
          version: 1,
          text: 'Cities commit to guarantee access to health care for all migrants.',
        }),
      200,
    );
    const called = await next();
    expectStatus(called, 200);
    expect(called.body.current).toMatchObject({
      participant: { id: delegate.id, name: 'Delegate 0' },
      topic: { paragraphId: paragraphs[0] },
    });

    await waitUntil(screen, () => seen.filter((e) => e.name === 'speakers:updated').length === 2);
    expect(seen.map((e) => e.name)).toEqual([
      'speakers:updated',
      'paragraph:updated',
      'speakers:updated',
    ]);
    expect(seen.map((e) => e.payload.seq)).toEqual([
      joined.seq + 1,
      joined.seq + 2,
      joined.seq + 3,
    ]);
    const last = seen[2].payload;
    expect(last).toMatchObject({ draftId: room.draft.id, mode: 'fifo', turnSeconds: 180 });
    expect(last).not.toHaveProperty('sessionId');
    const { draftId: _draftId, seq: _seq, ...list } = last;
    expect(list).toEqual(await get());
  });

  it('a screen that was away replays what it missed after reconnecting, or gets it in a fresh snapshot', async () => {
    const first = await live(room.delegates[4].token);
    const { seq } = await join(first);
    first.close();

    expectStatus(
      await t.http
        .put(speakers('/settings'))
        .set(room.chair.auth)
        .send({ mode: 'balanced', turnSeconds: 60 }),
      200,
    );
    expectStatus(await end(), 200);

    const again = await live(room.delegates[4].token);
    const sync = (await again.emitWithAck('draft:sync', {
      draftId: room.draft.id,
      sinceSeq: seq,
    })) as Ack<DraftSyncResult>;
    if (!sync.ok || sync.data.kind !== 'events') throw new Error(JSON.stringify(sync));
    expect(sync.data.events.map((e) => e.name)).toEqual(['speakers:updated', 'speakers:updated']);
    expect(sync.data.events.map((e) => e.payload.seq)).toEqual([seq + 1, seq + 2]);
    expect(sync.data.events[1].payload).toMatchObject({
      draftId: room.draft.id,
      mode: 'balanced',
      turnSeconds: 60,
      current: null,
    });
    const rejoined = await join(again);
    expect(rejoined.seq).toBe(seq + 2);
    expect(rejoined.speakers).toEqual(await get());
    expect(rejoined.speakers.totals).toEqual([
      { constituency: 'local_government', turns: 1, seconds: expect.any(Number) },
    ]);
  });

  it('takes a topic only from this draft: 400 naming the field, and nothing changes', async () => {
    const other = await t.http
      .post(api(`/conferences/${room.conferenceId}/drafts`))
      .set(room.admin.auth)
      .send({ title: 'Another', language: 'en', chairIds: [room.chair.id] });
    expectStatus(other, 201);
    const [foreign] = await addParagraphs(t.http, room.chair, other.body.id, [
      { kind: 'operative', text: 'Elsewhere.' },
    ]);
    const withdrawn = await t.http
      .post(api(`/drafts/${room.draft.id}/amendments`))
      .set(room.delegates[3].auth)
      .send({ paragraphId: paragraphs[1], kind: 'delete', reason: 'Gone', baseVersion: 1 });
    expectStatus(withdrawn, 201);
    expectStatus(
      await t.http
        .post(api(`/amendments/${withdrawn.body.id}/withdraw`))
        .set(room.delegates[3].auth),
      200,
    );
    const before = await get();
    const cases: Array<[object, string]> = [
      [{ topic: { paragraphId: foreign } }, 'topic.paragraphId must be a paragraph of this draft'],
      [{ topic: { paragraphId: 'nope' } }, 'topic.paragraphId must be a UUID'],
      [
        { topic: { amendmentId: withdrawn.body.id } },
        'topic.amendmentId must be an amendment of this draft that is proposed or being voted on',
      ],
      [
        { topic: { amendmentId: paragraphs[0] } },
        'topic.amendmentId must be an amendment of this draft',
      ],
      [
        { topic: { recommendationId: '00000000-0000-4000-8000-000000000000' } },
        'topic.recommendationId applies only to a session’s speakers’ list',
      ],
      [
        { topic: { paragraphId: paragraphs[0], amendmentId: amendmentId } },
        'topic must name exactly one',
      ],
      [{ topic: {} }, 'topic must name exactly one'],
    ];
    for (const [body, message] of cases) {
      const res = await ask(room.delegates[1], body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toContain(message);
    }
    expect(await get()).toEqual(before);

    const onAmendment = await ask(room.delegates[1], { topic: { amendmentId } });
    expectStatus(onAmendment, 201);
    expect(onAmendment.body.topic).toEqual({ amendmentId });
    expect((await ask(room.delegates[1])).status).toBe(409);
    expectStatus(await t.http.delete(speakers('/me')).set(room.delegates[1].auth), 200);
    expect((await t.http.delete(speakers('/me')).set(room.delegates[1].auth)).status).toBe(409);
  });

  it('is run by the draft’s chairs and the secretariat only; strangers get 404', async () => {
    // room.moderator moderates the session but chairs no draft.
    expect((await next(room.moderator)).status).toBe(403);
    expect(
      (
        await t.http
          .put(speakers('/settings'))
          .set(room.moderator.auth)
          .send({ mode: 'fifo', turnSeconds: 60 })
      ).status,
    ).toBe(403);
    expect((await end(room.moderator)).status).toBe(403);
    expect((await ask(room.chair)).status).toBe(403);
    expect((await ask(room.observer)).status).toBe(403);
    expect((await ask(room.admin)).status).toBe(403);

    const elsewhere = await createConference(t.http, room.admin);
    const stranger = await createAndSignIn(t.http, room.admin, { conferenceId: elsewhere.id });
    expect((await t.http.get(speakers()).set(stranger.auth)).status).toBe(404);
    expect((await ask(stranger)).status).toBe(404);
    const missing = api('/drafts/00000000-0000-4000-8000-000000000000/speakers');
    expect((await t.http.get(missing).set(room.observer.auth)).status).toBe(404);
    expect((await t.http.post(missing).set(room.delegates[0].auth).send({})).status).toBe(404);
    expect((await t.http.get(api('/drafts/nope/speakers')).set(room.observer.auth)).status).toBe(
      400,
    );

    // The secretariat runs any draft's floor.
    expectStatus(await ask(room.delegates[2]), 201);
    expectStatus(await next(room.admin), 200);
    expectStatus(await end(room.admin), 200);
  });

  it('leaves one audit entry per action, naming the draft', async () => {
    const audit = await t.http
      .get(api(`/audit?conferenceId=${room.conferenceId}&limit=200`))
      .set(room.admin.auth);
    expectStatus(audit, 200);
    const entries = (
      audit.body.items as Array<{ action: string; details: { draftId?: string } | null }>
    ).filter((e) => e.action.startsWith('speakers.'));
    const count = (a: string) => entries.filter((e) => e.action === a).length;
    expect(count('speakers.request')).toBe(3);
    expect(count('speakers.withdraw')).toBe(1);
    expect(count('speakers.next')).toBe(2);
    expect(count('speakers.end')).toBe(2);
    expect(count('speakers.settings')).toBe(1);
    expect(entries.every((e) => e.details?.draftId === room.draft.id)).toBe(true);
  });

  it('closes the floor under silence (requests and calls 409) but lets a turn end', async () => {
    // Silence needs nothing pending: the chair rejects the open amendment first.
    expectStatus(
      await t.http
        .put(api(`/amendments/${amendmentId}/procedure`))
        .set(room.chair.auth)
        .send({ procedure: 'reject' }),
      200,
    );
    expectStatus(await ask(room.delegates[3]), 201);
    expectStatus(await next(), 200);
    expectStatus(await ask(room.delegates[0]), 201);
    const silence = await t.http
      .post(api(`/drafts/${room.draft.id}/silence`))
      .set(room.chair.auth)
      .send({ until: new Date(Date.now() + 3_600_000).toISOString() });
    expectStatus(silence, 200);

    const late = await ask(room.delegates[1]);
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/under_silence/);
    expect((await next()).status).toBe(409);
    const ended = await end();
    expectStatus(ended, 200);
    expect(ended.body.current).toBeNull();
    // A waiting delegate may still withdraw.
    expectStatus(await t.http.delete(speakers('/me')).set(room.delegates[0].auth), 200);
  });

  it('reports turns and speaking time per constituency in the adopted declaration’s annex', async () => {
    // Nobody breaks the silence: its deadline is moved to the past and the sweep adopts the text.
    const sql = new Sql(t.app.get(DataSource).manager);
    await sql.run('UPDATE "draft_silences" SET "until" = ? WHERE "draftId" = ?', [
      sql.now(new Date(Date.now() - 1000)),
      room.draft.id,
    ]);
    expect(await t.app.get(SilenceService).adoptDue()).toEqual([room.draft.id]);
    const draft = await t.http.get(api(`/drafts/${room.draft.id}`)).set(room.observer.auth);
    expect(draft.body.status).toBe('adopted');
    const { totals } = await get();
    expect(totals.map((r) => [r.constituency, r.turns])).toEqual([
      ['local_government', 1],
      ['national_government', 1],
      ['international_organisation', 1],
    ]);
    const path = `/drafts/${room.draft.id}/versions/${draft.body.version}/download`;
    const json = await downloadFile(t.http, room.observer, `${path}?format=json`);
    expectStatus(json, 200);
    expect(JSON.parse(json.body.toString('utf8')).speaking).toEqual(totals);
    const md = await downloadFile(t.http, room.observer, `${path}?format=md`);
    const text = md.body.toString('utf8');
    expect(text).toContain('### The floor: turns and speaking time per constituency');
    expect(text).toMatch(/\| Local government \| 1 \| \d+:\d\d \|/);
    expect(text).toMatch(/\| International organisation or UN agency \| 1 \| \d+:\d\d \|/);
  });
});
