import type { ReportVersionView } from '#contract';
import type { OutcomeDocument } from '../../src/reports/outcome-document';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  closedSessionWithOutcomes,
  download,
  pdfText,
  transition,
  vote,
  type Outcomes,
} from './support';

/**
 * The same closed sessions compiled in English, French and Arabic: three versions with one
 * content fingerprint and three document fingerprints, each naming the others; a vote after a
 * reopen gives the next compile a fingerprint of its own.
 */
describe('outcome document: language versions of one outcome', () => {
  let t: TestApp;
  let o: Outcomes;
  const compiled: Record<'en' | 'fr' | 'ar', ReportVersionView> = {} as never;

  beforeAll(async () => {
    t = await startTestApp();
    o = await closedSessionWithOutcomes(t.http);
    const patch = await t.http
      .patch(`/api/v1/conferences/${o.conferenceId}`)
      .set(o.admin.auth)
      .send({
        languages: ['en', 'fr', 'es', 'ar', 'zh', 'ru'],
        translations: { city: { fr: 'Malines', ar: 'مشلن' } },
      });
    expect(patch.status).toBe(200);
    for (const language of ['en', 'fr', 'ar'] as const) {
      const res = await compile(language);
      expect(res.status).toBe(201);
      compiled[language] = res.body;
    }
  }, 120_000);
  afterAll(() => t.close());

  const compile = (language: string) =>
    t.http
      .post(`/api/v1/conferences/${o.conferenceId}/reports`)
      .set(o.admin.auth)
      .send({ language });
  const list = async (): Promise<ReportVersionView[]> =>
    (await t.http.get(`/api/v1/conferences/${o.conferenceId}/reports`).set(o.admin.auth)).body;
  const documentOf = async (id: string): Promise<OutcomeDocument> =>
    (await t.http.get(`/api/v1/reports/${id}`).set(o.admin.auth)).body;
  const ref = (v: ReportVersionView) => ({ id: v.id, version: v.version, language: v.language });

  it('gives the three one content fingerprint and each its own document fingerprint', () => {
    const { en, fr, ar } = compiled;
    expect(en.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect([fr.contentSha256, ar.contentSha256]).toEqual([en.contentSha256, en.contentSha256]);
    expect(new Set([en.sha256, fr.sha256, ar.sha256]).size).toBe(3);
    // At compile time a version names the ones already there.
    expect(en.languageVersions).toEqual([]);
    expect(fr.languageVersions).toEqual([ref(en)]);
    expect(ar.languageVersions).toEqual([ref(en), ref(fr)]);
  });

  it('lists every version with the others in other languages, oldest first', async () => {
    const { en, fr, ar } = compiled;
    const byId = new Map((await list()).map((v) => [v.id, v]));
    expect(byId.get(en.id)?.languageVersions).toEqual([ref(fr), ref(ar)]);
    expect(byId.get(fr.id)?.languageVersions).toEqual([ref(en), ref(ar)]);
    expect(byId.get(ar.id)?.languageVersions).toEqual([ref(en), ref(fr)]);
  });

  it('prints the content fingerprint and the earlier language versions in the documents', async () => {
    const { en, fr, ar } = compiled;
    const arDoc = await documentOf(ar.id);
    expect(arDoc.meta).toMatchObject({
      contentSha256: en.contentSha256,
      sha256: ar.sha256,
      languageVersions: [
        { version: en.version, language: 'en' },
        { version: fr.version, language: 'fr' },
      ],
    });
    const md = (await download(t.http, o.admin, ar.id, 'md')).body.toString('utf8');
    expect(md).toContain(`بصمة المحتوى، وهي نفسها في كل اللغات (SHA-256): \`${en.contentSha256}\``);
    expect(md).toContain(
      `الصيغ اللغوية لهذا النص: الإنكليزية، الصيغة ${en.version}؛ الفرنسية، الصيغة ${fr.version}`,
    );
    // pdfText folds white space, the no-break space before the French colon included.
    const pdf = await pdfText((await download(t.http, o.admin, fr.id, 'pdf')).body);
    expect(pdf).toContain(`Versions linguistiques de ce texte : anglais, version ${en.version}`);
    expect(pdf).toContain(en.contentSha256);
    // The first compiled names no other, but carries the fingerprint they share.
    const html = (await download(t.http, o.admin, en.id, 'html')).body.toString('utf8');
    expect(html).toContain(en.contentSha256);
    expect(html).not.toContain('Language versions of this text');
  });

  it('keeps the language versions when one is finalized', async () => {
    const { en, fr, ar } = compiled;
    const res = await t.http.post(`/api/v1/reports/${fr.id}/finalize`).set(o.admin.auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'final',
      contentSha256: en.contentSha256,
      languageVersions: [ref(en), ref(ar)],
    });
  });

  it('gives a compile after a vote a new content fingerprint, which names no earlier version', async () => {
    await transition(t.http, o.admin, o.sessionId, 'reopen');
    expect((await vote(t.http, o.voters[10], o.ids.noted, 'oppose')).status).toBe(200);
    await transition(t.http, o.moderator, o.sessionId, 'close');

    const again = await compile('ar');
    expect(again.status).toBe(201);
    expect(again.body.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(again.body.contentSha256).not.toBe(compiled.en.contentSha256);
    expect(again.body.languageVersions).toEqual([]);
    const byId = new Map((await list()).map((v) => [v.id, v]));
    expect(byId.get(compiled.en.id)?.languageVersions).toEqual([
      ref(compiled.fr),
      ref(compiled.ar),
    ]);

    const french = await compile('fr');
    expect(french.body.contentSha256).toBe(again.body.contentSha256);
    expect(french.body.languageVersions).toEqual([ref(again.body)]);
  });
});
