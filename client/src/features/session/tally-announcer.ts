import type { RecommendationView, Tally } from '#contract';

/**
 * Decides what the polite live region says about tally changes. A busy session changes tallies
 * many times a second; a screen reader that read each one would be unusable, so changes are
 * gathered and said at most once per interval: the one recommendation that changed, or a count.
 */
export class TallyAnnouncer {
  private known = new Map<string, Tally>();
  private changed = new Set<string>();
  private lastSpoken = Number.NEGATIVE_INFINITY;
  private primed = false;

  constructor(private readonly intervalMs = 5000) {}

  /** Records which tallies differ from the last observation. The first one is the baseline. */
  observe(recommendations: readonly RecommendationView[]): void {
    for (const r of recommendations) {
      const before = this.known.get(r.id);
      if (
        this.primed &&
        (!before ||
          before.support !== r.tally.support ||
          before.oppose !== r.tally.oppose ||
          before.abstain !== r.tally.abstain)
      ) {
        if (before) this.changed.add(r.id);
      }
      this.known.set(r.id, r.tally);
    }
    this.primed = true;
  }

  /** Milliseconds until something may be said, or null when there is nothing to say. */
  dueIn(now: number): number | null {
    if (!this.changed.size) return null;
    return Math.max(0, this.lastSpoken + this.intervalMs - now);
  }

  /** What to say now, if anything; `describe` words one recommendation's tally. */
  take(
    now: number,
    describe: (id: string) => string | null,
    many: (count: number) => string,
  ): string | null {
    if (!this.changed.size || now - this.lastSpoken < this.intervalMs) return null;
    const ids = [...this.changed];
    this.changed.clear();
    this.lastSpoken = now;
    if (ids.length === 1) return describe(ids[0]!);
    return many(ids.length);
  }
}
