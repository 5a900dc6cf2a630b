import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { columns } from './support/columns';

/**
 * The fingerprint every language version of one outcome shares (issue 16), indexed with the
 * conference so a compile finds its sibling language versions. Versions stored before keep it
 * null: it is computed from the compiled data, which this migration does not re-read.
 */
export class ReportContentFingerprint1764820800000 implements MigrationInterface {
  name = 'ReportContentFingerprint1764820800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'report_versions',
      new TableColumn(columns(queryRunner).varchar('contentSha256', 64, { nullable: true })),
    );
    await queryRunner.createIndex(
      'report_versions',
      new TableIndex({
        name: 'IDX_report_versions_content',
        columnNames: ['conferenceId', 'contentSha256'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('report_versions', 'IDX_report_versions_content');
    await queryRunner.dropColumn('report_versions', 'contentSha256');
  }
}
