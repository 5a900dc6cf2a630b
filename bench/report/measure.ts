import { monitorEventLoopDelay } from 'node:perf_hooks';

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export interface Timed<T> {
  /** Median wall time of the runs, in milliseconds. */
  ms: number;
  runs: number[];
  /** Longest the event loop was blocked during the runs, in milliseconds. */
  maxBlockMs: number;
  /**
   * Median CPU time of the runs (the whole process: user and system, GC threads included), in
   * milliseconds: on a machine shared with other work, wall time grows with the load, this much less.
   */
  cpuMs: number;
  result: T;
}

/**
 * Runs `work` `runs` times (after one warm-up run unless told not to), and reports the median time and the longest
 * stall of the event loop (what a live session's sockets would have waited).
 */
export async function timed<T>(
  runs: number,
  work: () => Promise<T> | T,
  warmUp = true,
): Promise<Timed<T>> {
  let result = warmUp ? await work() : (undefined as T);
  const times: number[] = [];
  const cpu: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  for (let i = 0; i < runs; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const start = performance.now();
    const startCpu = process.cpuUsage();
    result = await work();
    times.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  // Let the monitor's timer fire after the last run, so that its stall is recorded.
  await new Promise((resolve) => setTimeout(resolve, 20));
  loop.disable();
  return {
    ms: median(times),
    runs: times,
    maxBlockMs: loop.max / 1e6,
    cpuMs: median(cpu),
    result,
  };
}

export const round = (ms: number, digits = 1): number => Number(ms.toFixed(digits));

/** The value below which `p` % of the values lie (nearest rank); NaN for no values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A bench's `--name value` options. */
export function benchArgs(argv: string[] = process.argv): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 2; i < argv.length; i += 2) args.set(argv[i].replace(/^--/, ''), argv[i + 1]);
  return args;
}
