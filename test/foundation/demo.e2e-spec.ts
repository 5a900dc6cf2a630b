import { createApp } from '../../src/app.setup';
import { loadConfig } from '../../src/config/app-config';
import type {
  AmendmentView,
  CommentView,
  DraftSummaryView,
  DraftVersionView,
  DraftView,
  RecommendationView,
  SessionView,
} from '#contract';
import { DEMO_ACCESS_CODE, DEMO_ACCOUNTS, demoEmail } from '../../src/demo/demo-accounts';
import { CONSTITUENCIES } from '../../src/participants/participant.constants';
import type { OutcomeDocument } from '../../src/reports/outcome-document';
import { docxParagraphs, download } from '../reports/support';
import { signIn, type SignedIn } from '../support/actors';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

const LED_1 =
  'Led discussion: what are the key elements that can inform the Global Compact on Migration?';
const HUMAN_RIGHTS = 'Human rights of migrants';

/** The app with DEMO=1 on a fresh database, and what it printed while starting. */
async function startDemo(): Promise<{ t: TestApp; output: string }> {
  let output = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string) => {
    output += chunk;
    return true;
  };
  try {
    return { t: await startTestApp({ env: { DEMO: '1' } }), output };
  } finally {
    process.stdout.write = write;
  }
}

interface ExportDocument {
  conference: { id: string };
  participants: Array<{ id: string; email: string }>;
  sessions: Array<{ id: string; title: string; closings: Array<{ id: string }> }>;
  recommendations: Array<{
    id: string;
    title: string;
    status: string;
    supportCount: number;
    opposeCount: number;
    abstainCount: number;
  }>;
  comments: Array<{
    id: string;
    recommendationId: string;
    authorId: string;
    body: string;
    stance: string;
  }>;
  votes: Array<{ recommendationId: string; value: string; constituency: string | null }>;
  reports: Array<{ id: string; version: number; status: string }>;
  auditEntries: Array<{
    action: string;
    targetId: string | null;
    details: Record<string, unknown> | null;
  }>;
}

async function exportConference(t: TestApp): Promise<ExportDocument> {
  const secretariat = await signIn(t.http, demoEmail('secretariat'), DEMO_ACCESS_CODE);
  const conferences = await t.http.get('/api/v1/conferences').set(secretariat.auth);
  const res = await t.http
    .get(`/api/v1/conferences/${conferences.body[0].id}/export`)
    .set(secretariat.auth);
  expect(res.status).toBe(200);
  return res.body as ExportDocument;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The content of an export without what differs between two loads by nature: ids (replaced by
 * what the row is — an email, a title…; ids nobody names become "<id>"), timestamps (keys ending
 * in "At") and hashes over ids. Arrays are compared as multisets, since rows written in the same
 * millisecond are listed by their random ids.
 */
function canonical(doc: ExportDocument): unknown {
  const labels = new Map<string, string>([[doc.conference.id, 'conference']]);
  for (const p of doc.participants) labels.set(p.id, `participant ${p.email}`);
  for (const s of doc.sessions) {
    labels.set(s.id, `session ${s.title}`);
    s.closings.forEach((c, i) => labels.set(c.id, `closing ${i} of ${s.title}`));
  }
  for (const r of doc.recommendations) labels.set(r.id, `recommendation ${r.title}`);
  for (const r of doc.reports) labels.set(r.id, `report ${r.version}`);
  for (const c of doc.comments)
    labels.set(c.id, `comment by ${labels.get(c.authorId)} on ${labels.get(c.recommendationId)}`);

  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return UUID.test(value) ? (labels.get(value) ?? '<id>') : value;
    if (Array.isArray(value))
      return value
        .map(walk)
        .map((v) => JSON.stringify(v))
        .sort()
        .map((v) => JSON.parse(v) as unknown);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => !key.endsWith('At') && key !== 'sha256' && key !== 'contentSha256')
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, v]) => [
            key,
            // A report's document and a frozen draft version's content are JSON text with ids inside.
            (key === 'document' || key === 'content') && typeof v === 'string' && v.startsWith('{')
              ? walk(JSON.parse(v))
              : walk(v),
          ]),
      );
    return value;
  };
  return walk(doc);
}

