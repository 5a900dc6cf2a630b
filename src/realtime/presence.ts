import { Injectable } from '@nestjs/common';
import { LiveEmitter } from './live-emitter';
import type { LiveNamespace } from './live-socket';
import { sessionRoom } from './room';

const PRESENCE_INTERVAL_MS = 1000;
/** What an instance asks the others of its cluster: their participants in a room. */
const PARTICIPANTS_QUERY = 'presence:participants';

/**
 * `presence {sessionId, connected}`: how many participants are in a session's room, sent at most
 * once a second per session (a room of a thousand screens joining must not cost a million messages).
 *
 * Counted from each instance's own sockets, and, with several instances, from the participant ids
 * the others answer (a participant with sockets on two instances counts once). Not fetchSockets():
 * with a cluster adapter that has every other instance send every socket of the room, handshake
 * and data included — at a thousand screens about a megabyte, which the PostgreSQL adapter writes
 * to its attachments table, reads back and decodes, for one number (profiled in issue 13's
 * two-instance bench). The ids alone are what the count needs.
 */
@Injectable()
export class Presence {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly live: LiveEmitter) {}

  /** Answers the other instances' questions (called once the `/live` namespace exists). */
  answerPeers(namespace: LiveNamespace): void {
    namespace.on(PARTICIPANTS_QUERY, (room, answer) => answer(localParticipants(namespace, room)));
  }

  changed(sessionId: string): void {
    if (this.timers.has(sessionId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(sessionId);
      void this.send(sessionId);
    }, PRESENCE_INTERVAL_MS);
    timer.unref();
    this.timers.set(sessionId, timer);
  }

  async count(sessionId: string): Promise<number> {
    const namespace = this.live.server;
    if (!namespace) return 0;
    const room = sessionRoom(sessionId);
    const ids = new Set(localParticipants(namespace, room));
    // The in-memory adapter (one instance) counts 1 and cannot ask; a cluster adapter's answers
    // come within its request timeout, or the question fails (as fetchSockets() did).
    if ((await namespace.adapter.serverCount()) > 1)
      for (const answer of await namespace.serverSideEmitWithAck(PARTICIPANTS_QUERY, room))
        for (const id of answer) ids.add(id);
    return ids.size;
  }

  private async send(sessionId: string): Promise<void> {
    try {
      this.live.presence(sessionId, {
        sessionId,
        connected: await this.count(sessionId),
      });
    } catch {
      // Another instance did not answer (it may be stopping); the next change sends a fresh count.
    }
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}

/** The distinct participants of this instance's sockets in the room. */
function localParticipants(namespace: LiveNamespace, room: string): string[] {
  const ids = new Set<string>();
  for (const socketId of namespace.adapter.rooms.get(room) ?? []) {
    const socket = namespace.sockets.get(socketId);
    if (socket) ids.add(socket.data.actor.id);
  }
  return [...ids];
}
