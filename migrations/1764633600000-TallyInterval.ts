import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * When a session's tallies were last broadcast, by any instance (epoch milliseconds), so that
 * several instances together send at most one `tally:updated` per session per interval.
 */
export class TallyInterval1764633600000 implements MigrationInterface {
  name = 'TallyInterval1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'session_sequences',
      new TableColumn({ name: 'lastTallyAt', type: 'bigint', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('session_sequences', 'lastTallyAt');
  }
}
