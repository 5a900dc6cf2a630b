import type TestAgent from 'supertest/lib/agent';
import type { DraftView } from '#contract';
import { createAndSignIn, type SignedIn } from '../support/actors';
import { scenario, type Scenario } from '../support/scenario';

export interface DraftRoom extends Scenario {
  chair: SignedIn;
  draft: DraftView;
}

export const api = (path: string): string => `/api/v1${path}`;

export function expectStatus(res: { status: number; body: unknown }, status: number): void {
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
}

/** A conference with delegates, an observer, a chair (moderator) and a blank draft chaired by them. */
export async function draftRoom(
  http: TestAgent,
  options: { delegates?: number; conferenceOverrides?: Record<string, unknown> } = {},
): Promise<DraftRoom> {
  const s = await scenario(http, options);
  const chair = await createAndSignIn(http, s.admin, {
    role: 'moderator',
    conferenceId: s.conferenceId,
    name: 'Chair',
  });
  const res = await http
    .post(api(`/conferences/${s.conferenceId}/drafts`))
    .set(s.admin.auth)
    .send({ title: 'Mechelen Declaration', language: 'en', chairIds: [chair.id] });
  expectStatus(res, 201);
  return { ...s, chair, draft: res.body as DraftView };
}

/** Adds paragraphs in order (each after the previous one) as `actor`; returns their ids. */
export async function addParagraphs(
  http: TestAgent,
  actor: SignedIn,
  draftId: string,
  paragraphs: Array<{ kind: string; text: string; alternatives?: string[] }>,
  afterId?: string,
): Promise<string[]> {
  const ids: string[] = [];
  let after = afterId;
  for (const p of paragraphs) {
    const res = await http
      .post(api(`/drafts/${draftId}/paragraphs`))
      .set(actor.auth)
      .send({ ...p, ...(after ? { afterId: after } : {}) });
    expectStatus(res, 201);
    ids.push(res.body.id);
    after = res.body.id;
  }
  return ids;
}

export async function getDraft(http: TestAgent, actor: SignedIn, id: string): Promise<DraftView> {
  const res = await http.get(api(`/drafts/${id}`)).set(actor.auth);
  expectStatus(res, 200);
  return res.body as DraftView;
}

export const SAMPLE = [
  { kind: 'preambular', text: 'Recognising that migration is a local reality,' },
  { kind: 'heading', text: 'Access to basic services' },
  { kind: 'operative', text: 'Cities commit to ensure access to health care for all migrants.' },
  { kind: 'operative', text: 'Service providers shall not be required to report status.' },
];

/** Compiles the conference's closed sessions into an outcome-document version. */
export async function compile(
  http: TestAgent,
  admin: SignedIn,
  conferenceId: string,
): Promise<{ id: string }> {
  const res = await http
    .post(api(`/conferences/${conferenceId}/reports`))
    .set(admin.auth)
    .send({});
  expectStatus(res, 201);
  return res.body as { id: string };
}

export interface Download {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  message: unknown;
}

/** A GET whose answer is kept as raw bytes (files), with the error message when it failed. */
export async function downloadFile(
  http: TestAgent,
  actor: SignedIn,
  path: string,
): Promise<Download> {
  const res = await http
    .get(api(path))
    .set(actor.auth)
    .buffer(true)
    .parse((response, callback) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  const body = res.body as Buffer;
  let message: unknown = null;
  if (res.status >= 400) message = JSON.parse(body.toString('utf8')).message;
  return { status: res.status, headers: res.headers, body, message };
}

/** Polls `read` until `done` holds (bounded): for outcomes the server reaches on its own clock. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
