import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { TokenBucket } from './rate-limiter';

interface Held {
  sockets: Set<string>;
  bucket: TokenBucket;
  /** Joins and syncs, which may each cost a snapshot: a budget of their own. */
  joins: TokenBucket;
}

/**
 * Limits per participant, whatever the number of its sockets: at most SOCKETS_PER_PARTICIPANT
 * open at once, and one message budget (PARTICIPANT_MESSAGES_PER_SECOND) shared by all of them.
 * Counted on this instance; an entry lives while the participant has a socket here.
 */
@Injectable()
export class ParticipantLimits {
  private readonly held = new Map<string, Held>();

  constructor(private readonly config: AppConfig) {}

  /** Records a new socket, or answers false when the participant already holds the most allowed. */
  connect(participantId: string, socketId: string): boolean {
    let entry = this.held.get(participantId);
    if (!entry) {
      entry = {
        sockets: new Set(),
        bucket: new TokenBucket(this.config.participantMessagesPerSecond),
        joins: new TokenBucket(this.config.participantJoinsPerSecond),
      };
      this.held.set(participantId, entry);
    }
    if (entry.sockets.size >= this.config.socketsPerParticipant) return false;
    entry.sockets.add(socketId);
    return true;
  }

  disconnect(participantId: string, socketId: string): void {
    const entry = this.held.get(participantId);
    if (!entry) return;
    entry.sockets.delete(socketId);
    if (entry.sockets.size === 0) this.held.delete(participantId);
  }

  /** Takes one message from the participant's shared budget. */
  take(participantId: string): boolean {
    return this.held.get(participantId)?.bucket.take() ?? false;
  }

  /** Takes one join or sync from the participant's budget for them. */
  takeJoin(participantId: string): boolean {
    return this.held.get(participantId)?.joins.take() ?? false;
  }

  sockets(participantId: string): number {
    return this.held.get(participantId)?.sockets.size ?? 0;
  }
}
