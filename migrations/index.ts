import { Foundation1764201600000 } from './1764201600000-Foundation';

/** Every migration, oldest first. Add new ones at the end. */
export const MIGRATIONS = [Foundation1764201600000];
