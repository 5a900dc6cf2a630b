import { ApiError } from '../api/api-error';
import type { Messages } from '../i18n/catalogue';

/** A sentence for any failure: the server's own words when it gave some, ours otherwise. */
export function errorText(t: Messages, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t.errorNetwork;
    if (error.messages.length) return error.messages.join(' ');
    if (error.status === 403) return t.errorForbidden;
    if (error.status === 404) return t.errorNotFound;
    return t.errorGeneric(error.status);
  }
  return error instanceof Error ? error.message : String(error);
}
