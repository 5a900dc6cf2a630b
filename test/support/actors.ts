import type TestAgent from 'supertest/lib/agent';
import { ADMIN } from './test-app';

export interface SignedIn {
  id: string;
  token: string;
  email: string;
  /** The access code or password signed in with. */
  password: string;
  auth: { Authorization: string };
}

export async function signIn(http: TestAgent, email: string, password: string): Promise<SignedIn> {
  const res = await http.post('/api/v1/auth/login').send({ email, password });
  if (res.status !== 200)
    throw new Error(`sign-in of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return {
    id: res.body.participant.id,
    token: res.body.accessToken,
    email,
    password,
    auth: { Authorization: `Bearer ${res.body.accessToken}` },
  };
}

export function signInAdmin(http: TestAgent): Promise<SignedIn> {
  return signIn(http, ADMIN.email, ADMIN.password);
}

let counter = 0;

export interface NewParticipant {
  role?: 'delegate' | 'moderator' | 'secretariat' | 'observer';
  constituency?: string;
  country?: string;
  conferenceId?: string;
  name?: string;
}

/** Creates a participant through the API as the secretariat, and signs them in. */
export async function createAndSignIn(
  http: TestAgent,
  secretariat: SignedIn,
  p: NewParticipant = {},
): Promise<SignedIn> {
  counter++;
  const email = `p${counter}-${Date.now()}@agora.test`;
  const res = await http
    .post('/api/v1/participants')
    .set(secretariat.auth)
    .send({
      name: p.name ?? `Participant ${counter}`,
      email,
      organisation: 'Test organisation',
      constituency: p.constituency ?? 'local_government',
      country: p.country ?? 'BE',
      role: p.role ?? 'delegate',
      ...(p.conferenceId ? { conferenceId: p.conferenceId } : {}),
    });
  if (res.status !== 201)
    throw new Error(`creating participant failed: ${res.status} ${JSON.stringify(res.body)}`);
  return signIn(http, email, res.body.accessCode);
}

export const CONFERENCE_BODY = {
  title: 'Global Conference on Cities and Migration',
  city: 'Mechelen',
  country: 'BE',
  startsOn: '2017-11-16',
  endsOn: '2017-11-17',
  framework: 'gcm-objectives',
  languages: ['en', 'fr', 'es'],
  targetProcess: 'GCM stocktaking, Puerto Vallarta, December 2017',
};

export async function createConference(
  http: TestAgent,
  secretariat: SignedIn,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const res = await http
    .post('/api/v1/conferences')
    .set(secretariat.auth)
    .send({ ...CONFERENCE_BODY, slug: `conf-${++counter}-${Date.now()}`, ...overrides });
  if (res.status !== 201)
    throw new Error(`creating conference failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
