import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columns } from './support/columns';

/** Participants, conferences, sessions with their moderators, and the audit log. */
export class Foundation1764201600000 implements MigrationInterface {
  name = 'Foundation1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);

    await queryRunner.createTable(
      new Table({
        name: 'conferences',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.varchar('slug', 80),
          c.varchar('title', 300),
          c.varchar('city', 120),
          c.varchar('country', 2),
          c.varchar('timezone', 60, { default: 'UTC' }),
          c.varchar('startsOn', 10),
          c.varchar('endsOn', 10),
          c.varchar('framework', 80),
          c.text('languages'),
          c.varchar('targetProcess', 500, { nullable: true }),
          c.text('introduction', { nullable: true }),
          c.text('hosts', { nullable: true }),
          c.text('partners', { nullable: true }),
          c.text('adoptionRule'),
          c.text('translations', { nullable: true }),
        ],
        indices: [
          new TableIndex({ name: 'UQ_conferences_slug', columnNames: ['slug'], isUnique: true }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'participants',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.varchar('name', 200),
          c.varchar('email', 254),
          c.varchar('organisation', 200, { nullable: true }),
          c.varchar('constituency', 40, { nullable: true }),
          c.varchar('country', 2, { nullable: true }),
          c.varchar('city', 120, { nullable: true }),
          c.varchar('language', 5, { default: 'en' }),
          c.varchar('role', 20),
          c.uuid('conferenceId', { nullable: true }),
          c.boolean('active', { default: true }),
          c.varchar('secretHash', 255),
        ],
        indices: [
          new TableIndex({ name: 'UQ_participants_email', columnNames: ['email'], isUnique: true }),
          new TableIndex({ name: 'IDX_participants_conference', columnNames: ['conferenceId'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_participants_conference',
            columnNames: ['conferenceId'],
            referencedTableName: 'conferences',
            referencedColumnNames: ['id'],
            onDelete: 'NO ACTION',
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuid('conferenceId'),
          c.varchar('title', 300),
          c.varchar('kind', 30),
          c.text('description', { nullable: true }),
          c.varchar('room', 120, { nullable: true }),
          c.dateTime('startsAt'),
          c.dateTime('endsAt'),
          c.varchar('status', 20, { default: 'scheduled' }),
          c.text('summary', { nullable: true }),
          c.text('translations', { nullable: true }),
          c.integer('seq', { default: 0 }),
          c.dateTime('closedAt', { nullable: true }),
        ],
        indices: [
          new TableIndex({
            name: 'IDX_sessions_conference_start',
            columnNames: ['conferenceId', 'startsAt'],
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_sessions_conference',
            columnNames: ['conferenceId'],
            referencedTableName: 'conferences',
            referencedColumnNames: ['id'],
            onDelete: 'NO ACTION',
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'session_moderators',
        columns: [
          { ...c.uuid('sessionId'), isPrimary: true },
          { ...c.uuid('participantId'), isPrimary: true },
        ],
        indices: [
          new TableIndex({
            name: 'IDX_session_moderators_participant',
            columnNames: ['participantId'],
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_session_moderators_session',
            columnNames: ['sessionId'],
            referencedTableName: 'sessions',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            name: 'FK_session_moderators_participant',
            columnNames: ['participantId'],
            referencedTableName: 'participants',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          c.id(),
          c.createdAt(),
          c.uuid('actorId', { nullable: true }),
          c.varchar('actorRole', 20, { nullable: true }),
          c.varchar('action', 60),
          c.uuid('conferenceId', { nullable: true }),
          c.uuid('sessionId', { nullable: true }),
          c.varchar('targetType', 40, { nullable: true }),
          c.uuid('targetId', { nullable: true }),
          c.text('details', { nullable: true }),
        ],
        indices: [
          new TableIndex({
            name: 'IDX_audit_conference_time',
            columnNames: ['conferenceId', 'createdAt', 'id'],
          }),
          new TableIndex({ name: 'IDX_audit_time', columnNames: ['createdAt', 'id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_entries');
    await queryRunner.dropTable('session_moderators');
    await queryRunner.dropTable('sessions');
    await queryRunner.dropTable('participants');
    await queryRunner.dropTable('conferences');
  }
}
