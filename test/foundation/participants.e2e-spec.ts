import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { Participant } from '../../src/participants/participant.entity';
import {
  createAndSignIn,
  createConference,
  signIn,
  signInAdmin,
  type SignedIn,
} from '../support/actors';
import { createSession, submit, transition } from '../support/scenario';
import { startTestApp, type TestApp } from '../support/test-app';

const VALID = {
  name: 'Amina Diallo',
  email: 'Amina.Diallo@Dakar.example',
  organisation: 'City of Dakar',
  constituency: 'local_government',
  country: 'sn',
  city: 'Dakar',
  role: 'delegate',
  language: 'fr',
};

describe('participants and accreditation', () => {
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAdmin(t.http);
  });
  afterAll(() => t.close());

  const count = () => t.dataSource.getRepository(Participant).count();

  it('creates a participant with a one-time access code that signs them in', async () => {
    const res = await t.http.post('/api/v1/participants').set(admin.auth).send(VALID);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'amina.diallo@dakar.example',
      country: 'SN',
      role: 'delegate',
      language: 'fr',
      active: true,
    });
    expect(res.body.accessCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const session = await signIn(t.http, 'amina.diallo@dakar.example', res.body.accessCode);
    expect(session.id).toBe(res.body.id);

    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findOneBy({ action: 'participant.create', targetId: res.body.id });
    expect(audit?.actorId).toBe(admin.id);
  });

  it('refuses a second participant with the same email (409), whatever the case', async () => {
    const before = await count();
    const res = await t.http
      .post('/api/v1/participants')
      .set(admin.auth)
      .send({ ...VALID, email: 'AMINA.DIALLO@dakar.example' });
    expect(res.status).toBe(409);
    expect(await count()).toBe(before);
  });

  describe('rejects bad input with 400 naming the field, and stores nothing', () => {
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ['missing name', { ...VALID, name: undefined }, /^name/],
      ['blank name', { ...VALID, name: '   ' }, /^name/],
      ['too long name', { ...VALID, name: 'x'.repeat(201) }, /^name/],
      ['bad email', { ...VALID, email: 'amina' }, /^email/],
      ['unknown constituency', { ...VALID, constituency: 'royalty' }, /^constituency/],
      ['country not ISO 3166', { ...VALID, country: 'XX' }, /^country/],
      ['country as a name', { ...VALID, country: 'Belgium' }, /^country/],
      ['unknown role', { ...VALID, role: 'admin' }, /^role/],
      ['unknown language', { ...VALID, language: 'de' }, /^language/],
      ['conferenceId not a UUID', { ...VALID, conferenceId: '42' }, /^conferenceId/],
      [
        'an extra field (mass assignment)',
        { ...VALID, active: false, secretHash: 'x' },
        /property (active|secretHash) should not exist/,
      ],
      ['a number for a string', { ...VALID, name: 42 }, /^name/],
    ];
    it.each(cases)('%s', async (_name, body, field) => {
      const before = await count();
      const res = await t.http
        .post('/api/v1/participants')
        .set(admin.auth)
        .send({
          ...body,
          email: typeof body.email === 'string' ? `x${Math.random()}${body.email}` : body.email,
        });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(expect.arrayContaining([expect.stringMatching(field)]));
      expect(await count()).toBe(before);
    });
  });

  it('words each refused field as a rule with its parameters, beside the English message', async () => {
    const before = await count();
    const res = await t.http
      .post('/api/v1/participants')
      .set(admin.auth)
      .send({ ...VALID, name: 'x'.repeat(201), country: 'ZZ', role: 'chair', email: 'nope' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_INPUT', field: 'name' });
    expect(res.body.message).toContain('country must be a valid ISO31661 Alpha2 code');
    expect(res.body.problems).toEqual([
      {
        field: 'name',
        rule: 'maxLength',
        params: { max: 200 },
        message: 'name must be shorter than or equal to 200 characters',
      },
      { field: 'email', rule: 'isEmail', message: 'email must be an email' },
      {
        field: 'country',
        rule: 'isISO31661Alpha2',
        message: 'country must be a valid ISO31661 Alpha2 code',
      },
      {
        field: 'role',
        rule: 'isIn',
        params: { values: ['delegate', 'moderator', 'secretariat', 'observer'] },
        message: expect.stringMatching(/^role must be one of the following values/),
      },
    ]);
    const empty = await t.http
      .post('/api/v1/participants')
      .set(admin.auth)
      .send({ ...VALID, email: 'empty@x.example', organisation: '' });
    expect(empty.body.problems).toEqual([
      expect.objectContaining({ field: 'organisation', rule: 'minLength', params: { min: 1 } }),
    ]);
    expect(await count()).toBe(before);
  });

  it('imports a CSV: creates the good lines, reports each bad line with its number', async () => {
    const csv = [
      'name,email,organisation,constituency,country,city,role,language',
      'Lucas Peeters,lucas@mechelen.example,City of Mechelen,local_government,BE,Mechelen,delegate,fr',
      'No Email,,Somewhere,civil_society,FR,,delegate,',
      '"Sofía Martínez","sofia@jalisco.example","Gobierno de Jalisco, Secretaría",regional_government,MX,Guadalajara,delegate,es',
      'Bad Country,bad@country.example,Org,academia,ZZ,,delegate,en',
      'Lucas Again,LUCAS@mechelen.example,City of Mechelen,local_government,BE,,delegate,',
      '',
      'Existing,amina.diallo@dakar.example,City of Dakar,local_government,SN,,delegate,',
    ].join('\n');
    const res = await t.http
      .post('/api/v1/participants/import')
      .set(admin.auth)
      .set('Content-Type', 'text/csv')
      .send(csv);
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(2);
    expect(res.body.skipped).toBe(4);
    expect(res.body.errors.map((e: { line: number }) => e.line)).toEqual([3, 5, 6, 8]);
    expect(res.body.errors[0].message).toMatch(/email/);
    expect(res.body.errors[1].message).toMatch(/country/);
    expect(res.body.errors[2].message).toMatch(/line 2/);
    expect(res.body.errors[3].message).toMatch(/already exists/);
    expect(res.body.errors.map((e: { problems: unknown }) => e.problems)).toEqual([
      expect.arrayContaining([expect.objectContaining({ field: 'email', rule: 'isEmail' })]),
      [expect.objectContaining({ field: 'country', rule: 'isISO31661Alpha2' })],
      [
        expect.objectContaining({
          field: 'email',
          rule: 'duplicateInFile',
          params: { email: 'lucas@mechelen.example', firstLine: 2 },
        }),
      ],
      [
        expect.objectContaining({
          field: 'email',
          rule: 'alreadyExists',
          params: { email: 'amina.diallo@dakar.example' },
        }),
      ],
    ]);
    expect(res.body.accessCodes.map((a: { email: string }) => a.email)).toEqual([
      'lucas@mechelen.example',
      'sofia@jalisco.example',
    ]);

    const sofia = await signIn(t.http, 'sofia@jalisco.example', res.body.accessCodes[1].accessCode);
    const me = await t.http.get('/api/v1/auth/me').set(sofia.auth);
    expect(me.body).toMatchObject({
      name: 'Sofía Martínez',
      organisation: 'Gobierno de Jalisco, Secretaría',
      constituency: 'regional_government',
      language: 'es',
    });
  });

  it('refuses a CSV with a wrong header or a JSON body, creating nothing', async () => {
    const before = await count();
    const wrongHeader = await t.http
      .post('/api/v1/participants/import')
      .set(admin.auth)
      .set('Content-Type', 'text/csv')
      .send('nom,courriel\nA,a@b.example\n');
    expect(wrongHeader.status).toBe(400);
    expect(wrongHeader.body.message[0]).toMatch(/header/);
    expect(wrongHeader.body.problems).toEqual([
      expect.objectContaining({
        field: 'body',
        rule: 'csvMissingColumns',
        params: {
          columns: ['name', 'email', 'organisation', 'constituency', 'country', 'role'],
          expected: expect.arrayContaining(['name', 'language']),
        },
      }),
    ]);
    const json = await t.http
      .post('/api/v1/participants/import')
      .set(admin.auth)
      .send({ name: 'x' });
    expect(json.status).toBe(400);
    expect(json.body.message[0]).toMatch(/text\/csv/);
    expect(json.body.problems).toEqual([
      expect.objectContaining({ field: 'body', rule: 'csvMissing' }),
    ]);
    expect(await count()).toBe(before);
  });

  it('lists participants for the secretariat, with paging and search', async () => {
    const page = await t.http.get('/api/v1/participants?limit=2&offset=0').set(admin.auth);
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThanOrEqual(4);
    const search = await t.http.get('/api/v1/participants?q=jalisco').set(admin.auth);
    expect(search.body.items.map((p: { name: string }) => p.name)).toEqual(['Sofía Martínez']);
    expect((await t.http.get('/api/v1/participants?limit=100000').set(admin.auth)).status).toBe(
      400,
    );
  });

  it('shows a participant in full to the secretariat and themselves, without email to others', async () => {
    const a = await createAndSignIn(t.http, admin);
    const b = await createAndSignIn(t.http, admin);
    expect((await t.http.get(`/api/v1/participants/${a.id}`).set(a.auth)).body.email).toBe(a.email);
    const asOther = await t.http.get(`/api/v1/participants/${a.id}`).set(b.auth);
    expect(asOther.status).toBe(200);
    expect(asOther.body.email).toBeUndefined();
    expect((await t.http.get('/api/v1/participants/not-a-uuid').set(admin.auth)).status).toBe(400);
    expect(
      (
        await t.http
          .get('/api/v1/participants/00000000-0000-4000-8000-000000000000')
          .set(admin.auth)
      ).status,
    ).toBe(404);
  });

  it('updates a role, audited; a demoted secretariat loses secretariat routes at once', async () => {
    const staff = await createAndSignIn(t.http, admin, { role: 'secretariat' });
    expect((await t.http.get('/api/v1/participants').set(staff.auth)).status).toBe(200);
    const res = await t.http
      .patch(`/api/v1/participants/${staff.id}`)
      .set(admin.auth)
      .send({ role: 'observer' });
    expect(res.status).toBe(200);
    // The whole participant comes back (a partial update must not blank the fields it leaves out).
    expect(res.body).toMatchObject({
      role: 'observer',
      active: true,
      email: staff.email,
      organisation: 'Test organisation',
    });
    expect((await t.http.get('/api/v1/participants').set(staff.auth)).status).toBe(403);
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findOneBy({ action: 'participant.update', targetId: staff.id });
    expect(audit?.details).toMatchObject({
      changes: { role: { from: 'secretariat', to: 'observer' } },
    });
  });

  it('does not let the secretariat deactivate itself', async () => {
    const res = await t.http
      .patch(`/api/v1/participants/${admin.id}`)
      .set(admin.auth)
      .send({ active: false });
    expect(res.status).toBe(409);
  });

  it('keeps a conference secretariat to its own conference', async () => {
    const mine = await createConference(t.http, admin);
    const other = await createConference(t.http, admin);
    const local = await createAndSignIn(t.http, admin, {
      role: 'secretariat',
      conferenceId: mine.id,
    });
    const outsider = await createAndSignIn(t.http, admin, { conferenceId: other.id });

    const created = await t.http
      .post('/api/v1/participants')
      .set(local.auth)
      .send({ ...VALID, email: 'local-staff-made@agora.test' });
    expect(created.status).toBe(201);
    expect(created.body.conferenceId).toBe(mine.id);
    const elsewhere = await t.http
      .post('/api/v1/participants')
      .set(local.auth)
      .send({ ...VALID, email: 'elsewhere@agora.test', conferenceId: other.id });
    expect(elsewhere.status).toBe(403);
    expect((await t.http.get(`/api/v1/participants/${outsider.id}`).set(local.auth)).status).toBe(
      404,
    );
    expect(
      (
        await t.http
          .patch(`/api/v1/participants/${outsider.id}`)
          .set(local.auth)
          .send({ active: false })
      ).status,
    ).toBe(404);
    const list = await t.http.get('/api/v1/participants?limit=500').set(local.auth);
    expect(list.body.items.every((p: { conferenceId: string }) => p.conferenceId === mine.id)).toBe(
      true,
    );
  });

  it('shows conference staff platform-wide accounts without their email, in profiles, lists and the export', async () => {
    const mine = await createConference(t.http, admin);
    const local = await createAndSignIn(t.http, admin, {
      role: 'secretariat',
      conferenceId: mine.id,
    });
    const own = await createAndSignIn(t.http, admin, { conferenceId: mine.id });
    // A platform-wide delegate who takes part in the conference, so its export names them.
    const roving = await createAndSignIn(t.http, admin);
    const sessionId = await createSession(t.http, admin, mine.id);
    await transition(t.http, admin, sessionId, 'open');
    await submit(t.http, roving, sessionId);

    const profile = (who: SignedIn, id: string) =>
      t.http.get(`/api/v1/participants/${id}`).set(who.auth);
    for (const platform of [admin, roving]) {
      const seen = await profile(local, platform.id);
      expect(seen.status).toBe(200);
      expect(seen.body).not.toHaveProperty('email');
      expect((await profile(admin, platform.id)).body.email).toBe(platform.email);
    }
    expect((await profile(local, own.id)).body.email).toBe(own.email);
    expect((await profile(local, local.id)).body.email).toBe(local.email);
    const listed = await t.http.get('/api/v1/participants?limit=500').set(local.auth);
    expect(listed.body.items.find((p: { id: string }) => p.id === own.id).email).toBe(own.email);
    expect(JSON.stringify(listed.body)).not.toContain(admin.email);

    type Doc = { participants: Array<{ id: string; email: string }> };
    const exported = async (who: SignedIn) => {
      const res = await t.http.get(`/api/v1/conferences/${mine.id}/export`).set(who.auth);
      expect(res.status).toBe(200);
      return res.body as Doc;
    };
    const scoped = await exported(local);
    const record = (doc: Doc, id: string) => doc.participants.find((p) => p.id === id);
    expect(record(scoped, roving.id)?.email).toBe(`withheld-${roving.id}@withheld.invalid`);
    expect(record(scoped, own.id)?.email).toBe(own.email);
    expect(JSON.stringify(scoped)).not.toContain(roving.email);
    expect(JSON.stringify(scoped)).not.toContain(admin.email);
    expect(record(await exported(admin), roving.id)?.email).toBe(roving.email);
  });
});
