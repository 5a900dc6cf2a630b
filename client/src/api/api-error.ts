import type { ErrorBody, ErrorCode, InputProblem } from '#contract';
import { problemText, problemWithField, type Wording } from '../i18n/problems';

/** An error answer of the API (`ErrorBody` of the contract: Nest's shape plus a code). */
export class ApiError extends Error {
  readonly status: number;
  /** The server's message(s); validation errors come as a list, each starting with the field. */
  readonly messages: string[];
  /** The contract's code, when the server gave one (0, "no answer", has none). */
  readonly code: ErrorCode | null;
  /** Bad input: each refused field with its rule. */
  readonly problems: InputProblem[];
  readonly params: Record<string, string | number>;

  constructor(
    status: number,
    messages: string[],
    details: { code?: ErrorCode; problems?: InputProblem[]; params?: ErrorBody['params'] } = {},
  ) {
    super(messages.join('; ') || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.messages = messages;
    this.code = details.code ?? null;
    this.problems = details.problems ?? [];
    this.params = details.params ?? {};
  }

  static fromBody(status: number, body: unknown): ApiError {
    const answer = (body ?? {}) as Partial<ErrorBody>;
    const message = answer.message;
    const messages = Array.isArray(message)
      ? message.map(String)
      : typeof message === 'string'
        ? [message]
        : [];
    return new ApiError(status, messages, {
      code: answer.code,
      problems: Array.isArray(answer.problems) ? answer.problems : undefined,
      params: answer.params,
    });
  }
}

export interface FieldErrors<F extends string> {
  byField: Partial<Record<F, string[]>>;
  /** Messages that name none of the form's fields (shown above the form). */
  general: string[];
}

/**
 * Splits server messages over a form's fields. With the server's problems (field, rule,
 * parameters) and a `wording`, each is worded in the user's language: under its field without
 * the field's name, above the form with it. Without problems, the messages start with the
 * property path ("title must be …", "adoptionRule.minVotes must …"), the only link between a
 * message and a field, so the first word decides.
 */
export function splitFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  wording?: Wording,
): FieldErrors<F> {
  const result: FieldErrors<F> = { byField: {}, general: [] };
  if (error === null || error === undefined) return result;
  if (!(error instanceof ApiError)) {
    result.general.push(
      error instanceof Error
        ? error.message
        : typeof error === 'string'
          ? error
          : JSON.stringify(error),
    );
    return result;
  }
  if (error.problems.length) {
    // The server names each refused field: no need to guess it from the wording.
    for (const problem of error.problems) {
      const field = fields.find((f) => problem.field === f || problem.field.startsWith(`${f}.`));
      if (field)
        (result.byField[field] ??= []).push(
          wording ? problemText(wording, problem) : problem.message,
        );
      else result.general.push(wording ? problemWithField(wording, problem) : problem.message);
    }
    return result;
  }
  for (const message of error.messages.length ? error.messages : [error.message]) {
    // class-validator words array rules as "each value in themes must be …".
    const head = message.replace(/^each value in /, '').split(/\s/, 1)[0] ?? '';
    const field = fields.find((f) => head === f || head.startsWith(`${f}.`));
    if (field) (result.byField[field] ??= []).push(message);
    else result.general.push(message);
  }
  return result;
}
