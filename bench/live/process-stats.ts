import { readFileSync } from 'node:fs';

/** CPU time (ms) and resident memory (MB) of a process, read from /proc (Linux). */
export function processStats(pid: number): { cpuMs: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuMs: (ticks * 1000) / 100, rssMb: rssKb / 1024 };
}

/** Samples a process while a measurement runs: CPU use over the window and peak RSS. */
export class ProcessSampler {
  private readonly start: { cpuMs: number; at: number };
  private peakRss = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number) {
    this.start = { cpuMs: processStats(pid).cpuMs, at: Date.now() };
    this.timer = setInterval(() => this.sample(), 200);
  }

  private sample(): void {
    try {
      this.peakRss = Math.max(this.peakRss, processStats(this.pid).rssMb);
    } catch {
      // the process ended
    }
  }

  stop(): { cpuPercent: number; peakRssMb: number } {
    clearInterval(this.timer);
    this.sample();
    const end = processStats(this.pid).cpuMs;
    const wall = Date.now() - this.start.at;
    return {
      cpuPercent: Math.round(((end - this.start.cpuMs) / wall) * 1000) / 10,
      peakRssMb: Math.round(this.peakRss),
    };
  }
}
