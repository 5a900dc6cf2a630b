import {
  MigrationInterface,
  QueryRunner,
  Table,
  TableColumn,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { columns } from './support/columns';

/** The realtime event log and per-session counters (replacing sessions.seq, see SessionSequence). */
export class SessionEvents1764374400000 implements MigrationInterface {
  name = 'SessionEvents1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'session_sequences',
        columns: [{ ...c.uuid('sessionId'), isPrimary: true }, c.integer('seq', { default: 0 })],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_session_sequences_session',
            columnNames: ['sessionId'],
            referencedTableName: 'sessions',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'session_events',
        columns: [
          { ...c.uuid('sessionId'), isPrimary: true },
          { ...c.integer('seq'), isPrimary: true },
          c.varchar('name', 40),
          c.text('payload'),
          c.createdAt(),
        ],
        indices: [new TableIndex({ name: 'IDX_session_events_time', columnNames: ['createdAt'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_session_events_session',
            columnNames: ['sessionId'],
            referencedTableName: 'sessions',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.query(
      'INSERT INTO session_sequences ("sessionId", seq) SELECT id, seq FROM sessions',
    );
    await queryRunner.dropColumn('sessions', 'seq');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'sessions',
      new TableColumn(columns(queryRunner).integer('seq', { default: 0 })),
    );
    await queryRunner.query(
      'UPDATE sessions SET seq = (SELECT s.seq FROM session_sequences s WHERE s."sessionId" = sessions.id) WHERE id IN (SELECT "sessionId" FROM session_sequences)',
    );
    await queryRunner.dropTable('session_events');
    await queryRunner.dropTable('session_sequences');
  }
}
