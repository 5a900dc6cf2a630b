import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Draft } from './draft.entity';

/**
 * A frozen version of a draft: its `DraftVersionContent` as canonical JSON and the SHA-256 of
 * that content. Never updated; the unique index makes "adopted exactly once" a fact of the database.
 */
@Entity('draft_versions')
@Index('UQ_draft_versions_draft_version', ['draftId', 'version'], { unique: true })
export class DraftVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  draftId: string;

  @ManyToOne(() => Draft, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draftId', foreignKeyConstraintName: 'FK_draft_versions_draft' })
  draft?: Draft;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 100 })
  label: string;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'text' })
  content: string;

  /** Null when frozen by the silence procedure's deadline, which has no actor. */
  @Column({ type: 'uuid', nullable: true })
  frozenById: string | null;

  @CreateDateColumn()
  frozenAt: Date;
}
