import {
  SPEAKER_MODES,
  TURN_SECONDS_MAX,
  TURN_SECONDS_MIN,
  type SpeakerMode,
  type SpeakersView,
} from '#contract';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/fields';
import { useI18n } from '../../i18n/I18nProvider';
import { useSessionPage } from '../session/session-context';
import { Countdown } from './Countdown';
import { SpeakerLine } from './SpeakerName';

/**
 * The session's speakers' list on the session page: who has the floor and for how long, the
 * queue, "Request the floor" for delegates (with their place), and the chair's controls.
 */
export function SpeakersPanel() {
  const { t, fmt } = useI18n();
  const { session, me, calls, live, notify, moderates } = useSessionPage();
  const speakers = live.state!.speakers;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const running = session.status === 'open' || session.status === 'voting';
  const mine = speakers.queue.findIndex((r) => r.participant.id === me.id);
  const speaking = speakers.current?.participant.id === me.id;

  // "You have the floor", announced once when the chair calls this delegate.
  const [announcement, setAnnouncement] = useState('');
  const wasSpeaking = useRef(speaking);
  useEffect(() => {
    if (speaking && !wasSpeaking.current) setAnnouncement(t.speakers.youHaveTheFloor);
    if (!speaking) setAnnouncement('');
    wasSpeaking.current = speaking;
  }, [speaking, t.speakers.youHaveTheFloor]);

  const act = async (work: () => Promise<SpeakersView | null>, done?: string) => {
    setBusy(true);
    setError(null);
    try {
      const view = await work();
      if (view) live.update((s) => ({ ...s, speakers: view }));
      if (done) notify(done);
      await live.settle();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card speakers" aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">{t.speakers.heading}</h2>
      <p className="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
      {speaking && <p className="notice you-have-the-floor">{t.speakers.youHaveTheFloor}</p>}

      <div className="speakers-current">
        <h3>{t.speakers.nowSpeaking}</h3>
        {speakers.current ? (
          <>
            <p>
              <SpeakerLine participant={speakers.current.participant} />
            </p>
            <Countdown speakers={speakers} />
          </>
        ) : (
          <p className="muted">{t.speakers.nobodySpeaking}</p>
        )}
      </div>

      {me.role === 'delegate' && (
        <div className="row-actions">
          {mine >= 0 ? (
            <>
              <p className="queue-place">{t.speakers.place(fmt.number(mine + 1))}</p>
              <button
                type="button"
                className="secondary"
                disabled={busy}
                onClick={() =>
                  void act(() => calls.withdrawFloor(session.id), t.speakers.withdrawn)
                }
              >
                {t.speakers.withdrawRequest}
              </button>
            </>
          ) : (
            running && (
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  void act(async () => {
                    await calls.requestFloor(session.id, null, crypto.randomUUID());
                    // The whole list, with this request in its place (its event may follow).
                    return calls.speakers(session.id);
                  }, t.speakers.requested)
                }
              >
                {t.speakers.requestFloor}
              </button>
            )
          )}
        </div>
      )}

      {moderates && (
        <div className="row-actions">
          <button
            type="button"
            disabled={busy || !running || speakers.queue.length === 0}
            onClick={() =>
              void act(async () => {
                const view = await calls.nextSpeaker(session.id);
                if (view.current) notify(t.speakers.called(view.current.participant.name));
                return view;
              })
            }
          >
            {t.speakers.nextSpeaker}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy || !speakers.current}
            onClick={() => void act(() => calls.endTurn(session.id))}
          >
            {t.speakers.endTurn}
          </button>
        </div>
      )}

      {error !== null && <ErrorMessage error={error} />}

      <h3 id="speakers-queue-heading">{t.speakers.queue}</h3>
      {speakers.queue.length === 0 ? (
        <p className="muted">{t.speakers.queueEmpty}</p>
      ) : (
        <ol className="speakers-queue" aria-labelledby="speakers-queue-heading">
          {speakers.queue.map((r) => (
            <li key={r.id} aria-current={r.participant.id === me.id ? 'true' : undefined}>
              <SpeakerLine participant={r.participant} />
            </li>
          ))}
        </ol>
      )}

      {moderates && (
        <SpeakerSettings
          key={`${speakers.mode}-${speakers.turnSeconds}`}
          speakers={speakers}
          busy={busy}
          save={(mode, turnSeconds) =>
            void act(
              () => calls.speakerSettings(session.id, mode, turnSeconds),
              t.speakers.settingsSaved,
            )
          }
        />
      )}

      {speakers.totals.length > 0 && (
        <details className="speakers-totals">
          <summary>{t.speakers.totals}</summary>
          <ul>
            {speakers.totals.map((row) => (
              <li key={row.constituency ?? ''}>
                {row.constituency
                  ? (t.constituency[row.constituency as keyof typeof t.constituency] ??
                    row.constituency)
                  : '—'}
                : {t.speakers.turns(fmt.number(row.turns))}, {clockMinutes(row.seconds)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function clockMinutes(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function SpeakerSettings({
  speakers,
  busy,
  save,
}: {
  speakers: SpeakersView;
  busy: boolean;
  save(mode: SpeakerMode, turnSeconds: number): void;
}) {
  const { t } = useI18n();
  const [mode, setMode] = useState<SpeakerMode>(speakers.mode);
  const [seconds, setSeconds] = useState(String(speakers.turnSeconds));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(mode, Number(seconds));
  };
  return (
    <form className="speakers-settings" onSubmit={submit}>
      <SelectField
        label={t.speakers.mode}
        value={mode}
        onChange={(e) => setMode(e.target.value as SpeakerMode)}
      >
        {SPEAKER_MODES.map((m) => (
          <option key={m} value={m}>
            {t.speakers.modes[m]}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t.speakers.turnSeconds}
        type="number"
        min={TURN_SECONDS_MIN}
        max={TURN_SECONDS_MAX}
        step={1}
        required
        value={seconds}
        onChange={(e) => setSeconds(e.target.value)}
      />
      <button type="submit" className="secondary" disabled={busy}>
        {t.speakers.saveSettings}
      </button>
    </form>
  );
}
