import { request as httpRequest } from 'node:http';
import { signInAdmin, type SignedIn } from '../support/actors';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * A request whose headers declare `length` bytes, of which none is sent: an answer proves the
 * server decided without reading (let alone parsing) the body. (Sending part of it would make
 * the server's close reset the connection, which can swallow the answer.)
 */
function declaredBody(
  url: string,
  path: string,
  length: number,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(length), ...headers },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms: Date.now() - started }));
    });
    req.on('error', reject);
    req.flushHeaders();
  });
}

/** A body sent in chunks, with no Content-Length: the status of the answer. */
function chunkedBody(url: string, path: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (!['ECONNRESET', 'EPIPE'].includes(error.code ?? '')) reject(error);
    });
    for (let i = 0; i < body.length; i += 4096) req.write(body.slice(i, i + 4096));
    req.end();
  });
}

describe('request bodies are read only within limits, large ones only with a token', () => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestApp({ listen: true });
    admin = await signInAdmin(t.http);
  });
  afterAll(() => t.close());

  it('refuses anonymous 49 MB bodies to the conference import unread (413 at once), /health answering', async () => {
    const floods = Array.from({ length: 4 }, () =>
      declaredBody(t.url, '/api/v1/conferences/import', 49 * 1024 * 1024),
    );
    const forged = declaredBody(t.url, '/api/v1/conferences/import', 49 * 1024 * 1024, {
      Authorization: `Bearer ${admin.token.slice(0, -4)}AAAA`,
    });
    const health = Date.now();
    expect((await t.http.get('/health')).status).toBe(200);
    expect(Date.now() - health).toBeLessThan(1000);
    for (const res of [...(await Promise.all(floods)), await forged]) {
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ statusCode: 413 });
      expect(res.ms).toBeLessThan(2000);
    }
  });

  it('keeps anonymous bodies small: a sign-in body over 16 kB is 413, a normal one is read', async () => {
    const big = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'someone@agora.test', password: 'x'.repeat(20 * 1024) });
    expect(big.status).toBe(413);
    // Without a declared length the parser stops reading at the limit.
    const chunked = await chunkedBody(
      t.url,
      '/api/v1/auth/login',
      JSON.stringify({ email: 'someone@agora.test', password: 'y'.repeat(20 * 1024) }),
    );
    expect(chunked).toBe(413);
    const normal = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'someone@agora.test', password: 'wrong-code' });
    expect(normal.status).toBe(401);
  });

  it('applies BODY_LIMIT_BYTES to every content type, text/plain and CSV too (413)', async () => {
    const overLimit = 'x'.repeat(t.config.bodyLimitBytes + 1);
    for (const type of ['text/plain', 'text/csv', 'application/json', 'application/octet-stream']) {
      const res = await t.http
        .post('/api/v1/conferences')
        .set(admin.auth)
        .set('Content-Type', type)
        .send(type === 'application/json' ? JSON.stringify({ title: overLimit }) : overLimit);
      expect({ type, status: res.status }).toEqual({ type, status: 413 });
    }
    // The participant import keeps its larger CSV limit (with a token): read, and judged line
    // by line (bad emails here, so nothing is created).
    const lines = ['name,email,organisation,constituency,country,role'];
    for (let i = 0; lines.join('\n').length < t.config.bodyLimitBytes + 10_000; i++)
      lines.push(`Delegate ${i},not-an-email-${i},Org,academia,BE,delegate`);
    const csv = await t.http
      .post('/api/v1/participants/import')
      .set(admin.auth)
      .set('Content-Type', 'text/csv')
      .send(lines.join('\n'));
    expect(csv.status).toBe(200);
    expect(csv.body.errors).toHaveLength(lines.length - 1);
  });
});
