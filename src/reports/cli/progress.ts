export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const WIDTH = 24;

/**
 * A progress bar without a dependency: on a terminal one line redrawn in place, elsewhere (a
 * log file, CI) one plain line per step, so logs stay readable.
 */
export class ProgressBar {
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
  ) {}

  update(done: number, label: string): void {
    const ratio = Math.max(0, Math.min(1, done / this.total));
    if (!this.stream.isTTY) {
      this.stream.write(`[${done}/${this.total}] ${label}\n`);
      return;
    }
    const filled = Math.round(ratio * WIDTH);
    const bar = '#'.repeat(filled) + '-'.repeat(WIDTH - filled);
    const percent = String(Math.round(ratio * 100)).padStart(3);
    // \r back to the start of the line, \x1b[K clears what a longer label left behind.
    this.stream.write(`\r[${bar}] ${percent}% ${label}\x1b[K`);
    this.drawn = true;
  }

  /** Ends the redrawn line so that what follows starts on a line of its own. */
  finish(): void {
    if (this.drawn) this.stream.write('\n');
    this.drawn = false;
  }
}
