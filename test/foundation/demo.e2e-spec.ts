import { DEMO_ACCESS_CODE, DEMO_ACCOUNTS, demoEmail } from '../../src/demo/demo-accounts';
import { signIn } from '../support/actors';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the Mechelen 2017 demo (DEMO=1)', () => {
  let t: TestApp;
  let output = '';
  const write = process.stdout.write.bind(process.stdout);

  beforeAll(async () => {
    process.stdout.write = (chunk: string) => {
      output += chunk;
      return true;
    };
    try {
      t = await startTestApp({ env: { DEMO: '1' } });
    } finally {
      process.stdout.write = write;
    }
  });
  afterAll(() => t.close());

  it('prints how to sign in', () => {
    expect(output).toContain(`access code "${DEMO_ACCESS_CODE}"`);
    expect(output).toContain(demoEmail('secretariat'));
  });

  it('loads the conference, its five sessions and the two moderators of the led discussions', async () => {
    const delegate = await signIn(t.http, demoEmail('amina.diallo'), DEMO_ACCESS_CODE);
    const conferences = await t.http.get('/api/v1/conferences').set(delegate.auth);
    expect(conferences.body).toHaveLength(1);
    expect(conferences.body[0]).toMatchObject({
      slug: 'mechelen-2017',
      title: 'Global Conference on Cities and Migration',
      city: 'Mechelen',
      country: 'BE',
      startsOn: '2017-11-16',
      framework: 'gcm-objectives',
      languages: ['en', 'fr', 'es'],
    });
    expect(conferences.body[0].translations.title.fr).toBe(
      'Conférence mondiale sur les villes et la migration',
    );

    const rows: Array<{ title: string; moderators: number }> = await t.dataSource.query(
      'SELECT s.title, (SELECT COUNT(*) FROM session_moderators m WHERE m."sessionId" = s.id) AS moderators FROM sessions s ORDER BY s."startsAt"',
    );
    expect(rows).toHaveLength(5);
    expect(
      rows.filter((r) => r.title.startsWith('Led discussion')).map((r) => Number(r.moderators)),
    ).toEqual([1, 1]);
  });

  it('creates accounts across every constituency that all sign in with the demo code', async () => {
    const constituencies = new Set(
      DEMO_ACCOUNTS.filter((a) => a.role === 'delegate').map((a) => a.constituency),
    );
    expect(constituencies.size).toBe(8);
    for (const account of DEMO_ACCOUNTS.slice(0, 4)) {
      await expect(signIn(t.http, demoEmail(account.key), DEMO_ACCESS_CODE)).resolves.toMatchObject(
        { id: expect.any(String) },
      );
    }
  });
});
