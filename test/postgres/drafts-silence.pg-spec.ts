import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { DraftView } from '#contract';
import { createDataSource } from '../../src/database/data-source';
import { addParagraphs, api, draftRoom, eventually, expectStatus } from '../drafts/support';
import { startAppProcess, type AppProcess } from '../support/app-process';
import { ADMIN } from '../support/test-app';
import { temporaryDatabase, type TemporaryDatabase } from '../support/temp-database';

/**
 * Two instances sweep the same silence deadlines: each adopts what is due every second, and the
 * conditional UPDATE on the silence lets exactly one of them adopt each draft and freeze its
 * "Adopted" version.
 */
describe('two instances adopting drafts under silence', () => {
  let db: TemporaryDatabase;
  let a: AppProcess;
  let b: AppProcess;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await temporaryDatabase();
    if (db.config.type !== 'postgres')
      throw new Error('run with npm run test:postgres (TEST_POSTGRES_URL)');
    const env = {
      DATABASE_URL: db.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    };
    a = await startAppProcess(env);
    b = await startAppProcess(env);
    dataSource = await createDataSource(db.config).initialize();
  }, 120_000);

  afterAll(async () => {
    for (const app of [a, b]) {
      if (app && app.child.exitCode === null && app.child.signalCode === null) {
        app.child.kill('SIGTERM');
        await app.exited;
      }
    }
    await dataSource?.destroy();
    await db.remove();
  });

  it('adopts each of several drafts exactly once', async () => {
    const http = request(a.url);
    const room = await draftRoom(http);
    const drafts = [room.draft.id];
    for (let i = 0; i < 3; i++) {
      const res = await http
        .post(api(`/conferences/${room.conferenceId}/drafts`))
        .set(room.admin.auth)
        .send({ title: `Declaration ${i}`, language: 'en', chairIds: [room.chair.id] });
      expectStatus(res, 201);
      drafts.push(res.body.id);
    }
    for (const id of drafts)
      await addParagraphs(http, room.chair, id, [
        { kind: 'operative', text: 'Cities welcome newcomers.' },
      ]);
    // One deadline for all, a few seconds ahead (calling silence on a loaded machine takes a while).
    const until = new Date(Date.now() + 8000).toISOString();
    for (const id of drafts)
      expectStatus(
        await http
          .post(api(`/drafts/${id}/silence`))
          .set(room.chair.auth)
          .send({ until }),
        200,
      );
    const onB = request(b.url);
    for (const id of drafts)
      await eventually(
        async () => (await onB.get(api(`/drafts/${id}`)).set(room.admin.auth)).body as DraftView,
        (d) => d.status === 'adopted',
        60_000,
      );
    const versions = await dataSource.query(
      `SELECT "draftId", COUNT(*) AS n FROM draft_versions WHERE label = 'Adopted' GROUP BY "draftId"`,
    );
    expect(versions).toHaveLength(drafts.length);
    expect(versions.every((v: { n: string }) => Number(v.n) === 1)).toBe(true);
    const audits = await dataSource.query(
      `SELECT COUNT(*) AS n FROM audit_entries WHERE action = 'draft.adopt'`,
    );
    expect(Number(audits[0].n)).toBe(drafts.length);
  }, 180_000);
});
