import { BeforeInsert, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A creating request's Idempotency-Key (or socket requestId), per participant, with the first response. */
@Entity('idempotency_keys')
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid' })
  participantId: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  /** What the key was first used for (method, path, body hash): reusing it for something else is refused. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @Column({ type: 'varchar', length: 10 })
  state: 'pending' | 'done';

  @Column({ type: 'integer', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'text', nullable: true })
  responseBody: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @BeforeInsert()
  protected stampCreation(): void {
    this.createdAt ??= new Date();
  }
}
