import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { signInAdmin, type SignedIn } from '../support/actors';
import { startTestApp, type TestApp } from '../support/test-app';
import { conferenceWithActivity } from './activity';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const TABLES = [
  'conferences',
  'participants',
  'sessions',
  'recommendations',
  'votes',
  'audit_entries',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value in the document (objects and arrays included), as key lists. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value)
    ? value.flatMap((v, i) => paths(v, [...prefix, i]))
    : Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]));
  return [prefix, ...children];
}

/**
 * A valid export, broken at random places (a field deleted, nulled, retyped, pointed at another
 * record's id, a list emptied…): the import answers 201, 400 or 409 — never a 5xx — and when it
 * does not answer 201, nothing of the document is stored. Each run gets fresh ids, emails and
 * slug, so one run's successful import does not turn the next ones into plain 409s.
 */
describe('conference import with broken documents', () => {
  let source: TestApp;
  let target: TestApp;
  let admin: SignedIn;
  let exported: string;

  beforeAll(async () => {
    source = await startTestApp();
    target = await startTestApp();
    const a = await conferenceWithActivity(source.http);
    const res = await source.http
      .get(`/api/v1/conferences/${a.conferenceId}/export`)
      .set(a.admin.auth);
    exported = res.text;
    admin = await signInAdmin(target.http);
  }, 60_000);
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const table of TABLES)
      out[table] = Number(
        (await target.dataSource.query(`SELECT COUNT(*) AS "n" FROM "${table}"`))[0].n,
      );
    return out;
  }

  function fresh(run: number): Json {
    const renamed = new Map<string, string>();
    const text = exported
      .replace(UUID, (id) => renamed.get(id) ?? renamed.set(id, randomUUID()).get(id)!)
      .replace(/@agora\.test/g, `@run${run}.agora.test`)
      .replace(/"slug":"([^"]+)"/, `"slug":"$1-run${run}"`);
    return JSON.parse(text) as Json;
  }

  it('never fails with a 5xx and stores nothing from a refused document', async () => {
    let run = 0;
    const replacement = fc.oneof(
      fc.constant<Json | undefined>(undefined),
      fc.constant<Json>(null),
      fc.constant<Json>([]),
      fc.constant<Json>({}),
      fc.string({ maxLength: 20 }),
      fc.integer({ min: -5, max: 1_000_000 }),
      fc.boolean(),
      // An id of another record of the same document, or of a row already in the database.
      fc.nat().map((n): Json => ({ sameDocument: n })),
      fc.constant<Json>(admin.id),
      fc.uuid(),
    );
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 3 }),
        async (mutations) => {
          const doc = fresh(++run);
          const own = [...new Set(JSON.stringify(doc).match(UUID))];
          for (const [pick, chosen] of mutations) {
            const tag = chosen as { sameDocument?: number } | undefined;
            const value =
              tag && typeof tag === 'object' && 'sameDocument' in tag
                ? own[tag.sameDocument! % own.length]
                : chosen;
            const all = paths(doc).filter((p) => p.length > 0);
            const path = all[pick % all.length];
            const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as never)[key], doc);
            const key = path[path.length - 1];
            if (value === undefined) {
              if (Array.isArray(parent)) parent.splice(key as number, 1);
              else delete (parent as Record<string, Json>)[key];
            } else (parent as Record<string | number, Json>)[key] = value;
          }
          const before = await counts();
          const res = await target.http
            .post('/api/v1/conferences/import')
            .set(admin.auth)
            .send(doc as object);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect([201, 400, 409]).toContain(res.status);
          if (res.status !== 201) expect(await counts()).toEqual(before);
        },
      ),
      { numRuns: 100 },
    );
    // Most broken documents are refused; the property ran on both sides of the line.
    expect(statuses.get(400)).toBeGreaterThan(0);
  }, 120_000);
});
