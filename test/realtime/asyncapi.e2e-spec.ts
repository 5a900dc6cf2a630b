import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DraftLiveGateway } from '../../src/realtime/draft-live.gateway';
import { LiveGateway } from '../../src/realtime/live.gateway';
import { lintProblems, redocly } from '../support/redocly';

const ROOT = join(__dirname, '..', '..');
const ASYNCAPI = join(ROOT, 'docs', 'asyncapi.yaml');

interface Bundled {
  operations: Record<string, { action: 'send' | 'receive'; messages: { name: string }[] }>;
}

/** The events a contract interface declares (`'tally:updated': (event: …) => void`). */
function declaredEvents(file: string, name: string): string[] {
  const source = readFileSync(join(ROOT, 'packages', 'contract', 'src', file), 'utf8');
  const body = source.slice(source.indexOf(`export interface ${name} {`));
  return [...body.slice(0, body.indexOf('\n}')).matchAll(/^ {2}'?([a-z:]+)'?: \(event/gm)].map(
    (match) => match[1],
  );
}

/** The realtime contract as an AsyncAPI document (docs/asyncapi.yaml, issue 21). */
describe('the AsyncAPI document of /live', () => {
  let folder: string;
  let bundled: Bundled;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'agora-asyncapi-'));
    const out = join(folder, 'asyncapi.json');
    await redocly(['bundle', ASYNCAPI, '--dereferenced', '--ext', 'json', '-o', out]);
    bundled = JSON.parse(readFileSync(out, 'utf8')) as Bundled;
  }, 60_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('passes redocly lint (recommended) with no problem at all', async () => {
    expect(await lintProblems(ASYNCAPI)).toEqual([]);
  }, 60_000);

  function names(action: 'send' | 'receive'): string[] {
    const operations = Object.values(bundled.operations).filter((o) => o.action === action);
    return [...new Set(operations.flatMap((o) => o.messages.map((m) => m.name)))].sort();
  }

  it('names exactly the messages the gateways handle', () => {
    const handled = [LiveGateway.prototype, DraftLiveGateway.prototype]
      .flatMap((p) => {
        const prototype = p as unknown as Record<string, object>;
        return Object.getOwnPropertyNames(prototype).map(
          (method) => Reflect.getMetadata('message', prototype[method]) as string | undefined,
        );
      })
      .filter((name): name is string => typeof name === 'string');
    expect(handled.length).toBeGreaterThan(8);
    expect(names('send')).toEqual([...new Set(handled)].sort());
  });

  it('names exactly the events the contract declares', () => {
    const declared = [
      ...declaredEvents('events.ts', 'ServerToClientEvents'),
      ...declaredEvents('draft-events.ts', 'DraftServerToClientEvents'),
    ];
    expect(declared).toContain('presence');
    expect(names('receive')).toEqual([...new Set(declared)].sort());
  });
});
