import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columns } from './support/columns';

/** Recommendations with sponsors and revisions, comments, votes, session closings, idempotency keys. */
export class Deliberation1764288000000 implements MigrationInterface {
  name = 'Deliberation1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const fk = (
      name: string,
      column: string,
      table: string,
      onDelete: 'CASCADE' | 'NO ACTION' = 'NO ACTION',
    ) =>
      new TableForeignKey({
        name,
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete,
      });

    await queryRunner.createTable(
      new Table({
        name: 'recommendations',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuid('conferenceId'),
          c.uuid('sessionId'),
          c.uuid('authorId'),
          c.varchar('title', 300),
          c.text('body'),
          c.text('themes'),
          c.varchar('governanceLevel', 20),
          c.varchar('status', 20, { default: 'submitted' }),
          c.integer('version', { default: 1 }),
          c.uuid('mergedIntoId', { nullable: true }),
          c.varchar('hiddenReason', 500, { nullable: true }),
          c.varchar('disposition', 20, { nullable: true }),
          c.varchar('dispositionNote', 1000, { nullable: true }),
          c.integer('supportCount', { default: 0 }),
          c.integer('opposeCount', { default: 0 }),
          c.integer('abstainCount', { default: 0 }),
          c.double('bridging', { default: 0 }),
          c.varchar('consensus', 10, { nullable: true }),
          c.integer('commentCount', { default: 0 }),
        ],
        indices: [
          new TableIndex({
            name: 'IDX_recommendations_session_status',
            columnNames: ['sessionId', 'status'],
          }),
          new TableIndex({ name: 'IDX_recommendations_conference', columnNames: ['conferenceId'] }),
        ],
        foreignKeys: [
          fk('FK_recommendations_session', 'sessionId', 'sessions'),
          fk('FK_recommendations_author', 'authorId', 'participants'),
          fk('FK_recommendations_merged_into', 'mergedIntoId', 'recommendations'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'recommendation_sponsors',
        columns: [
          { ...c.uuid('recommendationId'), isPrimary: true },
          { ...c.uuid('participantId'), isPrimary: true },
          c.varchar('source', 12),
          c.createdAt(),
        ],
        indices: [
          new TableIndex({
            name: 'IDX_recommendation_sponsors_participant',
            columnNames: ['participantId'],
          }),
        ],
        foreignKeys: [
          fk(
            'FK_recommendation_sponsors_recommendation',
            'recommendationId',
            'recommendations',
            'CASCADE',
          ),
          fk('FK_recommendation_sponsors_participant', 'participantId', 'participants', 'CASCADE'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'recommendation_revisions',
        columns: [
          c.id(),
          c.uuid('recommendationId'),
          c.integer('version'),
          c.uuid('editorId'),
          c.varchar('title', 300),
          c.text('body'),
          c.text('themes'),
          c.varchar('governanceLevel', 20),
          c.text('changedFields'),
          c.createdAt(),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_recommendation_revisions_version',
            columnNames: ['recommendationId', 'version'],
            isUnique: true,
          }),
        ],
        foreignKeys: [
          fk(
            'FK_recommendation_revisions_recommendation',
            'recommendationId',
            'recommendations',
            'CASCADE',
          ),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'comments',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuid('recommendationId'),
          c.uuid('sessionId'),
          c.uuid('authorId'),
          c.uuid('parentId', { nullable: true }),
          c.text('body'),
          c.varchar('stance', 10),
          c.boolean('hidden', { default: false }),
          c.varchar('hiddenReason', 500, { nullable: true }),
          c.uuid('hiddenById', { nullable: true }),
        ],
        indices: [
          new TableIndex({
            name: 'IDX_comments_recommendation_time',
            columnNames: ['recommendationId', 'createdAt'],
          }),
        ],
        foreignKeys: [
          fk('FK_comments_recommendation', 'recommendationId', 'recommendations', 'CASCADE'),
          fk('FK_comments_author', 'authorId', 'participants'),
          fk('FK_comments_parent', 'parentId', 'comments'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'votes',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuid('recommendationId'),
          c.uuid('sessionId'),
          c.uuid('participantId'),
          c.varchar('constituency', 40, { nullable: true }),
          c.varchar('value', 10),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_votes_recommendation_participant',
            columnNames: ['recommendationId', 'participantId'],
            isUnique: true,
          }),
          new TableIndex({ name: 'IDX_votes_session', columnNames: ['sessionId'] }),
          new TableIndex({ name: 'IDX_votes_participant', columnNames: ['participantId'] }),
        ],
        foreignKeys: [
          fk('FK_votes_recommendation', 'recommendationId', 'recommendations', 'CASCADE'),
          fk('FK_votes_participant', 'participantId', 'participants'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'session_closings',
        columns: [
          c.id(),
          c.uuid('sessionId'),
          c.uuid('closedById', { nullable: true }),
          c.text('tallies'),
          c.createdAt(),
        ],
        indices: [
          new TableIndex({
            name: 'IDX_session_closings_session',
            columnNames: ['sessionId', 'createdAt'],
          }),
        ],
        foreignKeys: [fk('FK_session_closings_session', 'sessionId', 'sessions', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'idempotency_keys',
        columns: [
          { ...c.uuid('participantId'), isPrimary: true },
          { ...c.varchar('key', 200), isPrimary: true },
          c.varchar('fingerprint', 64),
          c.varchar('state', 10),
          c.integer('responseStatus', { nullable: true }),
          c.text('responseBody', { nullable: true }),
          c.createdAt(),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'idempotency_keys',
      'session_closings',
      'votes',
      'comments',
      'recommendation_revisions',
      'recommendation_sponsors',
      'recommendations',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
