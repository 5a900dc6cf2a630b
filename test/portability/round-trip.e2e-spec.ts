import { createAndSignIn, signIn, signInAdmin, type SignedIn } from '../support/actors';
import { startTestApp, type TestApp } from '../support/test-app';
import { conferenceWithActivity, type Activity } from './activity';

type Doc = Record<string, unknown> & {
  exportedAt: string;
  auditEntries: Array<{ action: string }>;
  participants: Array<{ id: string; email: string; conferenceId: string | null }>;
  recommendations: Array<Record<string, unknown>>;
  votes: Array<Record<string, unknown>>;
};

/**
 * Data portability: a conference with every kind of record is exported, imported into a fresh
 * database (a second app), and exported again — the two documents are the same, save the time
 * of export and the import's own audit entry.
 */
describe('conference export and import', () => {
  let source: TestApp;
  let target: TestApp;
  let a: Activity;
  let first: Doc;
  let targetAdmin: SignedIn;

  beforeAll(async () => {
    source = await startTestApp();
    target = await startTestApp();
    a = await conferenceWithActivity(source.http);
    targetAdmin = await signInAdmin(target.http);
    const res = await source.http
      .get(`/api/v1/conferences/${a.conferenceId}/export`)
      .set(a.admin.auth);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="agora-conf-.*\.json"$/,
    );
    first = res.body as Doc;
  }, 60_000);
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  const importInto = (app: TestApp, who: SignedIn, body: unknown) =>
    app.http
      .post('/api/v1/conferences/import')
      .set(who.auth)
      .send(body as object);

  it('exports every record of the conference, without secrets', () => {
    expect(first).toMatchObject({ format: 'agora.conference', formatVersion: 2 });
    expect(first.recommendations).toHaveLength(4);
    // 4 + 4 cast on two recommendations, 1 on a third, 3 carried over by the merge.
    expect(first.votes).toHaveLength(12);
    expect(JSON.stringify(first)).not.toMatch(/secretHash|scrypt\$/);
    const actions = new Set(first.auditEntries.map((e) => e.action));
    for (const action of ['vote.cast', 'vote.change', 'recommendation.merge', 'session.close'])
      expect(actions).toContain(action);
    // Accredited participants and those the rows point to; not the platform's secretariat.
    expect(first.participants.map((p) => p.id).sort()).toEqual(
      [a.moderator, a.observer, ...a.delegates].map((p) => p.id).sort(),
    );
  });

  it('imports into a fresh database and exports the same document again', async () => {
    const res = await importInto(target, targetAdmin, first);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      conferenceId: a.conferenceId,
      counts: { participantsCreated: 6, recommendations: 4, votes: 12, reports: 1 },
    });
    const again = await target.http
      .get(`/api/v1/conferences/${a.conferenceId}/export`)
      .set(targetAdmin.auth);
    expect(again.status).toBe(200);
    const second = again.body as Doc;

    const imports = second.auditEntries.filter((e) => e.action === 'conference.import');
    expect(imports).toHaveLength(1);
    const strip = ({ exportedAt: _at, auditEntries, ...rest }: Doc) => ({
      ...rest,
      auditEntries: auditEntries.filter((e) => e.action !== 'conference.import'),
    });
    expect(strip(second)).toEqual(strip(first));

    // The live views agree too: tallies, merge, the hidden recommendation.
    const listed = await target.http
      .get(`/api/v1/sessions/${a.sessionId}/recommendations?status=all`)
      .set(targetAdmin.auth);
    const original = await source.http
      .get(`/api/v1/sessions/${a.sessionId}/recommendations?status=all`)
      .set(a.admin.auth);
    const view = (body: Array<Record<string, unknown>>) =>
      body
        .map(({ myVote: _m, ...r }) => r)
        .sort((x, y) => String(x.id).localeCompare(String(y.id)));
    expect(view(listed.body)).toEqual(view(original.body));
  });

  it('gives imported participants no way in until the secretariat issues an access code', async () => {
    const delegate = first.participants.find((p) => p.id === a.delegates[0].id)!;
    const login = await target.http
      .post('/api/v1/auth/login')
      .send({ email: delegate.email, password: 'anything-at-all' });
    expect(login.status).toBe(401);
    const code = await target.http
      .post(`/api/v1/participants/${delegate.id}/access-code`)
      .set(targetAdmin.auth);
    expect(code.status).toBe(201);
    const me = await signIn(target.http, delegate.email, code.body.accessCode);
    const mine = await target.http
      .get(`/api/v1/sessions/${a.sessionId}/recommendations`)
      .set(me.auth);
    expect(mine.body.find((r: { id: string }) => r.id === a.recommendations.edited).myVote).toBe(
      'support',
    );
  });

  it('refuses a second import of the same conference with 409, changing nothing', async () => {
    const before = await target.http.get('/api/v1/audit').set(targetAdmin.auth);
    const res = await importInto(target, targetAdmin, first);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/already in this database/);
    const after = await target.http.get('/api/v1/audit').set(targetAdmin.auth);
    expect(after.body.items[0].id).toBe(before.body.items[0].id);
  });

  it('refuses a document whose records do not hold together, naming the field (400)', async () => {
    const fresh = await startTestApp();
    try {
      const admin = await signInAdmin(fresh.http);
      const broken = structuredClone(first);
      broken.votes[0].participantId = '00000000-0000-4000-8000-000000000000';
      (broken.recommendations[1] as { supportCount: number }).supportCount += 1;
      let res = await importInto(fresh, admin, broken);
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /^votes\.0\.participantId .* is not a participant of the document$/,
          ),
          expect.stringMatching(/^recommendations\.1 counts/),
        ]),
      );
      res = await importInto(fresh, admin, { ...first, extra: true });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(['extra: property extra should not exist']);
      const wrong = structuredClone(first);
      (wrong.participants[0] as { email: string }).email = 'not an email';
      res = await importInto(fresh, admin, wrong);
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^participants\.0\.email/)]);
      const conferences = await fresh.http.get('/api/v1/conferences').set(admin.auth);
      expect(conferences.body).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('accepts a conference larger than the general body limit on this route only', async () => {
    const fresh = await startTestApp();
    try {
      const admin = await signInAdmin(fresh.http);
      const large = structuredClone(first);
      // 150 kB of introduction-sized texts: over the 100 kB of every other route.
      for (const r of large.recommendations) r.body = 'x'.repeat(9_000);
      for (const r of large.recommendations)
        for (const v of r.revisions as Array<{ body: string }>) v.body = 'y'.repeat(9_000);
      large.auditEntries.push(
        ...Array.from({ length: 100 }, (_, i) => ({
          ...large.auditEntries[0],
          id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          details: { note: 'z'.repeat(1_000) },
        })),
      );
      expect(JSON.stringify(large).length).toBeGreaterThan(150_000);
      expect((await importInto(fresh, admin, large)).status).toBe(201);
      const elsewhere = await fresh.http
        .post('/api/v1/conferences')
        .set(admin.auth)
        .send({ title: 'x'.repeat(150_000) });
      expect(elsewhere.status).toBe(413);
    } finally {
      await fresh.close();
    }
  });

  it('lets only a platform-wide secretariat import, and a conference secretariat export only its own', async () => {
    const scoped = await createAndSignIn(source.http, a.admin, {
      role: 'secretariat',
      conferenceId: a.conferenceId,
    });
    expect((await importInto(source, scoped, first)).status).toBe(403);
    const own = await source.http
      .get(`/api/v1/conferences/${a.conferenceId}/export`)
      .set(scoped.auth);
    expect(own.status).toBe(200);
    const other = await source.http
      .post('/api/v1/conferences')
      .set(a.admin.auth)
      .send({
        title: 'Another',
        city: 'Ghent',
        country: 'BE',
        startsOn: '2018-01-01',
        endsOn: '2018-01-02',
        framework: 'gcm-objectives',
        languages: ['en'],
        slug: 'another-conference',
      });
    expect(
      (await source.http.get(`/api/v1/conferences/${other.body.id}/export`).set(scoped.auth))
        .status,
    ).toBe(404);
  });
});
