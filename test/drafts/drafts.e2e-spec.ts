import { closedSessionWithOutcomes } from '../reports/support';
import { createAndSignIn, createConference } from '../support/actors';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  addParagraphs,
  api,
  compile,
  draftRoom,
  expectStatus,
  getDraft,
  SAMPLE,
  type DraftRoom,
} from './support';

// Slow on a loaded machine (PostgreSQL start-up and migrations run in beforeAll).
jest.setTimeout(120_000);

describe('drafting room: drafts, chairs, paragraphs, translations', () => {
  let t: TestApp;
  let room: DraftRoom;

  beforeAll(async () => {
    t = await startTestApp();
    room = await draftRoom(t.http);
  });
  afterAll(() => t.close());

  it('creates a blank draft for the secretariat, with its chairs, at version 0', () => {
    expect(room.draft).toMatchObject({
      conferenceId: room.conferenceId,
      title: 'Mechelen Declaration',
      language: 'en',
      status: 'drafting',
      version: 0,
      paragraphs: [],
      clean: true,
      silence: null,
      chairs: [{ id: room.chair.id, name: 'Chair' }],
    });
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const url = api(`/conferences/${room.conferenceId}/drafts`);
    const before = await t.http.get(url).set(room.admin.auth);
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ language: 'en' }, /^title/],
      [{ title: 'x', language: 'de' }, /^language/],
      [{ title: 'x', language: 'en', fromReportId: 'nope' }, /^fromReportId/],
      [
        { title: 'x', language: 'en', fromReportId: '00000000-0000-4000-8000-000000000000' },
        /^fromReportId/,
      ],
      [{ title: 'x', language: 'en', chairIds: [room.delegates[0].id] }, /^chairIds\.0/],
      [{ title: 'x', language: 'en', extra: 1 }, /extra/],
    ];
    for (const [body, message] of cases) {
      const res = await t.http.post(url).set(room.admin.auth).send(body);
      expect(res.status).toBe(400);
      expect((res.body.message as string[]).some((m) => message.test(m))).toBe(true);
    }
    const other = await createConference(t.http, room.admin, { languages: ['fr'] });
    const res = await t.http
      .post(api(`/conferences/${other.id}/drafts`))
      .set(room.admin.auth)
      .send({ title: 'x', language: 'en' });
    expect(res.status).toBe(400);
    expect(res.body.message[0]).toMatch(/^language must be one of the conference's languages/);
    const after = await t.http.get(url).set(room.admin.auth);
    expect(after.body).toHaveLength(before.body.length);
  });

  it('lets only the secretariat create drafts and set chairs; others of the conference read', async () => {
    const body = { title: 'x', language: 'en' };
    const url = api(`/conferences/${room.conferenceId}/drafts`);
    for (const who of [room.delegates[0], room.moderator, room.observer])
      expect((await t.http.post(url).set(who.auth).send(body)).status).toBe(403);
    for (const who of [room.delegates[0], room.moderator, room.observer, room.chair]) {
      expect((await t.http.get(url).set(who.auth)).status).toBe(200);
      expect((await t.http.get(api(`/drafts/${room.draft.id}`)).set(who.auth)).status).toBe(200);
    }
    const chairs = api(`/drafts/${room.draft.id}/chairs`);
    expect(
      (await t.http.put(chairs).set(room.chair.auth).send({ participantIds: [] })).status,
    ).toBe(403);
    const bad = await t.http
      .put(chairs)
      .set(room.admin.auth)
      .send({ participantIds: [room.chair.id, room.observer.id] });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual([
      'participantIds.1 must be a moderator or secretariat account (is observer)',
    ]);
  });

  it('hides a draft from participants of another conference (404)', async () => {
    const other = await createConference(t.http, room.admin);
    const stranger = await createAndSignIn(t.http, room.admin, { conferenceId: other.id });
    const secretariat = await createAndSignIn(t.http, room.admin, {
      role: 'secretariat',
      conferenceId: other.id,
    });
    expect((await t.http.get(api(`/drafts/${room.draft.id}`)).set(stranger.auth)).status).toBe(404);
    expect(
      (await t.http.get(api(`/conferences/${room.conferenceId}/drafts`)).set(stranger.auth)).status,
    ).toBe(404);
    expect(
      (
        await t.http
          .put(api(`/drafts/${room.draft.id}/chairs`))
          .set(secretariat.auth)
          .send({ participantIds: [] })
      ).status,
    ).toBe(404);
    expect(
      (
        await t.http
          .post(api(`/drafts/${room.draft.id}/paragraphs`))
          .set(secretariat.auth)
          .send({ kind: 'operative', text: 'x' })
      ).status,
    ).toBe(404);
  });

  it('numbers paragraphs 1…n in document order, headings unnumbered, after adds, moves and deletes', async () => {
    const { draft, chair } = room;
    const ids = await addParagraphs(t.http, chair, draft.id, SAMPLE);
    let d = await getDraft(t.http, room.observer, draft.id);
    expect(d.paragraphs.map((p) => [p.kind, p.number])).toEqual([
      ['preambular', 1],
      ['heading', null],
      ['operative', 2],
      ['operative', 3],
    ]);
    // Insert at the beginning (no afterId).
    const first = await t.http
      .post(api(`/drafts/${draft.id}/paragraphs`))
      .set(room.admin.auth)
      .send({ kind: 'chapeau', text: 'We, the participants, [gathered in Mechelen,]' });
    expectStatus(first, 201);
    expect(first.body).toMatchObject({ number: 1, bracketed: true, version: 1 });
    // Move the last operative paragraph before the other.
    const moved = await t.http
      .post(api(`/paragraphs/${ids[3]}/move`))
      .set(chair.auth)
      .send({ afterId: ids[1] });
    expectStatus(moved, 200);
    d = await getDraft(t.http, chair, draft.id);
    expect(d.paragraphs.map((p) => p.id)).toEqual([first.body.id, ids[0], ids[1], ids[3], ids[2]]);
    expect(d.paragraphs.map((p) => p.number)).toEqual([1, 2, null, 3, 4]);
    expect(d.clean).toBe(false);
    // Delete with the current version; stale → 409.
    expect(
      (await t.http.delete(api(`/paragraphs/${first.body.id}?version=7`)).set(chair.auth)).status,
    ).toBe(409);
    expect((await t.http.delete(api(`/paragraphs/${first.body.id}`)).set(chair.auth)).status).toBe(
      400,
    );
    const deleted = await t.http
      .delete(api(`/paragraphs/${first.body.id}?version=1`))
      .set(chair.auth);
    expectStatus(deleted, 200);
    expect(deleted.body.number).toBeNull();
    d = await getDraft(t.http, chair, draft.id);
    expect(d.paragraphs.map((p) => p.number)).toEqual([1, null, 2, 3]);
    expect(d.clean).toBe(true);
    expect(
      (
        await t.http
          .patch(api(`/paragraphs/${first.body.id}`))
          .set(chair.auth)
          .send({ version: 2, text: 'x' })
      ).status,
    ).toBe(404);
  });

  it('edits with optimistic concurrency: a stale version is 409 and changes nothing', async () => {
    const [id] = await addParagraphs(t.http, room.chair, room.draft.id, [
      { kind: 'operative', text: 'Cities [shall] promote inclusion.' },
    ]);
    const ok = await t.http
      .patch(api(`/paragraphs/${id}`))
      .set(room.chair.auth)
      .send({
        version: 1,
        text: 'Cities shall promote inclusion.',
        alternatives: ['Cities should promote inclusion.'],
      });
    expectStatus(ok, 200);
    expect(ok.body).toMatchObject({
      version: 2,
      bracketed: false,
      alternatives: ['Cities should promote inclusion.'],
    });
    const stale = await t.http
      .patch(api(`/paragraphs/${id}`))
      .set(room.chair.auth)
      .send({ version: 1, text: 'Overwritten' });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/version 2/);
    const same = await t.http
      .patch(api(`/paragraphs/${id}`))
      .set(room.chair.auth)
      .send({ version: 2, text: 'Cities shall promote inclusion.' });
    expect(same.status).toBe(400);
    const bad = await t.http
      .patch(api(`/paragraphs/${id}`))
      .set(room.chair.auth)
      .send({ version: 2, kind: 'annex' });
    expect(bad.status).toBe(400);
    expect(bad.body.message[0]).toMatch(/^kind/);
    const d = await getDraft(t.http, room.chair, room.draft.id);
    expect(d.paragraphs.find((p) => p.id === id)).toMatchObject({
      version: 2,
      text: 'Cities shall promote inclusion.',
    });
    expect(d.clean).toBe(false);
  });

  it('lets only the draft’s chairs and the secretariat touch the text', async () => {
    const [id] = await addParagraphs(t.http, room.chair, room.draft.id, [
      { kind: 'operative', text: 'A paragraph to protect.' },
    ]);
    for (const who of [room.delegates[0], room.observer]) {
      expect(
        (
          await t.http
            .post(api(`/drafts/${room.draft.id}/paragraphs`))
            .set(who.auth)
            .send({ kind: 'operative', text: 'x' })
        ).status,
      ).toBe(403);
      expect(
        (
          await t.http
            .patch(api(`/paragraphs/${id}`))
            .set(who.auth)
            .send({ version: 1, text: 'x' })
        ).status,
      ).toBe(403);
    }
    // A moderator of the conference who is not a chair of this draft.
    expect(
      (
        await t.http
          .patch(api(`/paragraphs/${id}`))
          .set(room.moderator.auth)
          .send({ version: 1, text: 'x' })
      ).status,
    ).toBe(403);
    expect(
      (
        await t.http
          .post(api(`/paragraphs/${id}/move`))
          .set(room.moderator.auth)
          .send({})
      ).status,
    ).toBe(403);
    expect(
      (await t.http.delete(api(`/paragraphs/${id}?version=1`)).set(room.moderator.auth)).status,
    ).toBe(403);
    const d = await getDraft(t.http, room.chair, room.draft.id);
    expect(d.paragraphs.find((p) => p.id === id)).toMatchObject({
      version: 1,
      text: 'A paragraph to protect.',
    });
  });

  it('keeps translations per conference language, marked outdated when the paragraph moves on', async () => {
    const [id] = await addParagraphs(t.http, room.chair, room.draft.id, [
      { kind: 'operative', text: 'Cities welcome newcomers.' },
    ]);
    const url = api(`/paragraphs/${id}/translations/fr`);
    expect(
      (await t.http.put(url).set(room.chair.auth).send({ text: 'Les villes accueillent.' })).status,
    ).toBe(403);
    expect(
      (
        await t.http
          .put(api(`/paragraphs/${id}/translations/en`))
          .set(room.admin.auth)
          .send({ text: 'x' })
      ).body.message[0],
    ).toMatch(/^language en is the drafting language/);
    expect(
      (
        await t.http
          .put(api(`/paragraphs/${id}/translations/de`))
          .set(room.admin.auth)
          .send({ text: 'x' })
      ).body.message[0],
    ).toMatch(/^language/);
    const ok = await t.http
      .put(url)
      .set(room.admin.auth)
      .send({ text: 'Les villes accueillent les nouveaux arrivants.' });
    expectStatus(ok, 200);
    expect(ok.body.translations).toEqual({
      fr: {
        text: 'Les villes accueillent les nouveaux arrivants.',
        alternatives: [],
        outdated: false,
      },
    });
    expect(ok.body.version).toBe(1);
    const edited = await t.http
      .patch(api(`/paragraphs/${id}`))
      .set(room.chair.auth)
      .send({ version: 1, text: 'Cities welcome all newcomers.' });
    expect(edited.body.translations.fr.outdated).toBe(true);
  });

  it('writes an audit entry with every write', async () => {
    const res = await t.http
      .get(api(`/audit?conferenceId=${room.conferenceId}&limit=200`))
      .set(room.admin.auth);
    expectStatus(res, 200);
    const actions = new Set((res.body.items as Array<{ action: string }>).map((e) => e.action));
    for (const action of [
      'draft.create',
      'draft.paragraph.create',
      'draft.paragraph.edit',
      'draft.paragraph.move',
      'draft.paragraph.delete',
      'draft.paragraph.translate',
    ])
      expect(actions).toContain(action);
  });

  it('makes a draft from a compiled report: chapeau placeholder, a heading per chapter, an operative paragraph per adopted recommendation', async () => {
    const o = await closedSessionWithOutcomes(t.http);
    const report = await compile(t.http, o.admin, o.conferenceId);
    const res = await t.http
      .post(api(`/conferences/${o.conferenceId}/drafts`))
      .set(o.admin.auth)
      .send({ title: 'Mechelen Declaration', language: 'en', fromReportId: report.id });
    expectStatus(res, 201);
    const d = res.body;
    expect(d.fromReportId).toBe(report.id);
    expect(d.paragraphs[0]).toMatchObject({
      kind: 'chapeau',
      number: 1,
      bracketed: true,
      sources: [],
    });
    const operative = d.paragraphs.filter((p: { kind: string }) => p.kind === 'operative');
    expect(operative.map((p: { sources: unknown }) => p.sources).sort()).toEqual(
      [[{ recommendationId: o.ids.adopted }], [{ recommendationId: o.ids.overridden }]].sort(),
    );
    const headings = d.paragraphs.filter((p: { kind: string }) => p.kind === 'heading');
    expect(headings).toHaveLength(2);
    expect(headings.every((h: { number: null }) => h.number === null)).toBe(true);
    expect(d.paragraphs[1].kind).toBe('heading');
    expect(d.clean).toBe(false);
    // A report of another conference is not a source.
    const other = await t.http
      .post(api(`/conferences/${room.conferenceId}/drafts`))
      .set(room.admin.auth)
      .send({ title: 'x', language: 'en', fromReportId: report.id });
    expect(other.status).toBe(400);
    expect(other.body.message[0]).toMatch(/^fromReportId/);
  });
});
