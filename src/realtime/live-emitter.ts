import { Injectable } from '@nestjs/common';
import type { Namespace } from 'socket.io';
import { draftRoom, sessionRoom } from './room';

/**
 * The one place that sends to rooms. The gateway hands it the `/live` namespace at start-up;
 * broadcasters call it and never touch socket.io themselves.
 */
@Injectable()
export class LiveEmitter {
  private namespace: Namespace | null = null;

  attach(namespace: Namespace): void {
    this.namespace = namespace;
  }

  get server(): Namespace | null {
    return this.namespace;
  }

  toSession(sessionId: string, name: string, payload: unknown): void {
    this.namespace?.to(sessionRoom(sessionId)).emit(name, payload);
  }

  toDraft(draftId: string, name: string, payload: unknown): void {
    this.namespace?.to(draftRoom(draftId)).emit(name, payload);
  }
}
