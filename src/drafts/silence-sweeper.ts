import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import type { ArgOf } from '../common/events/domain-events';
import { OnDomainEvent } from '../common/events/on-domain-event';
import { DRAFT_EVENTS } from './draft.events';
import { SilenceService } from './silence.service';

/** How often every instance looks for silences past their deadline. */
export const SILENCE_SWEEP_MS = 1000;

/**
 * Runs the silence procedure's deadlines. The deadline is data: at start-up, then every second,
 * each instance adopts what is due (SilenceService.adoptDue, which adopts each draft exactly once
 * however many instances sweep); a silence started on this instance also gets a timer at its
 * deadline, so adoption does not wait for the next sweep.
 */
@Injectable()
export class SilenceSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SilenceSweeper.name);
  private interval: NodeJS.Timeout | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(private readonly silence: SilenceService) {}

  onApplicationBootstrap(): void {
    void this.sweep();
    this.interval = setInterval(() => void this.sweep(), SILENCE_SWEEP_MS);
    this.interval.unref();
  }

  @OnDomainEvent(DRAFT_EVENTS.draftChanged)
  scheduled(event: ArgOf<'draft.changed'>): void {
    const silence = event.payload.draft.silence;
    if (this.stopped || event.payload.draft.status !== 'under_silence' || !silence) return;
    const wait = Math.min(Math.max(0, Date.parse(silence.until) - Date.now()), 2 ** 31 - 1);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.sweep();
    }, wait + 5);
    timer.unref();
    this.timers.add(timer);
  }

  /** One sweep at a time per instance. */
  sweep(): Promise<unknown> {
    if (this.stopped) return this.running;
    this.running = this.running.then(() =>
      this.silence.adoptDue().catch((error: unknown) => {
        this.logger.warn(`silence sweep failed: ${String(error)}`);
      }),
    );
    return this.running;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.interval) clearInterval(this.interval);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await this.running;
  }
}
