import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL = '\0agora-engine-io-transports';
const OTHER_TRANSPORTS =
  /[\\/]engine\.io-client[\\/]build[\\/]esm[\\/]transports[\\/](polling|polling-xhr|polling-fetch|webtransport)\.js$/;

/**
 * Leaves HTTP long-polling and WebTransport out of the bundled socket.io client. The app connects
 * with `transports: ['websocket']` only (src/live/connection.ts, features/drafts/draft-socket.ts:
 * polling would need sticky sessions behind a load balancer), but engine.io-client's Socket
 * imports its table of every transport, which tree-shaking cannot drop (about 2 KB gzipped a
 * delegate's phone would download for nothing). engine.io-client's own SocketWithoutUpgrade is
 * meant for this; socket.io-client's Manager always builds the full Socket, so the table itself
 * is replaced here by one that names the WebSocket transport only. Asking for another transport
 * would fail at once, in every test that connects.
 */
export function websocketOnly(): Plugin {
  let websocket = '';
  return {
    name: 'agora-websocket-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './transports/index.js' || !importer) return null;
      if (!/[\\/]engine\.io-client[\\/]build[\\/]esm[\\/]/.test(importer)) return null;
      // The browser build of the WebSocket transport (package.json's "browser" field maps the
      // .node.js one to it).
      websocket = join(dirname(importer), 'transports', 'websocket.js');
      return VIRTUAL;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      return `import { WS } from ${JSON.stringify(websocket)};\nexport const transports = { websocket: WS };\n`;
    },
    // The other transports' modules are still reached through engine.io-client's index (its
    // re-exports), and polling-xhr.js runs a probe at load: declared free of side effects, they
    // go with their unused exports (2.4 KB gzipped less, measured with src/live/socket-io.ts).
    transform(code, id) {
      if (!OTHER_TRANSPORTS.test(id)) return null;
      return { code, moduleSideEffects: false };
    },
  };
}
