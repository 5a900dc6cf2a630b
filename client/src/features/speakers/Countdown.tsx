import type { SpeakersView } from '#contract';
import { useI18n } from '../../i18n/I18nProvider';
import { clock, useRemaining } from './countdown';

/** The time left of the current turn, as a labelled timer (not read out every second). */
export function Countdown({ speakers, large }: { speakers: SpeakersView; large?: boolean }) {
  const { t } = useI18n();
  const left = useRemaining(speakers);
  if (left === null) return null;
  const over = left < 0;
  return (
    <p className={`countdown${large ? ' countdown-large' : ''}${over ? ' over-time' : ''}`}>
      <span className="countdown-label">{over ? t.speakers.overTime : t.speakers.timeLeft}</span>{' '}
      <span role="timer" aria-live="off" className="countdown-time">
        {clock(over ? left : Math.max(0, left))}
      </span>
    </p>
  );
}
