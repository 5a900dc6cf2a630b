import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Participant } from '../participants/participant.entity';
import { Session } from './session.entity';

/** A participant assigned to moderate a session (moderators act only on their own sessions). */
@Entity('session_moderators')
@Index('IDX_session_moderators_participant', ['participantId'])
export class SessionModerator {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Session, (session) => session.moderators, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId', foreignKeyConstraintName: 'FK_session_moderators_session' })
  session?: Session;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'participantId',
    foreignKeyConstraintName: 'FK_session_moderators_participant',
  })
  participant?: Participant;
}
