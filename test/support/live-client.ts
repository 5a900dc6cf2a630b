import { io } from 'socket.io-client';
import type { LiveSocket } from '../../src/contract/live-session';
import type { SequencedEventName, ServerToClientEvents } from '#contract';

/** A real socket.io client on `/live`, connected (or rejected) before it is returned. */
export function connectLive(
  url: string,
  token: string | undefined,
  options: { reconnection?: boolean; reconnectionDelay?: number; origin?: string } = {},
): Promise<LiveSocket> {
  const socket: LiveSocket = io(`${url}/live`, {
    auth: token === undefined ? {} : { token },
    transports: ['websocket'],
    reconnection: options.reconnection ?? true,
    reconnectionDelay: options.reconnectionDelay ?? 50,
    reconnectionDelayMax: Math.max(200, options.reconnectionDelay ?? 0),
    forceNew: true,
    ...(options.origin ? { extraHeaders: { origin: options.origin } } : {}),
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

export interface Recorded {
  name: SequencedEventName | 'presence';
  payload: { seq?: number } & Record<string, unknown>;
}

/** Records every room event a socket receives, in arrival order. */
export function record(socket: LiveSocket): Recorded[] {
  const seen: Recorded[] = [];
  const names: Array<keyof ServerToClientEvents> = [
    'recommendation:created',
    'recommendation:updated',
    'comment:created',
    'comment:hidden',
    'tally:updated',
    'session:updated',
    'speakers:updated',
    'presence',
  ];
  for (const name of names)
    socket.on(name, (payload: Recorded['payload']) => seen.push({ name, payload }));
  return seen;
}

/**
 * Resolves when `condition` holds, checked after each event the socket receives has reached every
 * listener (socket.io-client calls onAny listeners before the event's own, so recorders run
 * first; no fixed sleeps). Works for the session room's typed socket and a draft room's alike.
 */
export function waitUntil(
  socket: Pick<LiveSocket, 'onAny' | 'offAny'>,
  condition: () => boolean,
  timeoutMs = 15_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (condition()) return resolve();
    const listener = () =>
      setImmediate(() => {
        if (!condition()) return;
        cleanup();
        resolve();
      });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error('condition not reached in time'));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      socket.offAny(listener);
    };
    socket.onAny(listener);
  });
}
