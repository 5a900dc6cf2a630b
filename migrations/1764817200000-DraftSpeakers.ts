import {
  MigrationInterface,
  QueryRunner,
  TableCheck,
  TableColumn,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { columns } from './support/columns';

/** Exactly one owner: a list belongs to a session or to a draft, never both, never neither. */
export const SPEAKER_LIST_OWNER_CHECK = new TableCheck({
  name: 'CHK_speaker_lists_owner',
  expression: `("sessionId" IS NULL) <> ("draftId" IS NULL)`,
});

/**
 * A speakers' list belongs to a session or to a draft (issue 15): `draftId` beside `sessionId`,
 * each unique and cascading with its owner. Every existing list is a session's, so its rows pass
 * the check unchanged.
 */
export class DraftSpeakers1764817200000 implements MigrationInterface {
  name = 'DraftSpeakers1764817200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'speaker_lists',
      new TableColumn(columns(queryRunner).uuid('draftId', { nullable: true })),
    );
    await queryRunner.createIndex(
      'speaker_lists',
      new TableIndex({ name: 'UQ_speaker_lists_draft', columnNames: ['draftId'], isUnique: true }),
    );
    await queryRunner.createForeignKey(
      'speaker_lists',
      new TableForeignKey({
        name: 'FK_speaker_lists_draft',
        columnNames: ['draftId'],
        referencedTableName: 'drafts',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      }),
    );
    await queryRunner.createCheckConstraint('speaker_lists', SPEAKER_LIST_OWNER_CHECK);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Drafts' lists have no place in the older schema. Foreign keys are off while SQLite
    // migrates, so their requests are deleted by hand rather than by the cascade.
    await queryRunner.query(
      'DELETE FROM "speaker_requests" WHERE "listId" IN (SELECT "id" FROM "speaker_lists" WHERE "draftId" IS NOT NULL)',
    );
    await queryRunner.query('DELETE FROM "speaker_lists" WHERE "draftId" IS NOT NULL');
    await queryRunner.dropCheckConstraint('speaker_lists', 'CHK_speaker_lists_owner');
    await queryRunner.dropForeignKey('speaker_lists', 'FK_speaker_lists_draft');
    await queryRunner.dropIndex('speaker_lists', 'UQ_speaker_lists_draft');
    await queryRunner.dropColumn('speaker_lists', 'draftId');
  }
}
