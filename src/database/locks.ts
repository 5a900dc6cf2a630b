import type { EntityManager, FindOneOptions, ObjectLiteral } from 'typeorm';
import { dialectOf } from './dialect';

/**
 * Row locks where the database has them. SQLite needs none: the TransactionRunner already runs
 * one write transaction at a time. On PostgreSQL a vote takes the session row FOR SHARE and
 * the recommendation row FOR UPDATE, and a close takes the session FOR UPDATE, so a vote is
 * either committed before the close (and frozen in its tally) or sees the closed session.
 */
export function lockOption(
  em: EntityManager,
  mode: 'pessimistic_read' | 'pessimistic_write',
): Pick<FindOneOptions<ObjectLiteral>, 'lock'> {
  return dialectOf(em) === 'postgres' ? { lock: { mode } } : {};
}