describe('the Mechelen 2017 demo (DEMO=1)', () => {
  let t: TestApp;
  let output = '';
  let conferenceId: string;
  let sessions: SessionView[];
  let secretariat: SignedIn;
  let delegate: SignedIn;
  const sessionNamed = (title: string) => sessions.find((s) => s.title === title)!;
  const recommendationsOf = async (title: string, status = 'submitted') =>
    (
      await t.http
        .get(`/api/v1/sessions/${sessionNamed(title).id}/recommendations?status=${status}`)
        .set(delegate.auth)
    ).body as RecommendationView[];
  const commentsOn = async (id: string) =>
    (await t.http.get(`/api/v1/recommendations/${id}/comments`).set(delegate.auth))
      .body as CommentView[];

  beforeAll(async () => {
    ({ t, output } = await startDemo());
    secretariat = await signIn(t.http, demoEmail('secretariat'), DEMO_ACCESS_CODE);
    delegate = await signIn(t.http, demoEmail('karin.johansson'), DEMO_ACCESS_CODE);
    conferenceId = (await t.http.get('/api/v1/conferences').set(delegate.auth)).body[0].id;
    sessions = (await t.http.get(`/api/v1/conferences/${conferenceId}/sessions`).set(delegate.auth))
      .body;
  });
  afterAll(() => t.close());

  it('prints how to sign in, and what to try', () => {
    expect(output).toContain(`access code "${DEMO_ACCESS_CODE}"`);
    expect(output).toContain(demoEmail('secretariat'));
    expect(output).toContain(demoEmail('room.screen'));
    expect(output).toContain('npm run demo:room');
  });

  it('loads the conference, its five sessions and the two moderators of the led discussions', async () => {
    const conferences = await t.http.get('/api/v1/conferences').set(delegate.auth);
    expect(conferences.body).toHaveLength(1);
    expect(conferences.body[0]).toMatchObject({
      slug: 'mechelen-2017',
      title: 'Global Conference on Cities and Migration',
      city: 'Mechelen',
      country: 'BE',
      startsOn: '2017-11-16',
      framework: 'gcm-objectives',
      languages: ['en', 'fr', 'es', 'ar', 'zh', 'ru'],
    });
    expect(conferences.body[0].translations.title.fr).toBe(
      'Conférence mondiale sur les villes et la migration',
    );
    expect(conferences.body[0].translations.city).toMatchObject({
      fr: 'Malines',
      es: 'Malinas',
      ar: 'مشلن',
      zh: '梅赫伦',
      ru: 'Мехелен',
    });
    expect(sessions).toHaveLength(5);
    expect(
      sessions.filter((s) => s.kind === 'led_discussion').map((s) => s.moderators.length),
    ).toEqual([1, 1]);
  });

  it('accredits at least three delegates in every constituency, so each can count in the bridging score', async () => {
    for (const constituency of CONSTITUENCIES)
      expect(
        DEMO_ACCOUNTS.filter((a) => a.role === 'delegate' && a.constituency === constituency)
          .length,
      ).toBeGreaterThanOrEqual(3);
    for (const account of DEMO_ACCOUNTS.slice(0, 4)) {
      await expect(signIn(t.http, demoEmail(account.key), DEMO_ACCESS_CODE)).resolves.toMatchObject(
        { id: expect.any(String) },
      );
    }
  });

  it('shows the conference on its second morning: the first led discussion closed, the thematic session open, the rest scheduled', () => {
    expect(sessions.map((s) => [s.title, s.status])).toEqual([
      ['Opening: addresses by the institutional partners', 'scheduled'],
      [LED_1, 'closed'],
      ['Parallel workshop: human mobility and the right to the city', 'scheduled'],
      [HUMAN_RIGHTS, 'open'],
      [
        'Led discussion: implementing the migration-related commitments of the New Urban Agenda',
        'scheduled',
      ],
    ]);
    expect(sessionNamed(LED_1).summary).toMatch(/^The discussion asked what cities/);
  });

  it('closed the first led discussion with a disposition for every recommendation, one of them an override with its note', async () => {
    const recommendations = await recommendationsOf(LED_1);
    expect(recommendations.length).toBeGreaterThanOrEqual(6);
    expect(recommendations.every((r) => r.disposition !== null)).toBe(true);
    const dispositions = new Set(recommendations.map((r) => r.disposition));
    expect(dispositions).toEqual(new Set(['adopted', 'noted']));
    const overridden = recommendations.filter((r) => r.disposition !== r.proposedDisposition);
    expect(overridden).toHaveLength(1);
    expect(overridden[0]).toMatchObject({
      proposedDisposition: 'not_adopted',
      disposition: 'noted',
    });
    expect(overridden[0].dispositionNote).toMatch(/Noted rather than set aside/);

    const audit = (await exportConference(t)).auditEntries;
    const overrides = audit.filter((e) => e.action === 'recommendation.disposition_override');
    expect(overrides).toHaveLength(1);
    expect(overrides[0]).toMatchObject({
      targetId: overridden[0].id,
      details: {
        disposition: 'noted',
        proposed: 'not_adopted',
        note: overridden[0].dispositionNote,
      },
    });
    expect(audit.filter((e) => e.action === 'recommendation.disposition')).toHaveLength(
      recommendations.length - 1,
    );

    // The bridging score and consensus marks mean something: both kinds occur.
    const marks = recommendations.map((r) => r.consensus);
    expect(marks).toContain('broad');
    expect(marks).toContain('contested');
    // A merged duplicate and an edited recommendation, as in a real session.
    expect(await recommendationsOf(LED_1, 'merged')).toHaveLength(1);
    expect(recommendations.some((r) => r.version > 1)).toBe(true);
  });

  it('has votes from every constituency and comments for and against, with replies', async () => {
    const recommendations = await recommendationsOf(LED_1);
    const support = (
      await t.http
        .get(`/api/v1/recommendations/${recommendations[0].id}/support`)
        .set(delegate.auth)
    ).body as Array<{ constituency: string; supportShare: number | null }>;
    expect(support.map((s) => s.constituency).sort()).toEqual([...CONSTITUENCIES].sort());
    expect(support.every((s) => s.supportShare !== null)).toBe(true);

    const comments = (await Promise.all(recommendations.map((r) => commentsOn(r.id)))).flat();
    expect(new Set(comments.map((c) => c.stance))).toEqual(new Set(['for', 'against', 'neutral']));
    expect(comments.some((c) => c.parentId !== null)).toBe(true);
    // English, with some delegates writing in French or Spanish.
    expect(recommendations.map((r) => r.title)).toEqual(
      expect.arrayContaining([
        'Publish migration data disaggregated by city',
        'Mettre fin à la détention des enfants pour des raisons migratoires',
        'Financiación directa para la integración en ciudades y regiones',
      ]),
    );
  });

  it('leaves the thematic session open with recommendations, votes coming in and comments', async () => {
    const recommendations = await recommendationsOf(HUMAN_RIGHTS);
    expect(recommendations.length).toBeGreaterThanOrEqual(5);
    for (const r of recommendations) {
      expect(r.tally.support + r.tally.oppose + r.tally.abstain).toBeGreaterThan(0);
      expect(r.disposition).toBeNull();
    }
    const comments = (await Promise.all(recommendations.map((r) => commentsOn(r.id)))).flat();
    expect(comments.length).toBeGreaterThanOrEqual(5);
    // The room can go on: a delegate votes.
    const vote = await t.http
      .put(`/api/v1/recommendations/${recommendations[0].id}/vote`)
      .set(delegate.auth)
      .send({ value: 'support' });
    expect(vote.status).toBe(200);
  });

  it('has a compiled draft outcome document (version 1) that downloads', async () => {
    const versions = (
      await t.http.get(`/api/v1/conferences/${conferenceId}/reports`).set(secretariat.auth)
    ).body as Array<{ id: string; version: number; status: string; sessionIds: string[] }>;
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      version: 1,
      status: 'draft',
      sessionIds: [sessionNamed(LED_1).id],
    });
    const document = (await t.http.get(`/api/v1/reports/${versions[0].id}`).set(secretariat.auth))
      .body as OutcomeDocument;
    const printed = document.chapters.flatMap((c) => c.recommendations.map((r) => r.title));
    expect(printed).toContain('Publish migration data disaggregated by city');
    expect(document.annexA.length).toBe(2);
    expect(document.sessionSummaries).toHaveLength(1);

    const docx = await download(t.http, secretariat, versions[0].id, 'docx');
    expect(docx.status).toBe(200);
    const paragraphs = await docxParagraphs(docx.body);
    expect(paragraphs.some((p) => p.endsWith('Publish migration data disaggregated by city'))).toBe(
      true,
    );
  });

  it('has a draft declaration made from the outcome document, with amendments in every state', async () => {
    const drafts = (
      await t.http.get(`/api/v1/conferences/${conferenceId}/drafts`).set(delegate.auth)
    ).body as DraftSummaryView[];
    expect(drafts.map((d) => [d.title, d.status, d.version])).toEqual([
      ['Mechelen Declaration', 'drafting', 1],
    ]);
    const draft = (await t.http.get(`/api/v1/drafts/${drafts[0].id}`).set(delegate.auth))
      .body as DraftView;
    expect(draft.chairs.map((c) => c.name)).toEqual(['Mohamed Boussraoui']);
    // The chapeau keeps one bracketed phrase and the preambular paragraph an alternative.
    expect(draft.clean).toBe(false);
    expect(draft.paragraphs[0]).toMatchObject({ kind: 'chapeau', number: 1, bracketed: true });
    expect(draft.paragraphs[1]).toMatchObject({ kind: 'preambular', number: 2 });
    expect(draft.paragraphs[1].alternatives).toHaveLength(1);
    expect(draft.paragraphs.some((p) => p.text.includes('municipality and region'))).toBe(true);
    expect(draft.paragraphs.some((p) => p.text.includes('invite States'))).toBe(true);
    expect(draft.paragraphs.some((p) => p.text.startsWith('Cities should give newcomers'))).toBe(
      true,
    );

    const amendments = (
      await t.http.get(`/api/v1/drafts/${draft.id}/amendments`).set(delegate.auth)
    ).body as AmendmentView[];
    expect(amendments.map((a) => a.status)).toEqual([
      'accepted',
      'accepted_modified',
      'adopted',
      'rejected',
      'withdrawn',
      'proposed',
      'voting',
    ]);
    const voting = amendments.find((a) => a.status === 'voting')!;
    expect(voting.tally.support + voting.tally.oppose + voting.tally.abstain).toBeGreaterThan(0);
    expect(amendments.find((a) => a.status === 'proposed')!.sponsors.length).toBeGreaterThan(1);
    expect(amendments.every((a) => !a.outdated)).toBe(true);

    const versions = (await t.http.get(`/api/v1/drafts/${draft.id}/versions`).set(delegate.auth))
      .body as DraftVersionView[];
    expect(versions.map((v) => v.label)).toEqual(['Zero draft', 'Rev.1']);
  });

  it('writes every vote with its audit entry, and keeps tallies and the closing record equal to the vote rows', async () => {
    const doc = await exportConference(t);
    const count = (action: string) => doc.auditEntries.filter((e) => e.action === action).length;
    const carried = doc.auditEntries
      .filter((e) => e.action === 'recommendation.merge')
      .reduce((sum, e) => sum + Number(e.details?.supportVotesCarried ?? 0), 0);
    expect(carried).toBe(3);
    expect(doc.votes.length).toBe(count('vote.cast') + carried - count('vote.withdraw'));
    expect(count('vote.change')).toBeGreaterThanOrEqual(3);
    for (const r of doc.recommendations) {
      const votes = doc.votes.filter((v) => v.recommendationId === r.id);
      expect([r.supportCount, r.opposeCount, r.abstainCount]).toEqual(
        ['support', 'oppose', 'abstain'].map(
          (value) => votes.filter((v) => v.value === value).length,
        ),
      );
    }
    expect(count('comment.add')).toBe(doc.comments.length);
    expect(count('recommendation.submit')).toBe(doc.recommendations.length);
    expect(count('session.close')).toBe(1);
    expect(count('report.compile')).toBe(1);
  });

  it('loads only into an empty database: a restart on the same file adds nothing', async () => {
    const before = (await exportConference(t)).recommendations.length;
    const again = await createApp(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL:
          t.config.database.type === 'sqlite'
            ? `sqlite:${t.config.database.path}`
            : t.config.database.url,
        JWT_SECRET: TEST_JWT_SECRET,
        DEMO: '1',
        LOG_LEVEL: 'silent',
      }),
    );
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = () => true;
    try {
      await again.init();
    } finally {
      process.stdout.write = write;
      await again.close();
    }
    const conferences = await t.http.get('/api/v1/conferences').set(secretariat.auth);
    expect(conferences.body).toHaveLength(1);
    expect((await exportConference(t)).recommendations.length).toBe(before);
  });

  it('loads the same content, in the same order, into two fresh databases', async () => {
    const first = await startDemo();
    const second = await startDemo();
    try {
      const [a, b] = [await exportConference(first.t), await exportConference(second.t)];
      expect(a.votes.length).toBeGreaterThan(200);
      expect(canonical(a)).toEqual(canonical(b));
      // The order people see: submissions and comments listed by creation time.
      expect(a.recommendations.map((r) => r.title)).toEqual(b.recommendations.map((r) => r.title));
      expect(a.comments.map((c) => c.body)).toEqual(b.comments.map((c) => c.body));
    } finally {
      await first.t.close();
      await second.t.close();
    }
    // Two demo conferences seeded one after the other: ~10 s alone, far more on PostgreSQL under load.
  }, 120_000);
});
