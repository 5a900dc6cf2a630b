import { ENDPOINTS, type EndpointKey } from '#contract';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The client calls the server only through the contract's endpoint table (packages/contract/
 * src/endpoints.ts). Every route of that table must be one the server serves, with that method:
 * the server's own OpenAPI document is the list, so a route renamed or dropped on the server
 * fails here before a browser meets a 404.
 */
describe('the endpoint table of the contract', () => {
  let t: TestApp;
  let served: Set<string>;

  beforeAll(async () => {
    t = await startTestApp();
    const res = await t.http.get('/api/docs/json').expect(200);
    const paths = (res.body as { paths: Record<string, Record<string, unknown>> }).paths;
    served = new Set(
      Object.entries(paths).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${shape(path)}`),
      ),
    );
  });
  afterAll(() => t.close());

  /** `/api/v1/sessions/{sessionId}` and `/sessions/:id` both become `/sessions/{}`. */
  function shape(path: string): string {
    return path
      .replace(/^\/api\/v1/, '')
      .replace(/\{[^}]+\}/g, '{}')
      .replace(/:[A-Za-z]+/g, '{}');
  }

  it('names only routes the server serves', () => {
    const keys = Object.keys(ENDPOINTS) as EndpointKey[];
    expect(keys.length).toBeGreaterThan(60);
    const missing = keys.filter((key) => {
      const [method, path] = key.split(' ');
      return !served.has(`${method} ${shape(path)}`);
    });
    expect(missing).toEqual([]);
  });

  it('reads the server routes it compares with', () => {
    // Guards the test itself: if the document were empty, every key would be "missing".
    expect(served.has('GET /sessions/{}')).toBe(true);
    expect(served.has('PUT /recommendations/{}/vote')).toBe(true);
  });
});
