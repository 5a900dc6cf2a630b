/**
 * How the server says no, on REST and in socket acknowledgements alike: an HTTP-like status for
 * people and proxies, and a `code` for programs (the client words its messages from the code and
 * its parameters, in the user's language, instead of parsing the English message).
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  /** Edited from an old version: reload and redo (`params: {given, current}`). */
  'STALE_VERSION',
  'ALREADY_EXISTS',
  'PAYLOAD_TOO_LARGE',
  'TOO_MANY_REQUESTS',
  'UNAVAILABLE',
  /** A bug or an outage: nothing more is said. */
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The values a rule was checked with: `{max: 200}`, `{min: 1, max: 5}`, `{values: ['en', 'fr']}`. */
export type ProblemParams = Record<string, string | number | Array<string | number>>;

/**
 * One refused input field: its path (`themes.0`), the rule it broke (class-validator's name:
 * `maxLength`, `isIn`, `isISO31661Alpha2`, …), the rule's parameters when it has any, and the
 * English message. A client words the problem from `rule` and `params` in its user's language
 * and shows `message` for a rule it does not know.
 */
export interface InputProblem {
  field: string;
  rule: string;
  params?: ProblemParams;
  message: string;
}

/** What every error answer of REST carries: NestJS's `{statusCode, message, error}` and more. */
export interface ErrorBody {
  statusCode: number;
  /** The status's reason phrase ("Bad Request"). */
  error: string;
  /** For people: one sentence, or one per problem for bad input, each naming its field. */
  message: string | string[];
  code: ErrorCode;
  /** The input field the error is about, when there is one. */
  field?: string;
  /** Values to word the error with (`{entity: 'Session', id}`, `{given, current}`). */
  params?: Record<string, string | number>;
  /** Bad input: every refused field with its rule. */
  problems?: InputProblem[];
}

/** A refused socket message's acknowledgement: the same status, code and message as REST. */
export interface AckError {
  status: number;
  code: ErrorCode;
  message: string | string[];
  field?: string;
  params?: Record<string, string | number>;
  problems?: InputProblem[];
}
