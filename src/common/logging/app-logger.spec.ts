import { AppLogger } from './app-logger';

/** What the logger wrote to stdout and stderr while `run` ran. */
function capture(run: () => void): string[] {
  const written: string[] = [];
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const grab = (chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  };
  process.stdout.write = grab;
  process.stderr.write = grab;
  try {
    run();
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
  return written.join('').split('\n').filter(Boolean);
}

describe('AppLogger', () => {
  it('writes short readable lines in the pretty format, objects as key=value', () => {
    const logger = new AppLogger('pretty', 'info', false);
    const lines = capture(() => {
      logger.log('Loaded the demo', 'Demo');
      logger.warn('Something to look at', 'Demo');
      logger.log({ method: 'GET', path: '/health', status: 200, participantId: undefined }, 'HTTP');
    });
    expect(lines).toEqual([
      expect.stringMatching(/^\d\d:\d\d:\d\d info {2}\[Demo\] Loaded the demo$/),
      expect.stringMatching(/^\d\d:\d\d:\d\d warn {2}\[Demo\] Something to look at$/),
      expect.stringMatching(
        /^\d\d:\d\d:\d\d info {2}\[HTTP\] method=GET path=\/health status=200$/,
      ),
    ]);
  });

  it('colours the level only when asked to (a terminal)', () => {
    const plain = capture(() =>
      new AppLogger('pretty', 'info', false).error('Boom', undefined, 'X'),
    );
    const coloured = capture(() =>
      new AppLogger('pretty', 'info', true).error('Boom', undefined, 'X'),
    );
    expect(plain.join('')).not.toContain('\x1b[');
    expect(coloured.join('')).toContain('\x1b[');
  });

  it('writes one JSON object per line in the json format', () => {
    const [line] = capture(() =>
      new AppLogger('json', 'info', false).log('Started', 'NestApplication'),
    );
    expect(JSON.parse(line)).toMatchObject({
      level: 'log',
      message: 'Started',
      context: 'NestApplication',
    });
  });

  it("demotes Nest's wiring lines (modules, routes, socket messages) to debug", () => {
    const wiring = (logger: AppLogger) =>
      capture(() => {
        logger.log('AppModule dependencies initialized', 'InstanceLoader');
        logger.log('Mapped {/api/v1/frameworks, GET} route', 'RouterExplorer');
        logger.log('FrameworksController {/api/v1/frameworks}:', 'RoutesResolver');
        logger.log('LiveGateway subscribed to the "vote:cast" message', 'WebSocketsController');
      });
    expect(wiring(new AppLogger('pretty', 'info', false))).toEqual([]);
    expect(wiring(new AppLogger('json', 'info', false))).toEqual([]);
    const debug = wiring(new AppLogger('pretty', 'debug', false));
    expect(debug).toHaveLength(4);
    expect(debug[1]).toMatch(/ debug \[RouterExplorer\] Mapped/);
  });
});
