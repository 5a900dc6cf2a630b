import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columns } from './support/columns';

/**
 * The drafting room: drafts and their chairs, paragraphs and translations, amendments with their
 * sponsors and votes, frozen versions, silence procedures, and the draft rooms' event log.
 */
export class Drafts1764720000000 implements MigrationInterface {
  name = 'Drafts1764720000000';

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
        name: 'drafts',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuid('conferenceId'),
          c.varchar('title', 300),
          c.varchar('language', 5),
          c.varchar('status', 20, { default: 'drafting' }),
          c.integer('version', { default: 0 }),
          c.uuid('fromReportId', { nullable: true }),
          c.varchar('framework', 80, { nullable: true }),
          c.uuid('createdById', { nullable: true }),
        ],
        indices: [new TableIndex({ name: 'IDX_drafts_conference', columnNames: ['conferenceId'] })],
        foreignKeys: [fk('FK_drafts_conference', 'conferenceId', 'conferences')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'draft_chairs',
        columns: [
          { ...c.uuid('draftId'), isPrimary: true },
          { ...c.uuid('participantId'), isPrimary: true },
        ],
        foreignKeys: [
          fk('FK_draft_chairs_draft', 'draftId', 'drafts', 'CASCADE'),
          fk('FK_draft_chairs_participant', 'participantId', 'participants', 'CASCADE'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'draft_paragraphs',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuid('draftId'),
          c.integer('position'),
          c.varchar('kind', 20),
          c.text('text'),
          c.text('alternatives'),
          c.text('sources'),
          c.integer('version', { default: 1 }),
          c.dateTime('deletedAt', { nullable: true }),
        ],
        indices: [
          new TableIndex({
            name: 'IDX_draft_paragraphs_draft',
            columnNames: ['draftId', 'position'],
          }),
        ],
        foreignKeys: [fk('FK_draft_paragraphs_draft', 'draftId', 'drafts', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'draft_paragraph_translations',
        columns: [
          { ...c.uuid('paragraphId'), isPrimary: true },
          { ...c.varchar('language', 5), isPrimary: true },
          c.text('text'),
          c.text('alternatives'),
          c.integer('paragraphVersion'),
          c.timestamps()[1],
        ],
        foreignKeys: [
          fk(
            'FK_draft_paragraph_translations_paragraph',
            'paragraphId',
            'draft_paragraphs',
            'CASCADE',
          ),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'draft_amendments',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuid('draftId'),
          c.uuid('paragraphId'),
          c.varchar('kind', 20),
          c.text('text', { nullable: true }),
          c.text('reason'),
          c.uuid('authorId'),
          c.varchar('status', 20, { default: 'proposed' }),
          c.integer('baseVersion'),
          c.text('baseText'),
          c.text('compromiseText', { nullable: true }),
          c.varchar('note', 1000, { nullable: true }),
          c.uuid('decidedById', { nullable: true }),
          c.dateTime('decidedAt', { nullable: true }),
          c.dateTime('appliedAt', { nullable: true }),
          c.uuid('createdParagraphId', { nullable: true }),
          c.integer('supportCount', { default: 0 }),
          c.integer('opposeCount', { default: 0 }),
          c.integer('abstainCount', { default: 0 }),
          c.double('bridging', { default: 0 }),
          c.varchar('consensus', 20, { nullable: true }),
        ],
        indices: [
          new TableIndex({
            name: 'IDX_draft_amendments_draft',
            columnNames: ['draftId', 'status'],
          }),
          new TableIndex({
            name: 'IDX_draft_amendments_paragraph',
            columnNames: ['paragraphId'],
          }),
        ],
        foreignKeys: [
          fk('FK_draft_amendments_draft', 'draftId', 'drafts', 'CASCADE'),
          fk('FK_draft_amendments_paragraph', 'paragraphId', 'draft_paragraphs'),
          fk('FK_draft_amendments_author', 'authorId', 'participants'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'draft_amendment_sponsors',
        columns: [
          { ...c.uuid('amendmentId'), isPrimary: true },
          { ...c.uuid('participantId'), isPrimary: true },
          c.varchar('source', 20),
          c.createdAt(),
        ],
        foreignKeys: [
          fk('FK_draft_amendment_sponsors_amendment', 'amendmentId', 'draft_amendments', 'CASCADE'),
          fk('FK_draft_amendment_sponsors_participant', 'participantId', 'participants', 'CASCADE'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'draft_amendment_votes',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuid('amendmentId'),
          c.uuid('participantId'),
          c.varchar('constituency', 40, { nullable: true }),
          c.varchar('value', 10),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_draft_amendment_votes_amendment_participant',
            columnNames: ['amendmentId', 'participantId'],
            isUnique: true,
          }),
        ],
        foreignKeys: [
          fk('FK_draft_amendment_votes_amendment', 'amendmentId', 'draft_amendments', 'CASCADE'),
          fk('FK_draft_amendment_votes_participant', 'participantId', 'participants'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'draft_versions',
        columns: [
          c.id(),
          c.uuid('draftId'),
          c.integer('version'),
          c.varchar('label', 100),
          c.varchar('sha256', 64),
          c.text('content'),
          c.uuid('frozenById', { nullable: true }),
          { ...c.createdAt(), name: 'frozenAt' },
        ],
        indices: [
          new TableIndex({
            name: 'UQ_draft_versions_draft_version',
            columnNames: ['draftId', 'version'],
            isUnique: true,
          }),
        ],
        foreignKeys: [fk('FK_draft_versions_draft', 'draftId', 'drafts', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'draft_silences',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuid('draftId'),
          c.dateTime('until'),
          c.varchar('status', 20, { default: 'running' }),
          c.uuid('startedById'),
          c.uuid('brokenById', { nullable: true }),
          c.varchar('brokenByOrganisation', 300, { nullable: true }),
          c.dateTime('brokenAt', { nullable: true }),
          c.text('paragraphNumbers', { nullable: true }),
          c.text('reason', { nullable: true }),
          c.dateTime('endedAt', { nullable: true }),
        ],
        indices: [
          new TableIndex({ name: 'IDX_draft_silences_status', columnNames: ['status', 'until'] }),
          new TableIndex({ name: 'IDX_draft_silences_draft', columnNames: ['draftId'] }),
        ],
        foreignKeys: [fk('FK_draft_silences_draft', 'draftId', 'drafts', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'draft_sequences',
        columns: [{ ...c.uuid('draftId'), isPrimary: true }, c.integer('seq', { default: 0 })],
        foreignKeys: [fk('FK_draft_sequences_draft', 'draftId', 'drafts', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'draft_events',
        columns: [
          { ...c.uuid('draftId'), isPrimary: true },
          { ...c.integer('seq'), isPrimary: true },
          c.varchar('name', 40),
          c.text('payload'),
          c.createdAt(),
        ],
        indices: [new TableIndex({ name: 'IDX_draft_events_time', columnNames: ['createdAt'] })],
        foreignKeys: [fk('FK_draft_events_draft', 'draftId', 'drafts', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'draft_events',
      'draft_sequences',
      'draft_silences',
      'draft_versions',
      'draft_amendment_votes',
      'draft_amendment_sponsors',
      'draft_amendments',
      'draft_paragraph_translations',
      'draft_paragraphs',
      'draft_chairs',
      'drafts',
    ])
      await queryRunner.dropTable(table);
  }
}
