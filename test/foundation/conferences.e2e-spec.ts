import {
  createAndSignIn,
  createConference,
  CONFERENCE_BODY,
  signInAdmin,
  type SignedIn,
} from '../support/actors';
import { startTestApp, type TestApp } from '../support/test-app';

describe('conferences', () => {
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAdmin(t.http);
  });
  afterAll(() => t.close());

  it('creates, reads, lists and updates a conference', async () => {
    const created = await t.http
      .post('/api/v1/conferences')
      .set(admin.auth)
      .send({ ...CONFERENCE_BODY, timezone: 'Europe/Brussels' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      slug: 'global-conference-on-cities-and-migration',
      framework: 'gcm-objectives',
      languages: ['en', 'fr', 'es'],
      adoptionRule: { minVotes: 5, minSupportShare: 0.6 },
    });
    const id = created.body.id;
    expect((await t.http.get(`/api/v1/conferences/${id}`).set(admin.auth)).body.title).toBe(
      CONFERENCE_BODY.title,
    );
    expect(
      (await t.http.get('/api/v1/conferences').set(admin.auth)).body.map(
        (c: { id: string }) => c.id,
      ),
    ).toContain(id);

    const patched = await t.http
      .patch(`/api/v1/conferences/${id}`)
      .set(admin.auth)
      .send({ adoptionRule: { minVotes: 10, minSupportShare: 0.5 }, introduction: 'Intro' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      adoptionRule: { minVotes: 10, minSupportShare: 0.5 },
      introduction: 'Intro',
    });
  });

  it('accepts the six UN languages and per-language names of the city, hosts and partners', async () => {
    const created = await t.http
      .post('/api/v1/conferences')
      .set(admin.auth)
      .send({
        ...CONFERENCE_BODY,
        slug: 'six-languages',
        languages: ['ar', 'zh', 'ru', 'en', 'fr', 'es'],
        translations: {
          city: { fr: 'Malines', es: 'Malinas', ar: 'مشلن', zh: '梅赫伦', ru: 'Мехелен' },
          hosts: { ar: ['مدينة مشلن'] },
          title: { ru: 'Глобальная конференция по вопросам городов и миграции' },
        },
      });
    expect(created.status).toBe(201);
    expect(created.body.languages).toEqual(['ar', 'zh', 'ru', 'en', 'fr', 'es']);
    expect(created.body.translations.city.ar).toBe('مشلن');
    expect(created.body.translations.hosts.ar).toEqual(['مدينة مشلن']);
    const patched = await t.http
      .patch(`/api/v1/conferences/${created.body.id}`)
      .set(admin.auth)
      .send({ translations: { city: { zh: '梅赫伦' } } });
    expect(patched.status).toBe(200);
    expect(patched.body.translations).toEqual({ city: { zh: '梅赫伦' } });
  });

  it.each([
    [
      'a translation in a language Agora does not offer',
      { translations: { city: { de: 'Mecheln' } } },
    ],
    ['a translated field that does not exist', { translations: { slug: { fr: 'x' } } }],
    ['hosts as one text', { translations: { hosts: { fr: 'Ville de Malines' } } }],
  ])('refuses %s with 400 naming translations', async (_name, overrides) => {
    const res = await t.http
      .post('/api/v1/conferences')
      .set(admin.auth)
      .send({ ...CONFERENCE_BODY, slug: 'bad-translations', ...overrides });
    expect(res.status).toBe(400);
    expect(String(res.body.message)).toMatch(/translations/);
  });

  it.each([
    ['unknown framework', { framework: 'sdg' }, /^framework/],
    ['ends before it starts', { startsOn: '2017-11-17', endsOn: '2017-11-16' }, /^endsOn/],
    ['bad date', { startsOn: '16/11/2017' }, /^startsOn/],
    ['unknown language', { languages: ['en', 'de'] }, /^languages/],
    ['no language', { languages: [] }, /^languages/],
    ['bad time zone', { timezone: 'Mars/Olympus' }, /^timezone/],
    [
      'adoption share above 1',
      { adoptionRule: { minVotes: 5, minSupportShare: 1.5 } },
      /^adoptionRule\.minSupportShare/,
    ],
    ['an adoption rule that is a list', { adoptionRule: [] }, /^adoptionRule must be an object/],
    ['an extra field', { hosts: ['x'] }, /property hosts should not exist/],
  ])('refuses %s with 400 naming the field', async (_name, overrides, field) => {
    const res = await t.http
      .post('/api/v1/conferences')
      .set(admin.auth)
      .send({ ...CONFERENCE_BODY, slug: `bad-${Date.now()}`, ...overrides });
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(expect.arrayContaining([expect.stringMatching(field)]));
  });

  it('lets delegates read only their own conference, and not write', async () => {
    const mine = await createConference(t.http, admin);
    const other = await createConference(t.http, admin);
    const delegate = await createAndSignIn(t.http, admin, { conferenceId: mine.id });
    expect((await t.http.get(`/api/v1/conferences/${mine.id}`).set(delegate.auth)).status).toBe(
      200,
    );
    expect((await t.http.get(`/api/v1/conferences/${other.id}`).set(delegate.auth)).status).toBe(
      404,
    );
    expect(
      (await t.http.get('/api/v1/conferences').set(delegate.auth)).body.map(
        (c: { id: string }) => c.id,
      ),
    ).toEqual([mine.id]);
    expect(
      (await t.http.post('/api/v1/conferences').set(delegate.auth).send(CONFERENCE_BODY)).status,
    ).toBe(403);
    expect(
      (
        await t.http
          .patch(`/api/v1/conferences/${mine.id}`)
          .set(delegate.auth)
          .send({ title: 'Mine now' })
      ).status,
    ).toBe(403);
  });

  it('names the service’s own refusals as rules too: framework, dates, time zone', async () => {
    const res = await t.http
      .post('/api/v1/conferences')
      .set(admin.auth)
      .send({
        ...CONFERENCE_BODY,
        slug: 'bad-dates',
        framework: 'no-such-framework',
        startsOn: '2017-11-17',
        endsOn: '2017-11-16',
        timezone: 'Europe/Nowhere',
      });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('endsOn must not be before startsOn');
    expect(res.body.problems).toEqual([
      expect.objectContaining({
        field: 'framework',
        rule: 'isIn',
        params: { values: expect.arrayContaining(['gcm-objectives']) },
      }),
      expect.objectContaining({ field: 'endsOn', rule: 'notBeforeStart' }),
      expect.objectContaining({ field: 'timezone', rule: 'isTimeZone' }),
    ]);
  });

  it('refuses a second conference with the same slug', async () => {
    await createConference(t.http, admin, { slug: 'same-slug' });
    const res = await t.http
      .post('/api/v1/conferences')
      .set(admin.auth)
      .send({ ...CONFERENCE_BODY, slug: 'same-slug' });
    expect(res.status).toBe(409);
  });
});
