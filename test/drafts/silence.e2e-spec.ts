import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.setup';
import { loadConfig } from '../../src/config/app-config';
import { createDataSource } from '../../src/database/data-source';
import type { DraftView } from '#contract';
import { DraftSilence } from '../../src/drafts/entities/draft-silence.entity';
import { DraftVersion } from '../../src/drafts/entities/draft-version.entity';
import { SilenceService } from '../../src/drafts/silence.service';
import { signIn } from '../support/actors';
import { ADMIN, startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';
import { temporaryDatabase } from '../support/temp-database';
import {
  addParagraphs,
  api,
  draftRoom,
  eventually,
  expectStatus,
  getDraft,
  type DraftRoom,
} from './support';

const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

// Slow on a loaded machine (PostgreSQL start-up and migrations run in beforeAll).
jest.setTimeout(120_000);

describe('drafting room: the silence procedure', () => {
  let t: TestApp;
  let room: DraftRoom;
  let ids: string[];

  beforeAll(async () => {
    t = await startTestApp();
    room = await draftRoom(t.http);
    ids = await addParagraphs(t.http, room.chair, room.draft.id, [
      { kind: 'chapeau', text: 'We, the participants, gathered in Mechelen,' },
      { kind: 'operative', text: 'Cities [shall] ensure access to health care for all.' },
      { kind: 'operative', text: 'Cities will share data.' },
    ]);
  });
  afterAll(() => t.close());

  const silence = (who = room.chair, until = inMs(60_000)) =>
    t.http
      .post(api(`/drafts/${room.draft.id}/silence`))
      .set(who.auth)
      .send({ until });
  const breakIt = (who: typeof room.chair, body: Record<string, unknown>) =>
    t.http
      .post(api(`/drafts/${room.draft.id}/silence/break`))
      .set(who.auth)
      .send(body);

  it('goes under silence only with a clean text and nothing pending', async () => {
    expect((await silence(room.delegates[0])).status).toBe(403);
    expect((await silence(room.moderator)).status).toBe(403);
    expect((await silence(room.chair, inMs(-1000))).body.message).toEqual([
      'until must be a date-time in the future',
    ]);
    expect((await silence(room.chair, inMs(91 * 24 * 3600 * 1000))).body.problems).toEqual([
      {
        field: 'until',
        rule: 'withinDays',
        params: { max: 90 },
        message: 'until must be at most 90 days ahead',
      },
    ]);
    expect((await silence(room.chair, 'tomorrow')).body.message[0]).toMatch(/^until/);
    const unclean = await silence();
    expect(unclean.status).toBe(409);
    expect(unclean.body.message).toMatch(/paragraph 2 still has brackets/);
    expectStatus(
      await t.http
        .patch(api(`/paragraphs/${ids[1]}`))
        .set(room.chair.auth)
        .send({ version: 1, text: 'Cities shall ensure access to health care for all.' }),
      200,
    );
    const amendment = await t.http
      .post(api(`/drafts/${room.draft.id}/amendments`))
      .set(room.delegates[0].auth)
      .send({ paragraphId: ids[2], kind: 'delete', reason: 'Redundant', baseVersion: 1 });
    expectStatus(amendment, 201);
    const pending = await silence();
    expect(pending.status).toBe(409);
    expect(pending.body.message).toMatch(/1 amendment is still proposed/);
    expectStatus(
      await t.http
        .put(api(`/amendments/${amendment.body.id}/procedure`))
        .set(room.chair.auth)
        .send({ procedure: 'reject' }),
      200,
    );
    const d = await getDraft(t.http, room.observer, room.draft.id);
    expect(d).toMatchObject({ status: 'drafting', clean: true, silence: null });
  });

  it('freezes the text under silence, until a delegate breaks it naming paragraphs and a reason', async () => {
    const res = await silence();
    expectStatus(res, 200);
    expect(res.body).toMatchObject({
      status: 'under_silence',
      silence: { status: 'running', startedBy: { id: room.chair.id }, brokenBy: null },
    });
    expect((await silence()).status).toBe(409);
    const edit = await t.http
      .patch(api(`/paragraphs/${ids[2]}`))
      .set(room.chair.auth)
      .send({ version: 1, text: 'x' });
    expect(edit.status).toBe(409);
    expect(edit.body.message).toMatch(/under_silence/);
    expect(
      (
        await t.http
          .post(api(`/drafts/${room.draft.id}/paragraphs`))
          .set(room.chair.auth)
          .send({ kind: 'operative', text: 'x' })
      ).status,
    ).toBe(409);
    expect(
      (
        await t.http
          .post(api(`/drafts/${room.draft.id}/amendments`))
          .set(room.delegates[1].auth)
          .send({ paragraphId: ids[2], kind: 'delete', reason: 'r', baseVersion: 1 })
      ).status,
    ).toBe(409);
    expect(
      (
        await t.http
          .post(api(`/drafts/${room.draft.id}/versions`))
          .set(room.chair.auth)
          .send({})
      ).status,
    ).toBe(409);

    expect((await breakIt(room.observer, { paragraphNumbers: [2], reason: 'r' })).status).toBe(403);
    expect((await breakIt(room.chair, { paragraphNumbers: [2], reason: 'r' })).status).toBe(403);
    const bad = await breakIt(room.delegates[1], { paragraphNumbers: [2, 9], reason: 'Too weak' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual([
      'paragraphNumbers.1 (9) is not a paragraph number of the draft',
    ]);
    expect((await breakIt(room.delegates[1], { paragraphNumbers: [2] })).body.message[0]).toMatch(
      /^reason/,
    );
    const broken = await breakIt(room.delegates[1], {
      paragraphNumbers: [2, 3],
      reason: 'Health care must cover undocumented migrants',
    });
    expectStatus(broken, 200);
    expect(broken.body).toMatchObject({
      status: 'drafting',
      silence: {
        status: 'broken',
        brokenBy: { id: room.delegates[1].id },
        brokenByOrganisation: 'Test organisation',
        paragraphNumbers: [2, 3],
        reason: 'Health care must cover undocumented migrants',
      },
    });
    expect(
      (await breakIt(room.delegates[1], { paragraphNumbers: [2], reason: 'again' })).status,
    ).toBe(409);
    // Drafting again: the text can change.
    expectStatus(
      await t.http
        .patch(api(`/paragraphs/${ids[2]}`))
        .set(room.chair.auth)
        .send({ version: 1, text: 'Cities will share open data.' }),
      200,
    );
  });

  it('adopts at the deadline without a break, freezing the "Adopted" version exactly once', async () => {
    expectStatus(await silence(room.chair, inMs(1500)), 200);
    const adopted = await eventually(
      () => getDraft(t.http, room.observer, room.draft.id),
      (d: DraftView) => d.status === 'adopted',
    );
    expect(adopted.silence).toMatchObject({ status: 'adopted', brokenBy: null });
    // More sweeps (any instance, any time) change nothing.
    expect(await t.app.get(SilenceService).adoptDue(new Date(Date.now() + 3600_000))).toEqual([]);
    const versions = await t.http
      .get(api(`/drafts/${room.draft.id}/versions`))
      .set(room.observer.auth);
    expect(versions.body.filter((v: { label: string }) => v.label === 'Adopted')).toHaveLength(1);
    expect(adopted.version).toBe(versions.body[versions.body.length - 1].version);
    expect(
      (await breakIt(room.delegates[0], { paragraphNumbers: [1], reason: 'late' })).status,
    ).toBe(409);
    expect((await silence()).status).toBe(409);
    expect(
      (
        await t.http
          .patch(api(`/paragraphs/${ids[2]}`))
          .set(room.chair.auth)
          .send({ version: 2, text: 'x' })
      ).status,
    ).toBe(409);
    const audit = await t.http
      .get(api(`/audit?conferenceId=${room.conferenceId}&limit=200`))
      .set(room.admin.auth);
    expect(
      audit.body.items.filter((e: { action: string }) => e.action === 'draft.adopt'),
    ).toHaveLength(1);
    const md = await t.http
      .get(api(`/drafts/${room.draft.id}/versions/${adopted.version}/download?format=md`))
      .set(room.observer.auth);
    expect(md.status).toBe(200);
    expect(md.text).toContain('Cities will share open data.');
  });
});

describe('drafting room: a silence whose deadline passes while no instance runs', () => {
  it('is adopted by the next start-up’s sweep', async () => {
    const db = await temporaryDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      JWT_SECRET: TEST_JWT_SECRET,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      DEMO: '0',
      LOG_LEVEL: 'silent',
    });
    let app: NestExpressApplication | null = await createApp(config);
    try {
      await app.init();
      let http = request(app.getHttpServer());
      const room = await draftRoom(http);
      await addParagraphs(http, room.chair, room.draft.id, [
        { kind: 'operative', text: 'Cities welcome newcomers.' },
      ]);
      expectStatus(
        await http
          .post(api(`/drafts/${room.draft.id}/silence`))
          .set(room.chair.auth)
          .send({ until: inMs(3600_000) }),
        200,
      );
      await app.close();
      app = null;

      // The deadline passes while nothing runs: it is data, so move it into the past.
      const ds = await createDataSource(config.database).initialize();
      await ds
        .getRepository(DraftSilence)
        .update({ draftId: room.draft.id }, { until: new Date(Date.now() - 1000) });
      await ds.destroy();

      app = await createApp(config);
      await app.init();
      http = request(app.getHttpServer());
      const admin = await signIn(http, ADMIN.email, ADMIN.password);
      const adopted = await eventually(
        async () =>
          (await http.get(api(`/drafts/${room.draft.id}`)).set(admin.auth)).body as DraftView,
        (d) => d.status === 'adopted',
      );
      expect(adopted.silence?.status).toBe('adopted');
      const rows = await app
        .get(DataSource)
        .getRepository(DraftVersion)
        .findBy({ draftId: room.draft.id, label: 'Adopted' });
      expect(rows).toHaveLength(1);
    } finally {
      await app?.close();
      await db.remove();
    }
  });
});
