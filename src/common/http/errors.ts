import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';

/**
 * Typed errors services throw. They are Nest HTTP exceptions so REST answers with the
 * contract's status, and the realtime gateway turns the same status into its error ack.
 */
export class EntityNotFound extends NotFoundException {
  constructor(entity: string, id?: string) {
    super(id ? `${entity} ${id} not found` : `${entity} not found`);
  }
}

export class NotAllowed extends ForbiddenException {
  constructor(message = 'You are not allowed to do this') {
    super(message);
  }
}

export class StateConflict extends ConflictException {
  constructor(message: string) {
    super(message);
  }
}
