import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { TokenBucket } from './rate-limiter';

interface Held {
  sockets: Set<string>;
  bucket: TokenBucket;
  /** Joins and syncs, which may each cost a snapshot: a budget of their own. */
  joins: TokenBucket;
  /** Bytes of snapshots sent: a big session's snapshot costs more than a small one's. */
  snapshotBytes: TokenBucket;
}

/**
 * Limits per participant, whatever the number of its sockets: at most SOCKETS_PER_PARTICIPANT
 * open at once, one message budget (PARTICIPANT_MESSAGES_PER_SECOND) shared by all of them, and of
 * those a budget of joins and syncs (PARTICIPANT_JOINS_PER_SECOND) and of the snapshot bytes they
 * are answered with (PARTICIPANT_SNAPSHOT_BYTES_PER_SECOND).
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
        snapshotBytes: new TokenBucket(this.config.participantSnapshotBytesPerSecond),
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

  /**
   * Takes one join or sync from the participant's budget for them; refused too while the
   * participant has been sent more snapshot bytes than PARTICIPANT_SNAPSHOT_BYTES_PER_SECOND allows.
   */
  takeJoin(participantId: string): boolean {
    const entry = this.held.get(participantId);
    return !!entry && entry.snapshotBytes.available() && entry.joins.take();
  }

  /** Counts a snapshot sent to the participant against its bytes budget. */
  chargeSnapshot(participantId: string, bytes: number): void {
    this.held.get(participantId)?.snapshotBytes.charge(bytes);
  }

  sockets(participantId: string): number {
    return this.held.get(participantId)?.sockets.size ?? 0;
  }
}
