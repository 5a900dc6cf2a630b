import { Injectable } from '@nestjs/common';
import { TooManyRequests } from '../common/errors';

export const MAX_FAILED_LOGINS = 5;
const WINDOW_MS = 60_000;

/**
 * Guessing access codes: after five wrong attempts for one email within a minute, sign-in for
 * that email answers 429 until the minute has passed. Counted per email (a venue shares one
 * address, so per-address limits must stay generous) and per instance.
 */
@Injectable()
export class LoginAttempts {
  private readonly failures = new Map<string, number[]>();

  assertAllowed(email: string): void {
    const recent = this.recent(email);
    if (recent.length >= MAX_FAILED_LOGINS) {
      const retryAfter = Math.ceil((recent[0] + WINDOW_MS - Date.now()) / 1000);
      throw new TooManyRequests(
        `Too many failed sign-ins for this email; try again in ${retryAfter} s`,
        retryAfter,
      );
    }
  }

  failed(email: string): void {
    const recent = this.recent(email);
    recent.push(Date.now());
    this.failures.set(email, recent);
    if (this.failures.size > 100_000) this.failures.clear();
  }

  succeeded(email: string): void {
    this.failures.delete(email);
  }

  private recent(email: string): number[] {
    const cutoff = Date.now() - WINDOW_MS;
    return (this.failures.get(email) ?? []).filter((t) => t > cutoff);
  }
}
