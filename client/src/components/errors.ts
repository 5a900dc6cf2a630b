import { ApiError } from '../api/api-error';
import type { Messages } from '../i18n/catalogue';
import type { Formatter } from '../i18n/format';
import { problemWithField } from '../i18n/problems';

/**
 * A sentence for any failure: bad input worded from the server's problems in the user's
 * language (given `fmt`), else the server's own words when it gave some, ours otherwise.
 */
export function errorText(t: Messages, error: unknown, fmt?: Formatter): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t.errorNetwork;
    if (fmt && error.problems.length)
      return error.problems.map((problem) => problemWithField({ t, fmt }, problem)).join(' ');
    if (error.messages.length) return error.messages.join(' ');
    if (error.status === 403) return t.errorForbidden;
    if (error.status === 404) return t.errorNotFound;
    return t.errorGeneric(error.status);
  }
  return error instanceof Error ? error.message : String(error);
}
