import { VOTE_VALUES, type Tally } from '#contract';
import type { Messages } from '../../i18n/catalogue';
import type { Formatter } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';

export function tallyText(t: Messages, fmt: Formatter, tally: Tally): string {
  return t.tally(fmt.number(tally.support), fmt.number(tally.oppose), fmt.number(tally.abstain));
}

/**
 * The tally as text (what screen readers and tests read) and as bars (for the eye; hidden from
 * assistive technology because the text already says it).
 */
export function TallyView({ tally, large = false }: { tally: Tally; large?: boolean }) {
  const { t, fmt } = useI18n();
  const total = tally.support + tally.oppose + tally.abstain;
  return (
    <div className={`tally ${large ? 'tally-large' : ''}`}>
      <p className="tally-text">{tallyText(t, fmt, tally)}</p>
      <div className="tally-bars" aria-hidden="true">
        {VOTE_VALUES.map((v) => (
          <span
            key={v}
            className={`tally-bar tally-${v}`}
            style={{ width: total ? `${(tally[v] / total) * 100}%` : '0%' }}
          />
        ))}
      </div>
    </div>
  );
}
