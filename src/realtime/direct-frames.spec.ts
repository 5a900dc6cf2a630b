import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Namespace, type Socket as ServerSocket } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import { sendBroadcastFramesDirectly } from './direct-frames';
import { rawJsonParser } from './raw-json';

describe('sendBroadcastFramesDirectly', () => {
  let http: HttpServer;
  let server: Server;
  let live: Namespace;
  let url: string;
  const clients: Socket[] = [];
  /** Engine.io packets made for messages (a broadcast written directly makes none). */
  let enginePackets = 0;

  beforeEach(async () => {
    http = createServer();
    server = new Server(http, {
      transports: ['websocket', 'polling'],
      perMessageDeflate: false,
      parser: rawJsonParser,
      connectionStateRecovery: { maxDisconnectionDuration: 10_000, skipMiddlewares: false },
    });
    live = server.of('/live');
    sendBroadcastFramesDirectly(live);
    enginePackets = 0;
    live.on('connection', (socket) => {
      void socket.join('room');
      socket.conn.on('packetCreate', (packet: { type: string }) => {
        if (packet.type === 'message') enginePackets++;
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/live`;
  });

  afterEach(async () => {
    clients.splice(0).forEach((client) => client.close());
    await new Promise<void>((resolve) => void server.close(() => resolve()));
  });

  async function connect(transports: string[] = ['websocket']): Promise<Socket> {
    const client = io(url, { transports, forceNew: true });
    clients.push(client);
    await new Promise<void>((resolve) => client.once('connect', () => resolve()));
    return client;
  }

  const serverSocket = (client: Socket): ServerSocket => live.sockets.get(client.id!)!;

  function received(client: Socket, count: number): Promise<unknown[]> {
    const got: unknown[] = [];
    return new Promise((resolve) =>
      client.on('e', (value: unknown) => {
        got.push(value);
        if (got.length === count) resolve(got);
      }),
    );
  }

  it("writes a room broadcast to a websocket screen without engine.io, in order with the socket's own messages", async () => {
    const client = await connect();
    const own = serverSocket(client);
    const got = received(client, 30);
    const packetsBefore = enginePackets;
    const expected: unknown[] = [];
    for (let i = 0; i < 20; i++) {
      live.to('room').emit('e', { broadcast: i });
      expected.push({ broadcast: i });
      if (i % 2 === 0) {
        // With connection state recovery socket.io sends these through the adapter as well.
        own.emit('e', `own ${i}`);
        expected.push(`own ${i}`);
      }
    }
    expect(await got).toEqual(expected);
    expect(enginePackets - packetsBefore).toBe(0);
  });

  it('leaves a broadcast to engine.io behind packets it still holds, so nothing is reordered', async () => {
    const client = await connect();
    const own = serverSocket(client);
    const order: string[] = [];
    let heldByEngine = 0;
    client.on('e', (value: string) => order.push(value));
    own.on('ask', (ack: (answer: string) => void) => {
      // As when its previous write has not completed: engine.io keeps what it is given.
      const transport = own.conn.transport as unknown as { writable: boolean };
      transport.writable = false;
      ack('answer'); // an acknowledgement always goes through engine.io
      live.to('room').emit('e', 'broadcast after it');
      heldByEngine = (own.conn as unknown as { writeBuffer: unknown[] }).writeBuffer.length;
      transport.writable = true;
      (own.conn as unknown as { flush(): void }).flush();
    });
    const both = new Promise<void>((resolve) => client.once('e', () => resolve()));
    client.emit('ask', (answer: string) => order.push(answer));
    await both;
    expect(heldByEngine).toBe(2);
    expect(order).toEqual(['answer', 'broadcast after it']);
  });

  it('sends through engine.io to a long-polling client', async () => {
    const client = await connect(['polling']);
    const got = received(client, 2);
    live.to('room').emit('e', 1);
    live.to('room').emit('e', 2);
    expect(await got).toEqual([1, 2]);
  });

  it('keeps connection state recovery: a screen that drops gets the broadcasts it missed', async () => {
    const client = await connect();
    const first = received(client, 1);
    live.to('room').emit('e', 'before');
    await first;
    const id = client.id;
    const gone = new Promise((resolve) => serverSocket(client).once('disconnect', resolve));
    // Drop the transport (not a clean disconnect): the client reconnects with its last offset.
    (client.io.engine as unknown as { close(): void }).close();
    await gone;
    live.to('room').emit('e', 'missed');
    const missed = new Promise<unknown>((resolve) => client.once('e', resolve));
    client.connect();
    expect(await missed).toBe('missed');
    expect(client.recovered).toBe(true);
    expect(client.id).toBe(id);
  });
});
