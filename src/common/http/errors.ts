/**
 * Moved to `src/common/errors/` (domain errors with a code and no transport). This re-export
 * only keeps branches that were started before the move compiling; import from `common/errors`.
 */
export { EntityNotFound, NotAllowed, StateConflict } from '../errors';
