import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One sign-in attempt, reserved before its access code is checked and deleted again if it was
 * right: what the lockout counts, in the database so that every instance counts the same.
 */
@Entity('login_attempts')
@Index('IDX_login_attempts_email', ['email', 'codeKey', 'attemptedAt'])
@Index('IDX_login_attempts_at', ['attemptedAt'])
export class LoginAttempt {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** `emailDigest` of the email as signed in with, known to Agora or not (never the email itself). */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** Which access code of the participant was guessed at (see codeKey): a new code starts afresh. */
  @Column({ type: 'varchar', length: 32 })
  codeKey: string;

  /** Epoch milliseconds (a string on PostgreSQL, whose driver returns bigint as text). */
  @Column({ type: 'bigint' })
  attemptedAt: string | number;
}
