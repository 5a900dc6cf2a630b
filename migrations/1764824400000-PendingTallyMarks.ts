import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { dialectOf } from '../src/database/dialect';
import { columns } from './support/columns';

interface Mark {
  recommendationId: string;
  sessionId: string;
}

/**
 * `pending_tallies` becomes append-only (issue 13): one mark per vote, numbered, instead of one
 * row per recommendation upserted by every vote, whose ON CONFLICT DO UPDATE made concurrent
 * votes on one recommendation wait for each other on PostgreSQL. The marks waiting at migration
 * time are carried over (a broadcast, and on PostgreSQL a count, still owed).
 */
export class PendingTallyMarks1764824400000 implements MigrationInterface {
  name = 'PendingTallyMarks1764824400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const marks = await this.take(queryRunner);
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'pending_tallies',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          c.uuid('recommendationId'),
          c.uuid('sessionId'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_pending_tallies_session', columnNames: ['sessionId'] }),
          new TableIndex({
            name: 'IDX_pending_tallies_recommendation',
            columnNames: ['recommendationId'],
          }),
        ],
      }),
    );
    await this.put(queryRunner, marks);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const marks = await this.take(queryRunner);
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
    await this.put(queryRunner, marks);
  }

  /**
   * The distinct marks, then the table dropped. Its indexes go first: on PostgreSQL index names
   * are schema-wide, and the new table reuses IDX_pending_tallies_session.
   */
  private async take(queryRunner: QueryRunner): Promise<Mark[]> {
    const marks = (await queryRunner.query(
      'SELECT DISTINCT "recommendationId", "sessionId" FROM "pending_tallies"',
    )) as Mark[];
    const table = await queryRunner.getTable('pending_tallies');
    for (const index of table?.indices ?? []) await queryRunner.dropIndex('pending_tallies', index);
    await queryRunner.dropTable('pending_tallies');
    return marks;
  }

  private async put(queryRunner: QueryRunner, marks: Mark[]): Promise<void> {
    const postgres = dialectOf(queryRunner) === 'postgres';
    for (const m of marks)
      await queryRunner.query(
        postgres
          ? 'INSERT INTO "pending_tallies" ("recommendationId", "sessionId") VALUES ($1, $2)'
          : 'INSERT INTO "pending_tallies" ("recommendationId", "sessionId") VALUES (?, ?)',
        [m.recommendationId, m.sessionId],
      );
  }
}
