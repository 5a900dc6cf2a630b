/** An error answer of the API, in NestJS's `{statusCode, message, error}` shape. */
export class ApiError extends Error {
  readonly status: number;
  /** The server's message(s); validation errors come as a list, each starting with the field. */
  readonly messages: string[];

  constructor(status: number, messages: string[]) {
    super(messages.join('; ') || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.messages = messages;
  }

  static fromBody(status: number, body: unknown): ApiError {
    const message = (body as { message?: unknown } | null)?.message;
    if (Array.isArray(message)) return new ApiError(status, message.map(String));
    if (typeof message === 'string') return new ApiError(status, [message]);
    return new ApiError(status, []);
  }
}

export interface FieldErrors<F extends string> {
  byField: Partial<Record<F, string[]>>;
  /** Messages that name none of the form's fields (shown above the form). */
  general: string[];
}

/**
 * Splits server messages over a form's fields. The server's messages start with the property
 * path ("title must be …", "adoptionRule.minVotes must …"), which is the only link between a
 * message and a field, so the first word decides.
 */
export function splitFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
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
  for (const message of error.messages.length ? error.messages : [error.message]) {
    // class-validator words array rules as "each value in themes must be …".
    const head = message.replace(/^each value in /, '').split(/\s/, 1)[0] ?? '';
    const field = fields.find((f) => head === f || head.startsWith(`${f}.`));
    if (field) (result.byField[field] ??= []).push(message);
    else result.general.push(message);
  }
  return result;
}
