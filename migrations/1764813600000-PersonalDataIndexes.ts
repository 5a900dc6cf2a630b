import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * Indexes for the lookups by person: a participant's data download (GDPR access) and erasure
 * read the audit log by actor and by target, and recommendations and comments by author. Without
 * them each download scanned the whole audit log (600,000 rows: seconds, see SECURITY.md).
 */
const INDEXES: Array<{ table: string; index: TableIndex }> = [
  {
    table: 'audit_entries',
    index: new TableIndex({
      name: 'IDX_audit_actor_time',
      columnNames: ['actorId', 'createdAt', 'id'],
    }),
  },
  {
    table: 'audit_entries',
    index: new TableIndex({
      name: 'IDX_audit_target_time',
      columnNames: ['targetType', 'targetId', 'createdAt'],
    }),
  },
  {
    table: 'recommendations',
    index: new TableIndex({
      name: 'IDX_recommendations_author_time',
      columnNames: ['authorId', 'createdAt'],
    }),
  },
  {
    table: 'comments',
    index: new TableIndex({
      name: 'IDX_comments_author_time',
      columnNames: ['authorId', 'createdAt'],
    }),
  },
];

export class PersonalDataIndexes1764813600000 implements MigrationInterface {
  name = 'PersonalDataIndexes1764813600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, index } of INDEXES) await queryRunner.createIndex(table, index);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, index } of [...INDEXES].reverse())
      await queryRunner.dropIndex(table, index.name as string);
  }
}
