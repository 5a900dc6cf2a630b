import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columns } from './support/columns';

/** Speakers' lists and their requests/turns (see SpeakerList and SpeakerRequest). */
export class Speakers1764806400000 implements MigrationInterface {
  name = 'Speakers1764806400000';

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
        name: 'speaker_lists',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuid('conferenceId'),
          c.uuid('sessionId', { nullable: true }),
          c.varchar('mode', 10, { default: 'fifo' }),
          c.integer('turnSeconds'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_speaker_lists_session',
            columnNames: ['sessionId'],
            isUnique: true,
          }),
        ],
        foreignKeys: [fk('FK_speaker_lists_session', 'sessionId', 'sessions', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'speaker_requests',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuid('listId'),
          c.uuid('participantId'),
          c.varchar('constituency', 40, { nullable: true }),
          c.varchar('status', 20, { default: 'waiting' }),
          c.varchar('topicKind', 20, { nullable: true }),
          c.uuid('topicId', { nullable: true }),
          c.dateTime('startedAt', { nullable: true }),
          c.dateTime('endedAt', { nullable: true }),
          c.integer('seconds', { nullable: true }),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_speaker_requests_waiting',
            columnNames: ['listId', 'participantId'],
            isUnique: true,
            where: `"status" = 'waiting'`,
          }),
          new TableIndex({
            name: 'UQ_speaker_requests_speaking',
            columnNames: ['listId'],
            isUnique: true,
            where: `"status" = 'speaking'`,
          }),
          new TableIndex({
            name: 'IDX_speaker_requests_list_status',
            columnNames: ['listId', 'status'],
          }),
          new TableIndex({
            name: 'IDX_speaker_requests_participant',
            columnNames: ['participantId'],
          }),
        ],
        foreignKeys: [
          fk('FK_speaker_requests_list', 'listId', 'speaker_lists', 'CASCADE'),
          fk('FK_speaker_requests_participant', 'participantId', 'participants'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('speaker_requests');
    await queryRunner.dropTable('speaker_lists');
  }
}
