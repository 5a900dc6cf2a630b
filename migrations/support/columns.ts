import type { QueryRunner, TableColumnOptions } from 'typeorm';
import { dialectOf } from '../../src/database/dialect';

/**
 * Column builders for migrations that run unchanged on SQLite and PostgreSQL.
 * They produce exactly the types TypeORM derives from the entities on each database
 * (uuid → varchar on SQLite, Date → datetime / timestamp), so the migrated schema and the
 * entities never drift (checked by test/database/schema-drift.e2e-spec.ts).
 */
export function columns(queryRunner: QueryRunner) {
  const postgres = dialectOf(queryRunner) === 'postgres';
  const dateType = postgres ? 'timestamp' : 'datetime';
  const now = postgres ? 'now()' : "datetime('now')";

  return {
    id: (): TableColumnOptions => ({
      name: 'id',
      type: postgres ? 'uuid' : 'varchar',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'uuid',
    }),
    uuid: (name: string, options: { nullable?: boolean } = {}): TableColumnOptions => ({
      name,
      type: postgres ? 'uuid' : 'varchar',
      isNullable: options.nullable ?? false,
    }),
    varchar: (
      name: string,
      length: number,
      options: { nullable?: boolean; default?: string } = {},
    ): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: options.nullable ?? false,
      ...(options.default !== undefined ? { default: `'${options.default}'` } : {}),
    }),
    text: (name: string, options: { nullable?: boolean } = {}): TableColumnOptions => ({
      name,
      type: 'text',
      isNullable: options.nullable ?? false,
    }),
    integer: (
      name: string,
      options: { default?: number; nullable?: boolean } = {},
    ): TableColumnOptions => ({
      name,
      type: 'integer',
      isNullable: options.nullable ?? false,
      ...(options.default !== undefined ? { default: options.default } : {}),
    }),
    double: (
      name: string,
      options: { default?: number; nullable?: boolean } = {},
    ): TableColumnOptions => ({
      name,
      type: 'double precision',
      isNullable: options.nullable ?? false,
      ...(options.default !== undefined ? { default: options.default } : {}),
    }),
    boolean: (name: string, options: { default?: boolean } = {}): TableColumnOptions => ({
      name,
      type: 'boolean',
      isNullable: false,
      ...(options.default !== undefined
        ? { default: postgres ? String(options.default) : options.default ? 1 : 0 }
        : {}),
    }),
    dateTime: (name: string, options: { nullable?: boolean } = {}): TableColumnOptions => ({
      name,
      type: dateType,
      isNullable: options.nullable ?? false,
    }),
    /** createdAt / updatedAt, as @CreateDateColumn / @UpdateDateColumn declare them. */
    timestamps: (): TableColumnOptions[] => [
      { name: 'createdAt', type: dateType, isNullable: false, default: now },
      { name: 'updatedAt', type: dateType, isNullable: false, default: now },
    ],
    createdAt: (): TableColumnOptions => ({
      name: 'createdAt',
      type: dateType,
      isNullable: false,
      default: now,
    }),
  };
}
