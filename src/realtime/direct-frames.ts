import type { Namespace } from 'socket.io';

/** What this reaches of socket.io-adapter's Adapter (socket.io 4.8, socket.io-adapter 2.5). */
interface AdapterInternals {
  _encode?: (packet: { id?: number }, packetOpts: PacketOpts) => unknown[];
  apply?: (opts: unknown, callback: (socket: SocketInternals) => void) => void;
}

interface PacketOpts {
  volatile?: boolean;
  /** The whole WebSocket frame of the packet, computed once by the adapter (ws's Sender.frame). */
  wsPreEncodedFrame?: Buffer[];
}

/** A socket.io socket's engine.io connection, down to its TCP socket (engine.io 6, ws 8). */
interface SocketInternals {
  _anyOutgoingListeners?: unknown[];
  conn?: {
    readyState?: string;
    upgrading?: boolean;
    writeBuffer?: unknown[];
    transport?: {
      name?: string;
      socket?: {
        readyState?: number;
        _sender?: { _queue?: unknown[] };
        _socket?: { writable?: boolean; write(data: Buffer): boolean };
      };
    };
  };
}

const WS_OPEN = 1;
const patched = new WeakSet<object>();

/** Writes the frame to the socket's TCP connection, if nothing of engine.io's could come after it. */
function writeFrame(socket: SocketInternals, frame: Buffer): boolean {
  const conn = socket.conn;
  const ws = conn?.transport?.name === 'websocket' ? conn.transport.socket : undefined;
  const tcp = ws?._socket;
  // Only when engine.io holds nothing unsent for it (whatever it sent is already queued on the TCP
  // socket, so order is kept) and the connection is open on its final transport; and when nobody
  // listens to its outgoing packets. Otherwise engine.io sends it, as it would have.
  if (
    !tcp?.writable ||
    ws?.readyState !== WS_OPEN ||
    (ws._sender?._queue?.length ?? 0) > 0 ||
    conn?.readyState !== 'open' ||
    conn.upgrading ||
    (conn.writeBuffer?.length ?? 1) > 0 ||
    (socket._anyOutgoingListeners?.length ?? 0) > 0
  )
    return false;
  tcp.write(frame);
  return true;
}

/**
 * Room broadcasts written straight to each screen's TCP socket, as one frame encoded once.
 *
 * socket.io already encodes a broadcast once and frames it once (the adapter's `_encode`), but
 * then hands it to each socket's engine.io connection, which makes a packet object, buffers it,
 * emits four events, sends it through ws as two writes (frame header, then payload: a writev) and
 * waits for its callback: at 5,000 screens that per-socket work, not the payload, was the larger
 * part of a tally broadcast's CPU (profile, issue 13). Here the adapter's frame is joined into one
 * buffer once per broadcast, and each socket whose connection has nothing waiting in engine.io
 * gets it by one write to its TCP socket: the same bytes, about 40 % less CPU per socket in a
 * micro-benchmark (2,000 sockets). Sockets with packets still queued in engine.io (a slow
 * reader), on long-polling or mid-upgrade, go through engine.io as before, so nothing is
 * reordered. Broadcasts with acknowledgements, volatile ones and those socket.io cannot frame
 * once (binary) are left alone; the session-aware adapter still records each broadcast for
 * connection state recovery (it does so before encoding), and a cluster adapter's local
 * delivery goes the same way. (With recovery on, socket.io sends a socket's own events through
 * the adapter too, so they take this path; acknowledgements never do.)
 *
 * It reaches into socket.io-adapter's `_encode` and `apply`: if they are not there (another
 * socket.io), socket.io's own path is kept.
 */
export function sendBroadcastFramesDirectly(namespace: Namespace): void {
  const adapter = namespace.adapter as unknown as AdapterInternals;
  if (typeof adapter._encode !== 'function' || typeof adapter.apply !== 'function') return;
  if (patched.has(adapter)) return;
  patched.add(adapter);
  const encode = adapter._encode.bind(adapter);
  const apply = adapter.apply.bind(adapter);
  // Set by `_encode` for the `apply` that broadcast() calls right after it, synchronously.
  let frame: Buffer | null = null;
  adapter._encode = (packet, packetOpts) => {
    const encoded = encode(packet, packetOpts);
    const parts = packetOpts.wsPreEncodedFrame;
    frame =
      packet.id === undefined && !packetOpts.volatile && parts?.length
        ? parts.length === 1
          ? parts[0]
          : Buffer.concat(parts)
        : null;
    // broadcast() calls apply() next, in the same turn; should anything else ever encode, the
    // frame must not outlive the turn and be taken for another apply (fetchSockets, joins…).
    if (frame) queueMicrotask(() => (frame = null));
    return encoded;
  };
  adapter.apply = (opts, callback) => {
    const once = frame;
    frame = null;
    if (!once) return apply(opts, callback);
    apply(opts, (socket) => {
      if (!writeFrame(socket, once)) callback(socket);
    });
  };
}
