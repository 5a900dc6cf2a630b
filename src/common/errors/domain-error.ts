import type { ErrorCode, InputProblem } from '#contract';
/**
 * The errors services throw. They carry a code and a message a person can act on, and know
 * nothing of HTTP or sockets: `error-response.ts` is the one place that turns a code into a
 * status and a body, for REST (the exception filter), the live socket (the gateway's ack) and
 * the report command alike. (Vendure's `ErrorResult`s are the model.)
 */
/** The codes a domain error can carry (the contract's list also has transport-level ones). */
export type DomainErrorCode = Exclude<ErrorCode, 'PAYLOAD_TOO_LARGE' | 'INTERNAL'>;

export interface DomainErrorDetails {
  /** The input field the error is about, when there is one (`intoId`, `startsAt`). */
  field?: string;
  /** Values a client could use to word the error itself (`{entity: 'Session', id}`). */
  params?: Record<string, string | number>;
}

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  readonly field?: string;
  readonly params?: Record<string, string | number>;

  protected constructor(message: string, details: DomainErrorDetails = {}) {
    super(message);
    this.name = new.target.name;
    this.field = details.field;
    this.params = details.params;
  }

  /** What the client is told: one sentence, or one per problem for bad input. */
  get messages(): string | string[] {
    return this.message;
  }
}

/** Bad input: one message per problem, each naming its field (`endsAt must be after startsAt`). */
export class InvalidInput extends DomainError {
  readonly code = 'INVALID_INPUT';
  readonly problems: string[];
  /** Each refused field with the rule it broke, when the validator knows them. */
  readonly inputProblems?: InputProblem[];

  constructor(
    problems: string | string[],
    details: DomainErrorDetails & { inputProblems?: InputProblem[] } = {},
  ) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.join('; '), details);
    this.problems = list;
    this.inputProblems = details.inputProblems;
  }

  override get messages(): string[] {
    return this.problems;
  }

  /**
   * Bad input a service found (beyond the DTO's rules), shaped as the validation pipe's: each
   * problem with its field, a rule of the service's own and its parameters, for clients to word.
   */
  static rule(
    field: string,
    rule: string,
    message: string,
    params?: InputProblem['params'],
  ): InvalidInput {
    return InvalidInput.of([{ field, rule, ...(params ? { params } : {}), message }]);
  }

  static of(problems: InputProblem[]): InvalidInput {
    return new InvalidInput(
      problems.map((p) => p.message),
      { field: problems[0]?.field, inputProblems: problems },
    );
  }
}

/** No valid credentials (a missing, expired or revoked token; a wrong access code). */
export class NotAuthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'unauthorized', details?: DomainErrorDetails) {
    super(message, details);
  }
}

/** The actor may see the object but not do this to it. */
export class NotAllowed extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do this', details?: DomainErrorDetails) {
    super(message, details);
  }
}

/** No such object, or none the actor may see (the two are not told apart). */
export class EntityNotFound extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id?: string) {
    super(id ? `${entity} ${id} not found` : `${entity} not found`, {
      params: id ? { entity, id } : { entity },
    });
  }
}

/** The object's state forbids this now (a closed session, a final report, a taken slug). */
export class StateConflict extends DomainError {
  readonly code = 'CONFLICT';
  constructor(message: string, details?: DomainErrorDetails) {
    super(message, details);
  }
}

/**
 * The client edited from an old version (`version`, `baseVersion`): someone else changed the
 * object meanwhile. Its own code, so a client can tell "reload and redo" from other conflicts.
 */
export class StaleVersion extends DomainError {
  readonly code = 'STALE_VERSION';
  constructor(message: string, field: string, given: number, current: number) {
    super(message, { field, params: { given, current } });
  }
}

/**
 * A unique key is taken: what a service's own check did not catch (a race, a row left by an
 * import) reaches the database's constraint, and `toDomainError` turns that into this on every
 * transport alike.
 */
export class AlreadyExists extends DomainError {
  readonly code = 'ALREADY_EXISTS';
  constructor(message = 'This already exists') {
    super(message);
  }
}

/** Slow down: `retryAfterSeconds`, when known, is when to try again. */
export class TooManyRequests extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS';
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message, retryAfterSeconds === undefined ? {} : { params: { retryAfterSeconds } });
  }
}

/** A dependency (the database) cannot serve the request now. */
export class Unavailable extends DomainError {
  readonly code = 'UNAVAILABLE';
  constructor(message: string) {
    super(message);
  }
}
