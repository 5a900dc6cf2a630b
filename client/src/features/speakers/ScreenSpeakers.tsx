import type { SpeakersView } from '#contract';
import { useI18n } from '../../i18n/I18nProvider';
import { Countdown } from './Countdown';
import { speakerAffiliation } from './SpeakerName';

const NEXT = 3;

/** The room screen's floor: the speaker, their time left in very large type, the next three. */
export function ScreenSpeakers({ speakers }: { speakers: SpeakersView }) {
  const { t } = useI18n();
  if (!speakers.current && speakers.queue.length === 0) return null;
  const current = speakers.current;
  return (
    <section className="screen-speakers" aria-labelledby="screen-speaker-heading">
      <h2 id="screen-speaker-heading">{t.speakers.nowSpeaking}</h2>
      {current ? (
        <div className="screen-speaker">
          <p className="screen-speaker-name">{current.participant.name}</p>
          <p className="screen-speaker-affiliation">
            {speakerAffiliation(current.participant, t.constituency)}
          </p>
          <Countdown speakers={speakers} large />
        </div>
      ) : (
        <p>{t.speakers.nobodySpeaking}</p>
      )}
      {speakers.queue.length > 0 && (
        <>
          <h3 id="screen-next-heading">{t.speakers.nextInLine}</h3>
          <ol className="screen-next" aria-labelledby="screen-next-heading">
            {speakers.queue.slice(0, NEXT).map((r) => (
              <li key={r.id}>
                <span className="speaker-name">{r.participant.name}</span>
                <span className="speaker-affiliation">
                  {' '}
                  — {speakerAffiliation(r.participant, t.constituency)}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
