import { createHash } from 'node:crypto';
import { signInAdmin, type SignedIn } from '../support/actors';
import { startTestApp, type TestApp } from '../support/test-app';
import { conferenceWithActivity, type Activity } from './activity';
import { draftingOn, type Drafting } from './drafting';

type Json = Record<string, unknown>;
type Amendment = Json & { id: string; status: string; votes: Json[]; sponsors: Json[] };
type DraftDoc = Json & {
  id: string;
  chairIds: string[];
  paragraphs: Array<Json & { id: string; deletedAt: string | null; translations: Json[] }>;
  amendments: Amendment[];
  versions: Array<Json & { content: string; sha256: string }>;
  silences: Json[];
  speakers: (Json & { requests: Json[] }) | null;
};
type Doc = Json & {
  formatVersion: number;
  exportedAt: string;
  auditEntries: Array<{ action: string }>;
  drafts: DraftDoc[];
};

/**
 * The drafting room in the conference document (format version 2): a conference with a draft
 * that used every kind of drafting record is exported, imported into a fresh database and
 * exported again — the same document, save the time of export and the import's audit entry.
 * A version 1 document (before drafts) still imports; broken drafts are refused naming the field.
 */
describe('conference export and import: the drafting room', () => {
  let source: TestApp;
  let target: TestApp;
  let a: Activity;
  let d: Drafting;
  let first: Doc;
  let targetAdmin: SignedIn;

  const exportOf = async (app: TestApp, who: SignedIn, id: string): Promise<Doc> => {
    const res = await app.http.get(`/api/v1/conferences/${id}/export`).set(who.auth);
    expect(res.status).toBe(200);
    return res.body as Doc;
  };
  const importInto = (app: TestApp, who: SignedIn, body: unknown) =>
    app.http
      .post('/api/v1/conferences/import')
      .set(who.auth)
      .send(body as object);
  const inFreshApp = async (test: (app: TestApp, admin: SignedIn) => Promise<void>) => {
    const fresh = await startTestApp();
    try {
      await test(fresh, await signInAdmin(fresh.http));
    } finally {
      await fresh.close();
    }
  };

  beforeAll(async () => {
    source = await startTestApp();
    target = await startTestApp();
    a = await conferenceWithActivity(source.http);
    d = await draftingOn(source.http, a);
    targetAdmin = await signInAdmin(target.http);
    first = await exportOf(source, a.admin, a.conferenceId);
  }, 120_000);
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it('exports the draft with its paragraphs, amendments, versions, silence and speakers', () => {
    expect(first.formatVersion).toBe(2);
    expect(first.drafts).toHaveLength(1);
    const [draft] = first.drafts;
    expect(draft).toMatchObject({
      id: d.draftId,
      fromReportId: d.reportId,
      chairIds: [a.moderator.id],
      status: 'drafting',
    });
    expect(draft.paragraphs.filter((p) => p.deletedAt !== null)).toHaveLength(1);
    expect(draft.paragraphs.flatMap((p) => p.translations)).toEqual([
      expect.objectContaining({ language: 'fr', paragraphVersion: 1 }),
    ]);
    const byId = new Map(draft.amendments.map((x) => [x.id, x]));
    expect(byId.get(d.amendments.voted)).toMatchObject({
      // Four votes, under the conference's five needed: voted on, not adopted.
      status: 'not_adopted',
      supportCount: 3,
      opposeCount: 1,
      abstainCount: 0,
    });
    expect(byId.get(d.amendments.voted)!.votes).toHaveLength(4);
    expect(byId.get(d.amendments.voted)!.sponsors.map((s) => s.participantId)).toEqual([
      a.delegates[0].id,
      a.delegates[1].id,
    ]);
    expect(byId.get(d.amendments.rejected)!.status).toBe('rejected');
    expect(byId.get(d.amendments.inserted)).toMatchObject({
      status: 'accepted_modified',
      createdParagraphId: expect.any(String),
    });
    expect(byId.get(d.amendments.pending)!.status).toBe('withdrawn');
    expect(draft.versions).toHaveLength(1);
    const content = JSON.parse(draft.versions[0].content) as { draftId: string };
    expect(content.draftId).toBe(d.draftId);
    expect(draft.silences).toEqual([
      expect.objectContaining({ status: 'broken', brokenById: a.delegates[2].id }),
    ]);
    expect(draft.speakers).toMatchObject({ mode: 'balanced', turnSeconds: 90 });
    expect(draft.speakers!.requests.map((r) => r.status).sort()).toEqual([
      'speaking',
      'spoken',
      'waiting',
    ]);
  });

  it('imports into a fresh database and exports the same drafts again', async () => {
    const res = await importInto(target, targetAdmin, first);
    expect(res.status).toBe(201);
    expect(res.body.counts).toMatchObject({ drafts: 1, amendments: 4 });
    const second = await exportOf(target, targetAdmin, a.conferenceId);
    const strip = ({ exportedAt: _at, auditEntries, ...rest }: Doc) => ({
      ...rest,
      auditEntries: auditEntries.filter((e) => e.action !== 'conference.import'),
    });
    expect(strip(second)).toEqual(strip(first));

    // The imported draft reads over REST as the original does, and its version's file is the same.
    const view = async (app: TestApp, who: SignedIn, path: string) => {
      const got = await app.http.get(`/api/v1${path}`).set(who.auth);
      expect(got.status).toBe(200);
      return got.body as Json;
    };
    for (const path of [
      `/drafts/${d.draftId}`,
      `/drafts/${d.draftId}/amendments`,
      `/drafts/${d.draftId}/versions`,
      `/drafts/${d.draftId}/speakers`,
    ])
      expect(await view(target, targetAdmin, path)).toEqual(await view(source, a.admin, path));
    const file = async (app: TestApp, who: SignedIn) => {
      const got = await app.http
        .get(`/api/v1/drafts/${d.draftId}/versions/0/download?format=json`)
        .set(who.auth)
        .buffer(true)
        .parse((response, callback) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => callback(null, Buffer.concat(chunks)));
        });
      expect(got.status).toBe(200);
      return createHash('sha256')
        .update(got.body as Buffer)
        .digest('hex');
    };
    expect(await file(target, targetAdmin)).toBe(await file(source, a.admin));
  });

  it('still imports a format version 1 document, as a conference without drafts', async () => {
    await inFreshApp(async (app, admin) => {
      const { drafts: _d, ...v1 } = { ...structuredClone(first), formatVersion: 1 };
      const withDrafts = await importInto(app, admin, { ...v1, drafts: first.drafts });
      expect(withDrafts.status).toBe(400);
      expect(withDrafts.body.message).toEqual([
        'drafts: a format version 1 document has no drafts',
      ]);
      const res = await importInto(app, admin, v1);
      expect(res.status).toBe(201);
      expect(res.body.counts).toMatchObject({ drafts: 0, amendments: 0 });
      const again = await exportOf(app, admin, a.conferenceId);
      expect(again.formatVersion).toBe(2);
      expect(again.drafts).toEqual([]);
      const missing = await importInto(app, admin, { ...first, drafts: undefined });
      expect(missing.status).toBe(400);
      expect(missing.body.message).toEqual(['drafts must be an array (format version 2)']);
    });
  });

  it('refuses drafts that do not hold together, naming the field, and stores nothing', async () => {
    await inFreshApp(async (app, admin) => {
      const broken = structuredClone(first);
      const [draft] = broken.drafts;
      const voted = draft.amendments.findIndex((x) => x.id === d.amendments.voted);
      draft.amendments[voted].votes[0].participantId = '00000000-0000-4000-8000-000000000000';
      draft.amendments[voted].supportCount = 4;
      draft.amendments[0].paragraphId = '00000000-0000-4000-8000-000000000001';
      draft.versions[0].content = draft.versions[0].content.replace('Recognising', 'Denying');
      draft.language = 'ar';
      let res = await importInto(app, admin, broken);
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(
        expect.arrayContaining([
          `drafts.0.amendments.${voted}.votes.0.participantId 00000000-0000-4000-8000-000000000000 is not a participant of the document`,
          `drafts.0.amendments.${voted} counts 4/1/0 but its votes are 3/1/0`,
          'drafts.0.amendments.0.paragraphId is not a paragraph of the draft',
          'drafts.0.versions.0.sha256 is not the SHA-256 of its content',
          'drafts.0.language "ar" is not a language of the conference',
        ]),
      );
      const shape = structuredClone(first);
      (shape.drafts[0].paragraphs[0] as Json).kind = 'footnote';
      shape.drafts[0].chairIds.push(shape.drafts[0].chairIds[0]);
      res = await importInto(app, admin, shape);
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([
        expect.stringMatching(/^drafts\.0\.chairIds.* must be unique/),
        expect.stringMatching(/^drafts\.0\.paragraphs\.0\.kind must be one of/),
      ]);
      expect((await app.http.get('/api/v1/conferences').set(admin.auth)).body).toEqual([]);
    });
  });

  it('refuses a draft whose ids are already here with 409', async () => {
    const copy = structuredClone(first);
    copy.conference = {
      ...(copy.conference as Json),
      id: '00000000-0000-4000-8000-0000000000aa',
      slug: 'copy',
    };
    const res = await importInto(target, targetAdmin, {
      ...copy,
      participants: [],
      sessions: [],
      recommendations: [],
      comments: [],
      votes: [],
      reports: [],
      auditEntries: [],
      drafts: copy.drafts.map((x) => ({
        ...x,
        fromReportId: null,
        chairIds: [],
        paragraphs: x.paragraphs.map((p) => ({ ...p, sources: [] })),
        amendments: [],
        speakers: null,
      })),
    });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/^drafts: 1 ids already exist here/);
  });
});
