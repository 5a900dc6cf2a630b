import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ: 100 on every Linux we run on). */
const TICKS_PER_SECOND = 100;

/** The fields of /proc/<pid>/stat after the command name (field 3 onwards, so utime is [11]). */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** CPU time (ms) and resident memory (MB) of a process, read from /proc (Linux). */
export function processStats(pid: number): { cpuMs: number; rssMb: number } {
  const fields = statFields(pid);
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuMs: (ticks * 1000) / TICKS_PER_SECOND, rssMb: rssKb / 1024 };
}

/** CPU time (ms) of the processes, those that have ended counting 0. */
export function cpuMsOf(pids: number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      total += processStats(pid).cpuMs;
    } catch {
      // the process ended
    }
  }
  return total;
}

/**
 * CPU time (ms) of the local PostgreSQL cluster's work for one database: its backends (their
 * process title names the database: `postgres: <user> <database> …`, autovacuum workers too)
 * and the cluster's shared processes (checkpointer, writers, WAL, launchers), which work for
 * every database but whose share is the bench's while it writes. Backends of other databases —
 * other work on the machine — are left out. A backend that ends within a window loses its CPU
 * (reaped children's time is not counted: other work's would be too); the bench's pools keep theirs.
 */
export function postgresCpuMs(database: string): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      const shared =
        /\/postgres -D /.test(title) ||
        /^postgres: (?:\S+: )?(checkpointer|background writer|walwriter|autovacuum launcher|logical replication launcher)\b/.test(
          title,
        );
      const backend = !shared && /^postgres: /.test(title);
      const ours = shared || (backend && title.split(' ').includes(database));
      if (!ours) continue;
      const fields = statFields(Number(entry));
      const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
      total += (ticks * 1000) / TICKS_PER_SECOND;
    } catch {
      // the process ended, or is not ours to read
    }
  }
  return total;
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
