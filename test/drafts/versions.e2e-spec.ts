import { marks } from '../fixtures/drafts/word';
import { flat, pandocText, pdfText, unzipDocx } from '../fixtures/drafts/tools';
import { createAndSignIn, createConference } from '../support/actors';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  addParagraphs,
  api,
  downloadFile,
  draftRoom,
  expectStatus,
  type DraftRoom,
} from './support';

// Slow on a loaded machine (PostgreSQL start-up and migrations run in beforeAll).
jest.setTimeout(120_000);

describe('drafting room: frozen versions, downloads and comparisons', () => {
  let t: TestApp;
  let room: DraftRoom;
  let ids: string[];

  beforeAll(async () => {
    t = await startTestApp();
    room = await draftRoom(t.http);
    ids = await addParagraphs(t.http, room.chair, room.draft.id, [
      { kind: 'preambular', text: 'Recognising that migration is a local reality,' },
      { kind: 'heading', text: 'Access to services' },
      {
        kind: 'operative',
        text: 'Cities commit to ensure access to health care for all migrants.',
      },
      { kind: 'operative', text: 'Service providers shall not be required to report status.' },
    ]);
  });
  afterAll(() => t.close());

  const freeze = (who = room.chair, body: Record<string, unknown> = {}) =>
    t.http
      .post(api(`/drafts/${room.draft.id}/versions`))
      .set(who.auth)
      .send(body);

  it('freezes the zero draft, then Rev.1, each with the SHA-256 of its content', async () => {
    for (const who of [room.delegates[0], room.observer, room.moderator])
      expect((await freeze(who)).status).toBe(403);
    const zero = await freeze();
    expectStatus(zero, 201);
    expect(zero.body).toMatchObject({ version: 0, label: 'Zero draft' });
    expect(zero.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Unchanged text: the same hash under the next number.
    const same = await freeze(room.admin, { label: 'Informal' });
    expect(same.body).toMatchObject({ version: 1, label: 'Informal', sha256: zero.body.sha256 });
    const edit = await t.http
      .patch(api(`/paragraphs/${ids[2]}`))
      .set(room.chair.auth)
      .send({
        version: 1,
        text: 'Cities commit to guarantee access to health care for all residents.',
      });
    expectStatus(edit, 200);
    const rev = await freeze();
    expect(rev.body).toMatchObject({ version: 2, label: 'Rev.2' });
    expect(rev.body.sha256).not.toBe(zero.body.sha256);
    expect((await freeze(room.chair, { label: 'Adopted' })).status).toBe(400);
    const list = await t.http.get(api(`/drafts/${room.draft.id}/versions`)).set(room.observer.auth);
    expect(list.body.map((v: { label: string }) => v.label)).toEqual([
      'Zero draft',
      'Informal',
      'Rev.2',
    ]);
    const draft = await t.http.get(api(`/drafts/${room.draft.id}`)).set(room.observer.auth);
    expect(draft.body.version).toBe(2);
  });

  it('downloads a version clean in every format, the same bytes each time', async () => {
    for (const format of ['docx', 'pdf', 'html', 'md', 'json']) {
      const a = await downloadFile(
        t.http,
        room.delegates[0],
        `/drafts/${room.draft.id}/versions/0/download?format=${format}`,
      );
      if (a.status !== 200) throw new Error(JSON.stringify(a.message));
      expect(a.headers['content-disposition']).toMatch(
        /^attachment; filename="mechelen-declaration-zero-draft-en\./,
      );
      const b = await downloadFile(
        t.http,
        room.observer,
        `/drafts/${room.draft.id}/versions/0/download?format=${format}`,
      );
      expect(b.body.equals(a.body)).toBe(true);
    }
    const json = await downloadFile(
      t.http,
      room.observer,
      `/drafts/${room.draft.id}/versions/2/download?format=json`,
    );
    const parsed = JSON.parse(json.body.toString('utf8'));
    expect(JSON.stringify(parsed)).toContain('guarantee access to health care for all residents');
    const pdf = await downloadFile(
      t.http,
      room.observer,
      `/drafts/${room.draft.id}/versions/2/download?format=pdf`,
    );
    const text = flat(await pdfText(pdf.body));
    expect(text).toContain('Cities commit to guarantee access to health care for all residents.');
    expect(text).not.toContain('ensure access');
  });

  it('numbers lines on request (Word’s own numbering in DOCX)', async () => {
    const plain = await downloadFile(
      t.http,
      room.observer,
      `/drafts/${room.draft.id}/versions/2/download?format=docx`,
    );
    const numbered = await downloadFile(
      t.http,
      room.observer,
      `/drafts/${room.draft.id}/versions/2/download?format=docx&lineNumbers=true`,
    );
    expect((await unzipDocx(plain.body)).document).not.toContain('w:lnNumType');
    expect((await unzipDocx(numbered.body)).document).toContain('w:lnNumType');
  });

  it('compares two versions: DOCX with w:ins/w:del for exactly the changed words, read by pandoc', async () => {
    const res = await downloadFile(
      t.http,
      room.observer,
      `/drafts/${room.draft.id}/compare?from=0&to=2&format=docx`,
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('zero-draft-to-rev-2-compare-en.docx');
    const { document } = await unzipDocx(res.body);
    const found = marks(document, ['ins', 'del']).filter((m) => m.text !== '');
    expect(found.map((m) => [m.kind, m.text.trim()])).toEqual([
      ['del', 'ensure'],
      ['ins', 'guarantee'],
      ['del', 'migrants'],
      ['ins', 'residents'],
    ]);
    expect(
      found.every((m) => m.attributes['w:author'] === 'Agora' && !!m.attributes['w:date']),
    ).toBe(true);
    expect(flat(await pandocText(res.body, 'accept'))).toContain(
      'guarantee access to health care for all residents',
    );
    expect(flat(await pandocText(res.body, 'reject'))).toContain(
      'ensure access to health care for all migrants',
    );
    const html = await downloadFile(
      t.http,
      room.observer,
      `/drafts/${room.draft.id}/compare?from=0&to=2&format=html`,
    );
    expect(html.body.toString('utf8')).toMatch(/<ins[^>]*>guarantee<\/ins>/);
    expect(html.body.toString('utf8')).toMatch(/<del[^>]*>ensure<\/del>/);
  });

  it('answers bad downloads with 400 naming the field, unknown versions with 404, strangers with 404', async () => {
    const base = `/drafts/${room.draft.id}`;
    const bad: Array<[string, RegExp]> = [
      [`${base}/versions/0/download?format=odt`, /^format/],
      [`${base}/versions/0/download`, /^format/],
      [`${base}/versions/x/download?format=pdf`, /^n must be/],
      [`${base}/versions/0/download?format=pdf&language=de`, /^language/],
      [`${base}/compare?from=0&format=pdf`, /^to/],
      [`${base}/compare?from=a&to=1&format=pdf`, /^from/],
    ];
    for (const [path, message] of bad) {
      const res = await downloadFile(t.http, room.observer, path);
      expect(res.status).toBe(400);
      expect((res.message as string[]).some((m) => message.test(m))).toBe(true);
    }
    expect(
      (await downloadFile(t.http, room.observer, `${base}/versions/9/download?format=pdf`)).status,
    ).toBe(404);
    expect(
      (await downloadFile(t.http, room.observer, `${base}/compare?from=0&to=9&format=pdf`)).status,
    ).toBe(404);
    const other = await createConference(t.http, room.admin);
    const stranger = await createAndSignIn(t.http, room.admin, { conferenceId: other.id });
    for (const path of [
      `${base}/versions`,
      `${base}/versions/0/download?format=pdf`,
      `${base}/compare?from=0&to=2&format=html`,
    ])
      expect((await downloadFile(t.http, stranger, path)).status).toBe(404);
  });
});
