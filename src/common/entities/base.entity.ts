import { BeforeInsert, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * UUID key and timestamps for every table. Timestamps are set here in JavaScript, at
 * millisecond precision, because SQLite's own CURRENT_TIMESTAMP only has whole seconds
 * and lists sorted by time need better than that.
 */
export abstract class BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  @BeforeInsert()
  protected stampCreation(): void {
    this.createdAt ??= new Date();
    this.updatedAt ??= this.createdAt;
  }
}
