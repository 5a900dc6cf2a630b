import { Injectable } from '@nestjs/common';
import type { DraftEvent, SequencedEvent } from '#contract';
import type { Namespace } from 'socket.io';
import type { LiveNamespace, LiveServerEvents } from './live-socket';
import { sendBroadcastFramesDirectly } from './direct-frames';
import { draftRoom, sessionRoom } from './room';

/** A `/live` event as sent: its name and its one argument, paired. */
type Sent = DraftEvent | SequencedEvent | { name: 'presence'; payload: PresencePayload };
type PresencePayload = Parameters<LiveServerEvents['presence']>[0];

/**
 * The one place that sends to rooms. The gateway hands it the `/live` namespace at start-up;
 * broadcasters call it and never touch socket.io themselves.
 */
@Injectable()
export class LiveEmitter {
  private namespace: LiveNamespace | null = null;

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
    // Room broadcasts are the live path's main cost at thousands of screens (direct-frames.ts).
    sendBroadcastFramesDirectly(namespace as Namespace);
  }

  get server(): LiveNamespace | null {
    return this.namespace;
  }

  /** A session's event, as its log stored it. */
  toSession(sessionId: string, event: SequencedEvent): void {
    this.send(sessionRoom(sessionId), event);
  }

  /** A draft's event, as its log stored it. */
  toDraft(draftId: string, event: DraftEvent): void {
    this.send(draftRoom(draftId), event);
  }

  presence(sessionId: string, payload: PresencePayload): void {
    this.send(sessionRoom(sessionId), { name: 'presence', payload });
  }

  private send(room: string, { name, payload }: Sent): void {
    // The typed `emit` takes one named event's arguments at a time; `Sent` keeps them paired.
    (this.namespace as Namespace | null)?.to(room).emit(name, payload);
  }
}
