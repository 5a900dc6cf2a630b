import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columns } from './support/columns';

/** Compiled versions of the outcome document (drafts and frozen finals). */
export class Reports1764460800000 implements MigrationInterface {
  name = 'Reports1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'report_versions',
        columns: [
          c.id(),
          c.uuid('conferenceId'),
          c.integer('version'),
          c.varchar('status', 10),
          c.varchar('language', 5),
          c.text('sessionIds'),
          c.varchar('sha256', 64),
          c.text('document'),
          c.uuid('createdById', { nullable: true }),
          c.dateTime('finalizedAt', { nullable: true }),
          c.uuid('finalizedById', { nullable: true }),
          c.createdAt(),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_report_versions_conference_version',
            columnNames: ['conferenceId', 'version'],
            isUnique: true,
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_report_versions_conference',
            columnNames: ['conferenceId'],
            referencedTableName: 'conferences',
            referencedColumnNames: ['id'],
            onDelete: 'NO ACTION',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('report_versions');
  }
}
