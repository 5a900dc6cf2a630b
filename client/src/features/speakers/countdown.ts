import { remainingSeconds, type SpeakersView } from '#contract';
import { useEffect, useState } from 'react';

/**
 * The current turn's time left, ticking once a second on this screen: derived from the turn's
 * `startedAt` and the list's `turnSeconds` (the server sends no per-second updates), so it is right
 * after a reconnect and on every screen alike.
 */
export function useRemaining(speakers: Pick<SpeakersView, 'current' | 'turnSeconds'>) {
  const running = speakers.current !== null;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running, speakers.current?.startedAt]);
  return remainingSeconds(speakers, now);
}

/** 83 → "1:23"; over time is shown as "+0:07". */
export function clock(seconds: number): string {
  const over = seconds < 0;
  const s = Math.abs(seconds);
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return over ? `+${text}` : text;
}
