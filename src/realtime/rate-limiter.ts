/** A token bucket: `rate` tokens a second on average, bursts up to twice that. */
export class TokenBucket {
  private tokens: number;
  private last = Date.now();

  constructor(private readonly rate: number) {
    this.tokens = rate * 2;
  }

  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Whether the bucket is out of debt (see `charge`). */
  available(): boolean {
    this.refill();
    return this.tokens > 0;
  }

  /**
   * Takes `amount` after the fact, into debt if need be: for a cost known only once paid (the
   * bytes of an answer). While in debt `available()` is false.
   */
  charge(amount: number): void {
    this.refill();
    this.tokens -= amount;
  }

  private refill(): void {
    const now = Date.now();
    this.tokens = Math.min(this.rate * 2, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
  }
}
