import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { Participant } from '../participants/participant.entity';
import { SpeakerList } from './speaker-list.entity';

export type SpeakerRequestStatus = 'waiting' | 'speaking' | 'spoken' | 'withdrawn';
export type SpeakerTopicKind = 'recommendation' | 'paragraph' | 'amendment';

/**
 * One request for the floor and, once called, the turn it became: `waiting → speaking → spoken`,
 * or `waiting → withdrawn`. Partial unique indexes make "one waiting request per delegate" and
 * "one speaker at a time" facts of the database. `createdAt` is when the floor was requested.
 */
@Entity('speaker_requests')
@Index('UQ_speaker_requests_waiting', ['listId', 'participantId'], {
  unique: true,
  where: `"status" = 'waiting'`,
})
@Index('UQ_speaker_requests_speaking', ['listId'], {
  unique: true,
  where: `"status" = 'speaking'`,
})
@Index('IDX_speaker_requests_list_status', ['listId', 'status'])
@Index('IDX_speaker_requests_participant', ['participantId'])
export class SpeakerRequest extends BaseEntity {
  @Column({ type: 'uuid' })
  listId: string;

  @ManyToOne(() => SpeakerList, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'listId', foreignKeyConstraintName: 'FK_speaker_requests_list' })
  list?: SpeakerList;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'participantId',
    foreignKeyConstraintName: 'FK_speaker_requests_participant',
  })
  participant?: Participant;

  /** The speaker's constituency when they asked, for the balanced order and the totals. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  constituency: string | null;

  @Column({ type: 'varchar', length: 20, default: 'waiting' })
  status: SpeakerRequestStatus;

  @Column({ type: 'varchar', length: 20, nullable: true })
  topicKind: SpeakerTopicKind | null;

  @Column({ type: 'uuid', nullable: true })
  topicId: string | null;

  @Column({ type: Date, nullable: true })
  startedAt: Date | null;

  @Column({ type: Date, nullable: true })
  endedAt: Date | null;

  /** Length of the finished turn, whole seconds. */
  @Column({ type: 'integer', nullable: true })
  seconds: number | null;
}
