import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { scenario, type Scenario } from '../support/scenario';
import { startTestApp, type TestApp } from '../support/test-app';

/** The secretariat corrects a session's details: `PATCH /sessions/:id`. */
describe('editing a session', () => {
  let t: TestApp;
  let s: Scenario;
  const api = (path: string) => `/api/v1${path}`;

  beforeAll(async () => {
    t = await startTestApp();
    s = await scenario(t.http, { delegates: 1 });
  });
  afterAll(() => t.close());

  it('changes title, times, room, description and translated titles, audited', async () => {
    const res = await t.http
      .patch(api(`/sessions/${s.sessionId}`))
      .set(s.admin.auth)
      .send({
        title: 'Led discussion: the role of local actors',
        startsAt: '2017-11-16T10:00:00Z',
        endsAt: '2017-11-16T11:30:00Z',
        room: 'Room B',
        description: 'How cities take part in the Global Compact.',
        translations: {
          title: {
            fr: ' Le rôle des acteurs locaux ',
            es: 'El papel de los actores locales',
            ru: '',
          },
        },
      });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      title: 'Led discussion: the role of local actors',
      startsAt: '2017-11-16T10:00:00.000Z',
      endsAt: '2017-11-16T11:30:00.000Z',
      room: 'Room B',
      description: 'How cities take part in the Global Compact.',
      // Trimmed; the blank Russian title is dropped (the original shows instead).
      translations: {
        title: { fr: 'Le rôle des acteurs locaux', es: 'El papel de los actores locales' },
      },
    });

    const read = await t.http.get(api(`/sessions/${s.sessionId}`)).set(s.delegates[0].auth);
    expect(read.body.translations.title.fr).toBe('Le rôle des acteurs locaux');
    const entries = await t.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: 'session.update', targetId: s.sessionId });
    expect(entries).toHaveLength(1);
  });

  it('leaves the translations alone when the body does not name them', async () => {
    const res = await t.http
      .patch(api(`/sessions/${s.sessionId}`))
      .set(s.admin.auth)
      .send({ room: 'Room C' });
    expect(res.status).toBe(200);
    expect(res.body.room).toBe('Room C');
    expect(res.body.translations.title.es).toBe('El papel de los actores locales');
  });

  it.each([
    [
      'an unknown language',
      { translations: { title: { xx: 'Titre' } } },
      'translations',
      'isTranslations',
    ],
    [
      'a field without translations',
      { translations: { summary: { fr: 'Résumé' } } },
      'translations',
      'isTranslations',
    ],
    [
      'a translated title too long',
      { translations: { title: { fr: 'x'.repeat(301) } } },
      'translations',
      'maxLength',
    ],
    ['an empty title', { title: '' }, 'title', 'minLength'],
    ['an end before the start', { endsAt: '2017-11-16T08:00:00Z' }, 'endsAt', 'afterStart'],
  ])('refuses %s with a 400 naming the field', async (_, body, field, rule) => {
    const res = await t.http
      .patch(api(`/sessions/${s.sessionId}`))
      .set(s.admin.auth)
      .send(body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(res.body.message)).toContain(field);
    if (rule) expect(res.body.problems).toContainEqual(expect.objectContaining({ field, rule }));
  });

  it('names a moderator who cannot moderate by the rule, with their name and role', async () => {
    const delegate = s.delegates[0];
    const res = await t.http
      .put(api(`/sessions/${s.sessionId}/moderators`))
      .set(s.admin.auth)
      .send({ participantIds: [s.moderator.id, delegate.id] });
    expect(res.status).toBe(400);
    expect(res.body.problems).toEqual([
      {
        field: 'participantIds.1',
        rule: 'notModerator',
        params: { name: expect.any(String), role: 'delegate' },
        message: 'participantIds.1 must be a moderator or secretariat account (is delegate)',
      },
    ]);
  });

  it('takes translations when the session is created too', async () => {
    const res = await t.http
      .post(api(`/conferences/${s.conferenceId}/sessions`))
      .set(s.admin.auth)
      .send({
        title: 'Closing plenary',
        kind: 'plenary',
        startsAt: '2017-11-17T16:00:00Z',
        endsAt: '2017-11-17T17:00:00Z',
        translations: { title: { ar: 'الجلسة العامة الختامية' } },
      });
    expect(res.status).toBe(201);
    expect(res.body.translations).toEqual({ title: { ar: 'الجلسة العامة الختامية' } });
  });

  it('is the secretariat’s: a moderator gets 403', async () => {
    const res = await t.http
      .patch(api(`/sessions/${s.sessionId}`))
      .set(s.moderator.auth)
      .send({ room: 'Room D' });
    expect(res.status).toBe(403);
  });
});
