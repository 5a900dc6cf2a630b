import type { OutcomeDocument } from '../../src/reports/outcome-document';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  closedSessionWithOutcomes,
  download,
  FORMATS,
  transition,
  vote,
  type Outcomes,
} from './support';

describe('outcome document: versions, finalize, reproducibility', () => {
  let t: TestApp;
  let o: Outcomes;
  let v1: { id: string; sha256: string };
  const before = new Map<string, Buffer>();

  beforeAll(async () => {
    t = await startTestApp();
    o = await closedSessionWithOutcomes(t.http);
    v1 = (await compile()).body;
  }, 120_000);
  afterAll(() => t.close());

  const compile = (body: object = {}) =>
    t.http.post(`/api/v1/conferences/${o.conferenceId}/reports`).set(o.admin.auth).send(body);
  const documentOf = async (id: string): Promise<OutcomeDocument> =>
    (await t.http.get(`/api/v1/reports/${id}`).set(o.admin.auth)).body;

  it('names the themes of noted recommendations, which have no chapter', async () => {
    const doc = await documentOf(v1.id);
    expect(doc.themes?.map((theme) => theme.code)).toEqual(['GCM-1', 'GCM-15', 'GCM-16', 'GCM-23']);
    const md = (await download(t.http, o.admin, v1.id, 'md')).body.toString('utf8');
    expect(md).toContain('**Themes**: Objective 1: Data');
  });

  it('finalizes a draft: status final, same hash, audited', async () => {
    const res = await t.http.post(`/api/v1/reports/${v1.id}/finalize`).set(o.admin.auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: v1.id,
      version: 1,
      status: 'final',
      sha256: v1.sha256,
      finalizedAt: expect.any(String),
    });
    const doc = await documentOf(v1.id);
    expect(doc.meta).toMatchObject({ status: 'final', version: 1, sha256: v1.sha256 });
    const audit = await t.http
      .get(`/api/v1/audit?conferenceId=${o.conferenceId}&limit=50`)
      .set(o.admin.auth);
    expect(audit.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'report.finalize', targetId: v1.id }),
      ]),
    );
    for (const format of FORMATS) {
      const file = await download(t.http, o.admin, v1.id, format);
      expect(file.headers['content-disposition']).toContain(`-v1-final.${format}"`);
      before.set(format, file.body);
    }
  });

  it('refuses to finalize a final version again (409)', async () => {
    const res = await t.http.post(`/api/v1/reports/${v1.id}/finalize`).set(o.admin.auth);
    expect(res.status).toBe(409);
  });

  it('keeps a final version byte for byte after more activity, while a new compile changes', async () => {
    // Reopen, one more vote (the noted recommendation reaches five votes), close again.
    await transition(t.http, o.admin, o.sessionId, 'reopen');
    for (const voter of o.voters.slice(3, 6)) {
      expect((await vote(t.http, voter, o.ids.noted, 'support')).status).toBe(200);
    }
    await transition(t.http, o.moderator, o.sessionId, 'close');

    for (const format of FORMATS) {
      const file = await download(t.http, o.admin, v1.id, format);
      expect(file.status).toBe(200);
      expect(file.body.equals(before.get(format) as Buffer) ? format : `${format} changed`).toBe(
        format,
      );
    }

    const v2 = await compile();
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ version: 2, status: 'draft' });
    expect(v2.body.sha256).not.toBe(v1.sha256);
    const doc = await documentOf(v2.body.id);
    // Five votes in support now: the rule proposes adoption; reopening cleared the override.
    expect(doc.chapters.map((c) => c.theme.code)).toEqual(['GCM-1', 'GCM-15', 'GCM-16']);
    expect(doc.annexA).toEqual([]);
  });
});
