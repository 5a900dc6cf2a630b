import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintProblems } from '../support/redocly';
import { startTestApp, type TestApp } from '../support/test-app';

type Document = {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
};

/**
 * The published API description passes `redocly lint` with its recommended rules (redocly.yaml)
 * at zero errors and zero warnings (issue 21), as served by a running app at the conventional path.
 */
describe('the OpenAPI document', () => {
  let t: TestApp;
  let folder: string;
  let document: Document;

  beforeAll(async () => {
    t = await startTestApp({ listen: true });
    folder = mkdtempSync(join(tmpdir(), 'agora-openapi-'));
    const res = await fetch(`${t.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    document = (await res.json()) as Document;
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await t.close();
  });

  it('is the same at /api/docs/json, where Swagger UI reads it', async () => {
    const res = await fetch(`${t.url}/api/docs/json`);
    expect(await res.json()).toEqual(document);
  });

  it('passes redocly lint (recommended) with no problem at all', async () => {
    const file = join(folder, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    expect(await lintProblems(file)).toEqual([]);
  }, 60_000);

  it('documents the shared error body on every route, and 401 and 429 where they apply', () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThan(80);
    for (const { path, method, operation } of operations) {
      const statuses = Object.keys(operation.responses);
      expect([`${method} ${path}`, statuses]).toEqual([
        `${method} ${path}`,
        expect.arrayContaining(['429']),
      ]);
      if (path !== '/health' && path !== '/api/v1/frameworks')
        expect([`${method} ${path}`, statuses]).toEqual([
          `${method} ${path}`,
          expect.arrayContaining(['401']),
        ]);
      for (const status of statuses.filter((s) => Number(s) >= 400))
        expect(operation.responses[status]).toMatchObject({
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
        });
    }
  });
});
