/**
 * Issue 13's targets ("Live at scale"), judged on one run's rows: each verdict says met or missed
 * and the ratio to its limit (or to the bare server's figure), so a miss says by how much.
 */
import type { DriverResult } from './driver';

export interface Measured extends DriverResult {
  server: string;
  cpuPercent: number;
  peakRssMb: number;
}

export interface Verdict {
  cell: string;
  target: string;
  /** What was measured, as the target states it. */
  measured: string;
  /** Agora ÷ the bare server for targets relative to it, else measured ÷ the absolute limit. */
  ratio: number | null;
  /** The ratio the target allows: at most (at least for ≥ targets). */
  limit: string;
  met: boolean;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const GIB_MB = 1024;

/** Agora ÷ bare, and whether it is within `factor`. */
function withinBare(
  cell: string,
  target: string,
  agora: number,
  bare: number,
  factor: number,
  unit: string,
): Verdict {
  const ratio = bare > 0 ? round2(agora / bare) : null;
  return {
    cell,
    target,
    measured: `${agora} ${unit}, bare ${bare} ${unit}`,
    ratio,
    limit: `≤ ${factor}`,
    met: ratio !== null && ratio <= factor,
  };
}

export function verdicts(
  db: 'sqlite' | 'postgres',
  agora: Measured,
  bare: Measured,
  instances?: Measured,
): Verdict[] {
  const cell = `${db} ${agora.screens} screens × ${agora.rate} votes/s`;
  const out: Verdict[] = [];
  if (db === 'sqlite') {
    out.push(
      withinBare(
        cell,
        'vote-to-all-screens p99 ≤ 1.25× bare',
        agora.latencyMs.p99,
        bare.latencyMs.p99,
        1.25,
        'ms',
      ),
    );
    out.push({
      cell,
      target: 'every vote acknowledged',
      measured: `${agora.acked} of ${agora.sent} (${agora.failed} failed)`,
      ratio: agora.sent > 0 ? round2(agora.acked / agora.sent) : null,
      limit: '≥ 1',
      met: agora.acked === agora.sent && agora.failed === 0,
    });
  } else {
    // 990/s at the 1,000 votes/s: 99 % of the offered rate, whatever the rate.
    const wanted = 0.99 * agora.rate;
    out.push({
      cell,
      target: `≥ ${wanted} acknowledged votes/s`,
      measured: `${agora.ackedPerSecond}/s`,
      ratio: round2(agora.ackedPerSecond / wanted),
      limit: '≥ 1',
      met: agora.ackedPerSecond >= 990,
    });
    out.push({
      cell,
      target: 'screens agree on the final tallies',
      measured: `${agora.screensAgree ? 'agree' : 'disagree'}, ${agora.finalTalliesRight ? 'every acknowledged vote shown' : 'acknowledged votes missing'}`,
      ratio: null,
      limit: 'agree',
      met: agora.screensAgree && agora.finalTalliesRight,
    });
    out.push(
      withinBare(
        cell,
        'vote-to-all-screens p99 ≤ 2× bare',
        agora.latencyMs.p99,
        bare.latencyMs.p99,
        2,
        'ms',
      ),
    );
  }
  out.push({
    cell,
    target: `${agora.screens} sockets ≤ 1 GiB RSS`,
    measured: `${agora.peakRssMb} MB peak`,
    ratio: round2(agora.peakRssMb / GIB_MB),
    limit: '≤ 1',
    met: agora.peakRssMb <= GIB_MB,
  });
  out.push(
    withinBare(
      cell,
      `joining ${agora.screens} screens within 2× bare`,
      agora.join.seconds,
      bare.join.seconds,
      2,
      's',
    ),
  );
  if (instances) {
    const one = agora.voteCpu.msPerAckedVote;
    const two = instances.voteCpu.msPerAckedVote;
    out.push({
      cell,
      target: "CPU per acknowledged vote, instances + PostgreSQL, ×2 ≤ one instance's",
      measured: `×2 ${two} ms (instances ${instances.voteCpu.serverMs} + postgres ${instances.voteCpu.postgresMs} ms over ${instances.acked} votes), ×1 ${one} ms (${agora.voteCpu.serverMs} + ${agora.voteCpu.postgresMs} ms over ${agora.acked})`,
      ratio: one > 0 ? round2(two / one) : null,
      limit: '≤ 1',
      met: two <= one,
    });
  }
  return out;
}

export function describe(v: Verdict): string {
  const ratio = v.ratio !== null ? ` — ratio ${v.ratio} (${v.limit})` : '';
  return `${v.met ? 'met   ' : 'MISSED'} ${v.cell}: ${v.target}: ${v.measured}${ratio}`;
}
