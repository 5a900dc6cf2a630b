import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columns } from './support/columns';

/** Sign-in attempts, counted in the database so the lockout holds across instances (LoginAttempt). */
export class LoginAttempts1764810000000 implements MigrationInterface {
  name = 'LoginAttempts1764810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'login_attempts',
        columns: [
          { ...c.uuid('id'), isPrimary: true },
          c.varchar('email', 254),
          c.varchar('codeKey', 32),
          { name: 'attemptedAt', type: 'bigint', isNullable: false },
        ],
        indices: [
          new TableIndex({
            name: 'IDX_login_attempts_email',
            columnNames: ['email', 'codeKey', 'attemptedAt'],
          }),
          new TableIndex({ name: 'IDX_login_attempts_at', columnNames: ['attemptedAt'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('login_attempts');
  }
}
