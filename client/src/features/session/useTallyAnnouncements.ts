import type { RecommendationView } from '#contract';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { TallyAnnouncer } from './tally-announcer';
import { tallyText } from './TallyView';

const INTERVAL_MS = 5000;

/** The text of the polite live region that reports tally changes, at most every 5 s. */
export function useTallyAnnouncements(
  recommendations: readonly RecommendationView[] | undefined,
): string {
  const { t, fmt } = useI18n();
  const announcer = useRef(new TallyAnnouncer(INTERVAL_MS));
  const latest = useRef(recommendations);
  latest.current = recommendations;
  const [message, setMessage] = useState('');
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (recommendations) announcer.current.observe(recommendations);
  }, [recommendations]);

  useEffect(() => {
    const due = announcer.current.dueIn(Date.now());
    if (due === null) return;
    const timer = setTimeout(() => {
      const text = announcer.current.take(
        Date.now(),
        (id) => {
          const r = latest.current?.find((x) => x.id === id);
          return r ? t.tallyAnnouncement(r.title, tallyText(t, fmt, r.tally)) : null;
        },
        (count) => t.tallyManyAnnouncement(count),
      );
      if (text) setMessage(text);
      setTick((n) => n + 1);
    }, due);
    return () => clearTimeout(timer);
  }, [recommendations, tick, t, fmt]);

  return message;
}
