import {
  SPEAKER_MODES,
  TURN_SECONDS_MAX,
  TURN_SECONDS_MIN,
  type SpeakerMode,
  type SpeakerTopic,
  type SpeakersView,
} from '#contract';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/fields';
import { useI18n } from '../../i18n/I18nProvider';
import { Countdown } from './Countdown';
import { SpeakerLine } from './SpeakerName';

/** The endpoints of one speakers' list (a session's or a draft's), bound to its id. */
export interface FloorCalls {
  list(): Promise<SpeakersView>;
  request(topic: SpeakerTopic, idempotencyKey: string): Promise<unknown>;
  withdraw(): Promise<SpeakersView>;
  next(): Promise<SpeakersView>;
  end(): Promise<SpeakersView>;
  settings(mode: SpeakerMode, turnSeconds: number): Promise<SpeakersView>;
}

/** Something a delegate may ask to speak on, as the topic picker offers it. */
export interface TopicChoice {
  key: string;
  label: string;
  topic: SpeakerTopic;
}

export interface FloorPanelProps {
  speakers: SpeakersView;
  me: { id: string; role: string };
  /** Whether delegates may ask and the chair may call now (the session runs, the draft is drafting). */
  open: boolean;
  /** The session's moderators or the draft's chairs, and the secretariat. */
  chairs: boolean;
  calls: FloorCalls;
  /** Folds an answer into the page's live state at once. */
  apply(view: SpeakersView): void;
  /** After an action: a refetch when the page is not live. */
  settle(): Promise<void>;
  notify(message: string): void;
  /** When given, what a delegate may ask to speak on (the first choice is asked by default). */
  topics?: TopicChoice[];
  /** How a request's topic reads in the queue ("Paragraph 3"); nothing shown when null. */
  topicLabel?(topic: SpeakerTopic): string | null;
}

/**
 * A speakers' list as the session page and the drafting room show it: who has the floor and for
 * how long, the queue, "Request the floor" for delegates (with their place), and the chair's
 * controls.
 */
export function FloorPanel({
  speakers,
  me,
  open,
  chairs,
  calls,
  apply,
  settle,
  notify,
  topics,
  topicLabel,
}: FloorPanelProps) {
  const { t, fmt } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [topicKey, setTopicKey] = useState(topics?.[0]?.key ?? '');
  const mine = speakers.queue.findIndex((r) => r.participant.id === me.id);
  const speaking = speakers.current?.participant.id === me.id;
  const about = (topic: SpeakerTopic) => {
    const label = topic && topicLabel ? topicLabel(topic) : null;
    return label ? <span className="speaker-topic"> ({label})</span> : null;
  };

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
      if (view) apply(view);
      if (done) notify(done);
      await settle();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const chosen = topics?.find((c) => c.key === topicKey)?.topic ?? null;

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
              {about(speakers.current.topic)}
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
                onClick={() => void act(() => calls.withdraw(), t.speakers.withdrawn)}
              >
                {t.speakers.withdrawRequest}
              </button>
            </>
          ) : (
            open && (
              <>
                {topics && topics.length > 0 && (
                  <SelectField
                    label={t.speakers.topic}
                    value={topicKey}
                    onChange={(e) => setTopicKey(e.target.value)}
                  >
                    {topics.map((c) => (
                      <option key={c.key} value={c.key}>
                        {c.label}
                      </option>
                    ))}
                  </SelectField>
                )}
                <button
                  type="button"
                  disabled={busy}
                  onClick={() =>
                    void act(async () => {
                      await calls.request(chosen, crypto.randomUUID());
                      // The whole list, with this request in its place (its event may follow).
                      return calls.list();
                    }, t.speakers.requested)
                  }
                >
                  {t.speakers.requestFloor}
                </button>
              </>
            )
          )}
        </div>
      )}

      {chairs && (
        <div className="row-actions">
          <button
            type="button"
            disabled={busy || !open || speakers.queue.length === 0}
            onClick={() =>
              void act(async () => {
                const view = await calls.next();
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
            onClick={() => void act(() => calls.end())}
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
              {about(r.topic)}
            </li>
          ))}
        </ol>
      )}

      {chairs && (
        <SpeakerSettings
          key={`${speakers.mode}-${speakers.turnSeconds}`}
          speakers={speakers}
          busy={busy}
          save={(mode, turnSeconds) =>
            void act(() => calls.settings(mode, turnSeconds), t.speakers.settingsSaved)
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
                : {t.speakers.turns(row.turns)}, {clockMinutes(row.seconds)}
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
