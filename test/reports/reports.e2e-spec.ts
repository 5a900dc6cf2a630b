import type { OutcomeDocument } from '../../src/reports/outcome-document';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  closedSessionWithOutcomes,
  csvRecords,
  docxParagraphs,
  download,
  FORMATS,
  html,
  pdfText,
  type Outcomes,
} from './support';

describe('outcome document: compile and export', () => {
  let t: TestApp;
  let o: Outcomes;
  let report: { id: string; sha256: string; contentSha256: string; version: number };
  let doc: OutcomeDocument;

  beforeAll(async () => {
    t = await startTestApp();
    o = await closedSessionWithOutcomes(t.http);
    const res = await t.http
      .post(`/api/v1/conferences/${o.conferenceId}/reports`)
      .set(o.admin.auth)
      .send({});
    expect(res.status).toBe(201);
    report = res.body;
    doc = (await t.http.get(`/api/v1/reports/${report.id}`).set(o.admin.auth)).body;
  }, 120_000);
  afterAll(() => t.close());

  const compile = (body: object = {}) =>
    t.http.post(`/api/v1/conferences/${o.conferenceId}/reports`).set(o.admin.auth).send(body);

  it('answers 201 with the new draft version', () => {
    expect(report).toEqual({
      id: expect.any(String),
      conferenceId: o.conferenceId,
      version: 1,
      status: 'draft',
      language: 'en',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      languageVersions: [],
      sessionIds: [o.sessionId],
      createdAt: expect.any(String),
      finalizedAt: null,
    });
    expect(doc.meta).toMatchObject({
      version: 1,
      status: 'draft',
      sha256: report.sha256,
      contentSha256: report.contentSha256,
    });
    expect(doc.meta.languageVersions).toBeUndefined();
  });

  it('prints adopted recommendations under their first theme and cross-references them from the others', () => {
    expect(doc.chapters.map((c) => c.theme.code)).toEqual(['GCM-15', 'GCM-16', 'GCM-23']);
    const [services, inclusion, cooperation] = doc.chapters;
    expect(services.recommendations.map((r) => [r.number, r.id])).toEqual([[1, o.ids.adopted]]);
    expect(inclusion.recommendations).toEqual([]);
    expect(inclusion.crossReferences).toEqual([{ number: 1, title: o.titles.adopted }]);
    // Not adopted by the rule (2 for, 6 against), adopted by the moderator's override.
    expect(cooperation.recommendations.map((r) => [r.number, r.id, r.disposition])).toEqual([
      [2, o.ids.overridden, 'adopted'],
    ]);
  });

  it('records the moderator’s override: the rule’s proposal, who decided and the note', async () => {
    const [, , cooperation] = doc.chapters;
    expect(cooperation.recommendations[0].decision).toEqual({
      proposed: 'not_adopted',
      by: 'moderator',
      name: 'Moderator',
      note: 'Adopted by acclamation in the room',
    });
    expect(doc.chapters[0].recommendations[0].decision).toMatchObject({
      proposed: 'adopted',
      by: 'rule',
    });
    const text = await pdfText((await download(t.http, o.admin, report.id, 'pdf')).body);
    expect(text).toContain('Decision against the vote');
    expect(text).toContain(
      `Adopted by decision of the session’s moderator (Moderator), against the adoption rule’s proposal: not adopted`,
    );
    expect(text).toContain('Adopted by acclamation in the room');
  });

  it('puts noted recommendations in annex A, numbered after the chapters, and leaves out the rest', () => {
    expect(doc.annexA.map((r) => [r.number, r.id, r.disposition])).toEqual([
      [3, o.ids.noted, 'noted'],
    ]);
    const text = JSON.stringify(doc);
    for (const absent of [o.titles.notAdopted, o.titles.hidden, o.titles.withdrawn])
      expect(text).not.toContain(absent);
    expect(text).not.toContain('@agora.test');
    expect(text).not.toContain('abusive');
  });

  it('gives the tallies, sponsors and marks the live API shows', async () => {
    const entry = doc.chapters[0].recommendations[0];
    const live = (await t.http.get(`/api/v1/recommendations/${o.ids.adopted}`).set(o.admin.auth))
      .body;
    expect(entry.tally).toEqual(live.tally);
    expect(entry.tally).toEqual({ support: 18, oppose: 3, abstain: 3 });
    expect(entry.bridging).toBeCloseTo(live.bridging, 4);
    expect(entry.consensus).toBe(live.consensus);
    expect(entry.sponsors).toEqual(['Test organisation', 'Org 1']);
    expect(entry.session).toEqual({
      id: o.sessionId,
      title: 'Led discussion: key elements for the Global Compact',
    });
    const byConstituency = Object.fromEntries(
      entry.constituencySupport.map((c) => [c.constituency, c]),
    );
    // 24 voters over 8 constituencies: the first 18 (support) reach every constituency.
    expect(entry.constituencySupport).toHaveLength(8);
    expect(byConstituency.local_government).toMatchObject({ votes: 3, support: 3 });
    expect(doc.sessionSummaries).toEqual([
      expect.objectContaining({ sessionId: o.sessionId, kind: 'led_discussion' }),
    ]);
    expect(doc.annexC.total).toBe(27);
    expect(doc.annexC.byCountry).toEqual([{ country: 'BE', name: 'Belgium', count: 27 }]);
    expect(doc.meta.countryName).toBe('Belgium');
    expect(doc.annexD.contestedRule).toEqual({
      minVotes: 5,
      low: 0.35,
      high: 0.65,
      supportive: 0.6,
      opposed: 0.4,
    });
  });

  it('downloads every format with its content type and an attachment name', async () => {
    const types: Record<string, RegExp> = {
      docx: /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document/,
      pdf: /^application\/pdf/,
      html: /^text\/html; charset=utf-8/,
      md: /^text\/markdown; charset=utf-8/,
      json: /^application\/json; charset=utf-8/,
      csv: /^text\/csv; charset=utf-8/,
    };
    for (const format of FORMATS) {
      const file = await download(t.http, o.admin, report.id, format);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toMatch(types[format]);
      expect(file.headers['content-disposition']).toBe(
        `attachment; filename="global-conference-on-cities-and-migration-v1-draft.${format}"`,
      );
      expect(file.body.length).toBeGreaterThan(200);
    }
  });

  it('places the recommendations the same way in DOCX, PDF, HTML, Markdown, JSON and CSV', async () => {
    const [first, second, third] = [o.titles.adopted, o.titles.overridden, o.titles.noted];
    const paragraphs = await docxParagraphs(
      (await download(t.http, o.admin, report.id, 'docx')).body,
    );
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'Chapter 1. Access to basic services',
        `Recommendation 1. ${first}`,
        // Only themes with their own recommendations are chapters (issue 17); Inclusion is a cross-reference.
        'Chapter 2. International cooperation',
        `Recommendation 2. ${second}`,
        'Annex A — Recommendations noted',
        `Recommendation 3. ${third}`,
      ]),
    );
    expect(paragraphs.join('\n')).toContain(`Recommendation 1, “${first}” (chapter 1)`);

    const pdf = await pdfText((await download(t.http, o.admin, report.id, 'pdf')).body);
    for (const text of [`Recommendation 1. ${first}`, `Recommendation 3. ${third}`, 'Annex A'])
      expect(pdf).toContain(text);
    expect(pdf).not.toContain(o.titles.notAdopted);

    const root = html((await download(t.http, o.admin, report.id, 'html')).body);
    const headings = root.querySelectorAll('h2, h3').map((h) => h.text.replace(/\s+/g, ' ').trim());
    expect(headings).toEqual(
      expect.arrayContaining([`Recommendation 1. ${first}`, `Recommendation 2. ${second}`]),
    );
    expect(root.querySelectorAll('script')).toHaveLength(0);

    const md = (await download(t.http, o.admin, report.id, 'md')).body.toString('utf8');
    expect(md.indexOf(first)).toBeLessThan(md.indexOf(second));
    expect(md.indexOf(second)).toBeLessThan(md.indexOf(third));

    const json = JSON.parse((await download(t.http, o.admin, report.id, 'json')).body.toString());
    expect(json).toEqual(doc);

    const rows = csvRecords((await download(t.http, o.admin, report.id, 'csv')).body);
    expect(rows.map((r) => [r.number, r.title, r.disposition])).toEqual([
      ['1', first, 'adopted'],
      ['2', second, 'adopted'],
      ['3', third, 'noted'],
    ]);
    expect(rows[0]).toMatchObject({ support: '18', oppose: '3', abstain: '3' });
  });

  it('gives the same hash when the same closed sessions are compiled again', async () => {
    const again = await compile({ sessionIds: [o.sessionId] });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ version: 2, sha256: report.sha256 });
  });

  it('prints headings and fixed text in French and Spanish', async () => {
    const fr = await compile({ language: 'fr' });
    expect(fr.status).toBe(201);
    expect(fr.body.language).toBe('fr');
    expect(fr.body.sha256).not.toBe(report.sha256);
    const frDoc: OutcomeDocument = (
      await t.http.get(`/api/v1/reports/${fr.body.id}`).set(o.admin.auth)
    ).body;
    expect(frDoc.chapters[0].theme).toMatchObject({
      shortTitle: 'Accès aux services de base',
      title: 'Assurer l’accès des migrants aux services de base',
    });
    expect(frDoc.meta.countryName).toBe('Belgique');
    const frMd = (await download(t.http, o.admin, fr.body.id, 'md')).body.toString('utf8');
    expect(frMd).toContain('Chapitre 1. Accès aux services de base');
    expect(frMd).toContain('Annexe A — Recommandations dont il a été pris note');

    const es = await compile({ language: 'es' });
    const esParagraphs = await docxParagraphs(
      (await download(t.http, o.admin, es.body.id, 'docx')).body,
    );
    expect(esParagraphs).toEqual(
      expect.arrayContaining([
        'Capítulo 1. Acceso a los servicios básicos',
        'Anexo A — Recomendaciones de las que se tomó nota',
        `Recomendación 1. ${o.titles.adopted}`,
      ]),
    );
    const esPdf = await pdfText((await download(t.http, o.admin, es.body.id, 'pdf')).body);
    expect(esPdf).toContain('Anexo D — Metodología');
  });

  it('lists the versions newest first, without their documents', async () => {
    const res = await t.http.get(`/api/v1/conferences/${o.conferenceId}/reports`).set(o.admin.auth);
    expect(res.status).toBe(200);
    expect(res.body.map((v: { version: number }) => v.version)).toEqual([4, 3, 2, 1]);
    expect(res.body[0]).not.toHaveProperty('document');
  });

  it('records compiles in the audit log', async () => {
    const res = await t.http
      .get(`/api/v1/audit?conferenceId=${o.conferenceId}&limit=200`)
      .set(o.admin.auth);
    const compiles = res.body.items.filter(
      (e: { action: string }) => e.action === 'report.compile',
    );
    expect(compiles).toHaveLength(4);
    expect(compiles[compiles.length - 1]).toMatchObject({
      targetId: report.id,
      details: expect.objectContaining({ version: 1, sha256: report.sha256 }),
    });
  });
});
