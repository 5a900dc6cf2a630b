import { Foundation1764201600000 } from './1764201600000-Foundation';
import { Deliberation1764288000000 } from './1764288000000-Deliberation';

/** Every migration, oldest first. Add new ones at the end. */
export const MIGRATIONS = [Foundation1764201600000, Deliberation1764288000000];
