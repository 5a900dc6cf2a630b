import { Injectable } from '@nestjs/common';
import { LiveEmitter } from './live-emitter';
import { sessionRoom } from './room';

const PRESENCE_INTERVAL_MS = 1000;

/**
 * `presence {sessionId, connected}`: how many participants are in a session's room, sent at most
 * once a second per session (a room of a thousand screens joining must not cost a million messages).
 */
@Injectable()
export class Presence {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly live: LiveEmitter) {}

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
    const sockets = (await this.live.server?.in(sessionRoom(sessionId)).fetchSockets()) ?? [];
    return new Set(sockets.map((s) => s.data.actor.id)).size;
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
