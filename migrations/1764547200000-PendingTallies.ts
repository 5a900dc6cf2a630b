import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from './support/columns';

/** Tallies changed but not yet broadcast (see PendingTally). */
export class PendingTallies1764547200000 implements MigrationInterface {
  name = 'PendingTallies1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'pending_tallies',
        columns: [
          { ...c.uuid('recommendationId'), isPrimary: true },
          { ...c.uuid('sessionId'), isPrimary: true },
        ],
        indices: [
          new TableIndex({ name: 'IDX_pending_tallies_session', columnNames: ['sessionId'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('pending_tallies');
  }
}
