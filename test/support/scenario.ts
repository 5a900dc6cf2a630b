import type TestAgent from 'supertest/lib/agent';
import { createAndSignIn, createConference, signIn, signInAdmin, type SignedIn } from './actors';

export const CONSTITUENCIES = [
  'local_government',
  'regional_government',
  'national_government',
  'international_organisation',
  'civil_society',
  'migrant_diaspora_organisation',
  'academia',
  'private_sector',
];

export interface Scenario {
  admin: SignedIn;
  conferenceId: string;
  sessionId: string;
  moderator: SignedIn;
  delegates: SignedIn[];
  observer: SignedIn;
}

/** A conference with one scheduled session, its moderator, delegates across constituencies and an observer. */
export async function scenario(
  http: TestAgent,
  options: { delegates?: number; conferenceOverrides?: Record<string, unknown> } = {},
): Promise<Scenario> {
  const admin = await signInAdmin(http);
  const { id: conferenceId } = await createConference(http, admin, options.conferenceOverrides);
  const moderator = await createAndSignIn(http, admin, {
    role: 'moderator',
    conferenceId,
    name: 'Moderator',
  });
  const delegates: SignedIn[] = [];
  for (let i = 0; i < (options.delegates ?? 4); i++) {
    delegates.push(
      await createAndSignIn(http, admin, {
        conferenceId,
        constituency: CONSTITUENCIES[i % CONSTITUENCIES.length],
        name: `Delegate ${i}`,
      }),
    );
  }
  const observer = await createAndSignIn(http, admin, { role: 'observer', conferenceId });
  const sessionId = await createSession(http, admin, conferenceId, [moderator.id]);
  return { admin, conferenceId, sessionId, moderator, delegates, observer };
}

export async function createSession(
  http: TestAgent,
  admin: SignedIn,
  conferenceId: string,
  moderatorIds: string[] = [],
): Promise<string> {
  const res = await http.post(`/api/v1/conferences/${conferenceId}/sessions`).set(admin.auth).send({
    title: 'Led discussion: key elements for the Global Compact',
    kind: 'led_discussion',
    startsAt: '2017-11-16T09:30:00Z',
    endsAt: '2017-11-16T11:00:00Z',
    moderatorIds,
  });
  if (res.status !== 201)
    throw new Error(`creating session failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export const RECOMMENDATION = {
  title: 'Guarantee access to basic services regardless of status',
  body: 'Cities should ensure that all migrants can access health care, education and shelter.\n\nService providers should not be required to report immigration status.',
  themes: ['GCM-15'],
  governanceLevel: 'local' as const,
};

export async function submit(
  http: TestAgent,
  delegate: SignedIn,
  sessionId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const res = await http
    .post(`/api/v1/sessions/${sessionId}/recommendations`)
    .set(delegate.auth)
    .send({ ...RECOMMENDATION, ...overrides });
  if (res.status !== 201)
    throw new Error(`submit failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function transition(
  http: TestAgent,
  actor: SignedIn,
  sessionId: string,
  to: 'open' | 'lock-submissions' | 'close' | 'reopen',
): Promise<void> {
  const res = await http.post(`/api/v1/sessions/${sessionId}/${to}`).set(actor.auth);
  if (res.status !== 200)
    throw new Error(`${to} failed: ${res.status} ${JSON.stringify(res.body)}`);
}

export function vote(
  http: TestAgent,
  delegate: SignedIn,
  recommendationId: string,
  value: 'support' | 'oppose' | 'abstain',
) {
  return http
    .put(`/api/v1/recommendations/${recommendationId}/vote`)
    .set(delegate.auth)
    .send({ value });
}

/** Many delegates at once: one CSV import, then parallel sign-ins (scrypt runs on the thread pool). */
export async function manyDelegates(
  http: TestAgent,
  admin: SignedIn,
  conferenceId: string,
  count: number,
  tag = 'd',
): Promise<SignedIn[]> {
  const stamp = `${tag}${Date.now()}`;
  const lines = ['name,email,organisation,constituency,country,role'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `Delegate ${i},${stamp}-${i}@agora.test,Org ${i},${CONSTITUENCIES[i % CONSTITUENCIES.length]},BE,delegate`,
    );
  }
  const res = await http
    .post(`/api/v1/participants/import?conferenceId=${conferenceId}`)
    .set(admin.auth)
    .set('Content-Type', 'text/csv')
    .send(lines.join('\n'));
  if (res.status !== 200 || res.body.created !== count)
    throw new Error(`import failed: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  const codes: Array<{ email: string; accessCode: string }> = res.body.accessCodes;
  return Promise.all(codes.map((c) => signIn(http, c.email, c.accessCode)));
}
