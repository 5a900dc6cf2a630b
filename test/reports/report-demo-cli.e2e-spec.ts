import type { ReportVersionView } from '#contract';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCESS_CODE, demoEmail } from '../../src/demo/demo-accounts';
import { runReportCommand } from '../../src/reports/cli/command';
import type { OutcomeDocument } from '../../src/reports/outcome-document';
import { createConference, signIn, signInAdmin, type SignedIn } from '../support/actors';
import { submit, transition, vote } from '../support/scenario';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';
import { docxParagraphs, download, pdfText } from './support';

const DELEGATES = [
  'lucas.peeters',
  'amina.diallo',
  'ahmed.benali',
  'sofia.martinez',
  'karin.johansson',
  'elodie.laurent',
  'jean-baptiste.mukendi',
  'ana.costa',
  'maria.santos',
  'yusuf.demir',
];

/** A stderr stand-in: what the command wrote, and whether it claims to be a terminal. */
function fakeStderr(isTTY: boolean) {
  const stream = { isTTY, text: '', write: (chunk: string) => (stream.text += chunk) };
  return stream;
}

describe('outcome document of the Mechelen 2017 demo, from the API and the command line', () => {
  let t: TestApp;
  let secretariat: SignedIn;
  let conferenceId: string;
  let sessionId: string;
  const folder = mkdtempSync(join(tmpdir(), 'agora-report-'));

  beforeAll(async () => {
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = () => true; // the demo prints its accounts
    try {
      t = await startTestApp({ env: { DEMO: '1' } });
    } finally {
      process.stdout.write = write;
    }
    secretariat = await signIn(t.http, demoEmail('secretariat'), DEMO_ACCESS_CODE);
    conferenceId = (await t.http.get('/api/v1/conferences').set(secretariat.auth)).body[0].id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const compile = (body: object = {}) =>
    t.http.post(`/api/v1/conferences/${conferenceId}/reports`).set(secretariat.auth).send(body);
  const cli = (args: string[], stderr = fakeStderr(false)) =>
    runReportCommand(
      args,
      {
        NODE_ENV: 'test',
        JWT_SECRET: TEST_JWT_SECRET,
        // The app's own database, SQLite or PostgreSQL (npm run test:postgres).
        DATABASE_URL:
          t.config.database.type === 'sqlite'
            ? `sqlite:${t.config.database.path}`
            : t.config.database.url,
      },
      stderr,
    ).then((code) => ({ code, stderr: stderr.text }));

  it("compiles the demo's closed session straight away, to the hash of the demo's own draft", async () => {
    const [draft] = (
      await t.http.get(`/api/v1/conferences/${conferenceId}/reports`).set(secretariat.auth)
    ).body as Array<{ version: number; sha256: string; language: string }>;
    expect(draft).toMatchObject({ version: 1, language: 'en' });
    const res = await compile({ language: 'en' });
    expect(res.status).toBe(201);
    // Nothing changed in the compiled session since the demo compiled it.
    expect(res.body).toMatchObject({ version: 2, sha256: draft.sha256 });
  });

  it('refuses to compile a session that has not closed yet', async () => {
    const moderator = await signIn(t.http, demoEmail('emilia.saiz'), DEMO_ACCESS_CODE);
    const sessions = (
      await t.http.get(`/api/v1/conferences/${conferenceId}/sessions`).set(secretariat.auth)
    ).body as Array<{ id: string; moderators: Array<{ id: string }> }>;
    // Friday's led discussion, still scheduled in the demo.
    sessionId = sessions.find((s) => s.moderators.some((m) => m.id === moderator.id))?.id ?? '';
    const res = await compile({ sessionIds: [sessionId] });
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(['sessionIds.0 is not a closed session (it is scheduled)']);
    const run = await cli([
      '--conference',
      'mechelen-2017',
      '--format',
      'pdf',
      '--out',
      join(folder, 'none.pdf'),
      '--sessions',
      sessionId,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('report: sessionIds.0 is not a closed session (it is scheduled)');
  });

  it('compiles the second led discussion once it has closed, in English, French and Spanish', async () => {
    const moderator = await signIn(t.http, demoEmail('emilia.saiz'), DEMO_ACCESS_CODE);
    const delegates = await Promise.all(
      DELEGATES.map((key) => signIn(t.http, demoEmail(key), DEMO_ACCESS_CODE)),
    );
    await transition(t.http, moderator, sessionId, 'open');
    const adopted = await submit(t.http, delegates[0], sessionId, {
      title: 'Give cities a voice in the Global Compact’s follow-up',
      body: 'Local and regional governments should take part in the review of the Global Compact.',
      themes: ['GCM-23', 'GCM-16'],
      governanceLevel: 'multi_level',
    });
    const noted = await submit(t.http, delegates[1], sessionId, {
      title: 'Étudier des bureaux de poste pour les envois de fonds',
      body: 'Les bureaux de poste pourraient offrir des transferts moins chers.',
      themes: ['GCM-20'],
    });
    for (const delegate of delegates)
      expect((await vote(t.http, delegate, adopted.id, 'support')).status).toBe(200);
    await vote(t.http, delegates[2], noted.id, 'support');
    await transition(t.http, moderator, sessionId, 'close');

    for (const language of ['en', 'fr', 'es']) {
      const res = await compile({ language, sessionIds: [sessionId] });
      expect(res.status).toBe(201);
    }
    const versions = (
      await t.http.get(`/api/v1/conferences/${conferenceId}/reports`).set(secretariat.auth)
    ).body as Array<{ id: string; language: string; sha256: string; version: number }>;
    // Newest first: the three just compiled.
    const byLanguage = Object.fromEntries(versions.slice(0, 3).map((v) => [v.language, v]));

    const fr: OutcomeDocument = (
      await t.http.get(`/api/v1/reports/${byLanguage.fr.id}`).set(secretariat.auth)
    ).body;
    expect(fr.meta.title).toBe('Conférence mondiale sur les villes et la migration');
    expect(fr.chapters.map((c) => c.theme.shortTitle)).toEqual([
      'Intégration et cohésion sociale',
      'Coopération internationale',
    ]);
    expect(fr.chapters[1].recommendations[0].session.title).toMatch(/^Discussion/);
    expect(fr.annexA[0].title).toBe('Étudier des bureaux de poste pour les envois de fonds');
    expect(fr.annexB).toHaveLength(5);

    const expected = {
      en: ['Chapter 1. International cooperation', 'Annex A — Recommendations noted'],
      fr: [
        'Chapitre 1. Coopération internationale',
        'Annexe A — Recommandations dont il a été pris note',
      ],
      es: [
        'Capítulo 1. Cooperación internacional',
        'Anexo A — Recomendaciones de las que se tomó nota',
      ],
    };
    for (const [language, headings] of Object.entries(expected)) {
      const id = byLanguage[language].id;
      const docx = await docxParagraphs((await download(t.http, secretariat, id, 'docx')).body);
      expect(docx).toEqual(expect.arrayContaining(headings));
      const pdf = await pdfText((await download(t.http, secretariat, id, 'pdf')).body);
      for (const heading of headings) expect(pdf).toContain(heading);
    }
  }, 120_000); // three compiles and six renders: well within a quiet machine's 30 s, not a loaded one's

  it('exports from the command line with a progress report, storing the same document as the API', async () => {
    // Into a folder that does not exist yet (exports/ on a fresh checkout).
    const out = join(folder, 'exports', 'mechelen.docx');
    const run = await cli([
      '--conference',
      'mechelen-2017',
      '--format',
      'docx',
      '--out',
      out,
      '--language',
      'fr',
      '--sessions',
      sessionId,
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('[1/9] programme');
    expect(run.stderr).toContain('[9/9] written');
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file('word/document.xml')?.async('string')).toContain('Chapitre 1.');

    const versions = (
      await t.http.get(`/api/v1/conferences/${conferenceId}/reports`).set(secretariat.auth)
    ).body as ReportVersionView[];
    const [latest, ...earlier] = versions;
    expect(latest).toMatchObject({ version: 6, language: 'fr' });
    expect(earlier.find((v) => v.language === 'fr')?.sha256).toBe(latest.sha256);
    expect(run.stderr).toContain(
      `SHA-256 ${latest.sha256}, content SHA-256 ${latest.contentSha256}`,
    );
    // The same closed sessions compiled in other languages: the command line's version names them.
    const others = earlier.filter(
      (v) => v.language !== 'fr' && v.contentSha256 === latest.contentSha256,
    );
    expect(others.length).toBeGreaterThan(0);
    expect(latest.languageVersions.map((v) => v.version)).toEqual(
      others.map((v) => v.version).sort((a, b) => a - b),
    );
  });

  it('redraws one line on a terminal', async () => {
    const stderr = fakeStderr(true);
    const run = await cli(
      [
        '--conference',
        conferenceId,
        '--format',
        'md',
        '--out',
        join(folder, 'm.md'),
        '--sessions',
        sessionId,
      ],
      stderr,
    );
    expect(run.code).toBe(0);
    expect(run.stderr.startsWith('\r[')).toBe(true);
    expect(run.stderr).toContain('% programme\x1b[K\r[');
    expect(run.stderr).toContain('\r[########################] 100% written\x1b[K\n');
    expect(readFileSync(join(folder, 'm.md'), 'utf8')).toContain(
      '# Global Conference on Cities and Migration',
    );
  });

  it('explains wrong usage (exit 2) and refusals (exit 1)', async () => {
    const usage = await cli(['--conference', 'mechelen-2017', '--format', 'odt']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--format must be one of docx, pdf, html, md, json, csv');
    expect(usage.stderr).toContain('--out is required');
    expect(usage.stderr).toContain('usage: npm run report');

    const unknown = await cli([
      '--conference',
      'nowhere',
      '--format',
      'md',
      '--out',
      join(folder, 'x'),
    ]);
    expect(unknown).toEqual({
      code: 1,
      stderr: 'report: no conference has the id or slug nowhere\n',
    });

    const open = await cli([
      '--conference',
      'mechelen-2017',
      '--format',
      'md',
      '--out',
      join(folder, 'x'),
      '--sessions',
      `${sessionId},not-a-session`,
    ]);
    expect(open.code).toBe(1);
    expect(open.stderr).toContain('sessionIds.1 is not a session of this conference');
  });

  it("takes the conference's slug where the API takes its id, as the command line does", async () => {
    const bySlug = await t.http
      .post('/api/v1/conferences/mechelen-2017/reports')
      .set(secretariat.auth)
      .send({ language: 'es' });
    expect(bySlug.status).toBe(201);
    expect(bySlug.body).toMatchObject({ conferenceId, language: 'es', status: 'draft' });
    const listed = await t.http
      .get('/api/v1/conferences/mechelen-2017/reports')
      .set(secretariat.auth);
    expect(listed.status).toBe(200);
    expect(listed.body[0].id).toBe(bySlug.body.id);

    const malformed = await t.http
      .get('/api/v1/conferences/Not%20a%20slug/reports')
      .set(secretariat.auth);
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toEqual(["id must be a conference's UUID or slug"]);
    const unknown = await t.http
      .get('/api/v1/conferences/nowhere-2017/reports')
      .set(secretariat.auth);
    expect(unknown.status).toBe(404);
    // Another conference's slug does not exist for the demo's own secretariat.
    const admin = await signInAdmin(t.http);
    await createConference(t.http, admin, { slug: 'elsewhere-2018' });
    const other = await t.http
      .get('/api/v1/conferences/elsewhere-2018/reports')
      .set(secretariat.auth);
    expect(other.status).toBe(404);
  });
});
