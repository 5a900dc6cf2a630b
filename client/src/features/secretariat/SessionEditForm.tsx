import { LIMITS, type ConferenceView, type Language, type SessionView } from '#contract';
import { useState, type FormEvent } from 'react';
import { splitFieldErrors, type FieldErrors } from '../../api/api-error';
import type { ApiClient } from '../../api/client';
import { FormErrors, TextArea, TextField } from '../../components/fields';
import { fromLocalInput, toLocalInput } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';

const FIELDS = ['title', 'startsAt', 'endsAt', 'room', 'description', 'translations'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Corrects a session's title, times, room, description and its title in the conference's other
 * languages. Times are the venue's wall clock, as in the form that created the session. The
 * translated titles are sent whole (the server replaces them); a blank one shows the original.
 */
export function SessionEditForm({
  api,
  conference,
  session,
  onSaved,
  onCancel,
}: {
  api: ApiClient;
  conference: ConferenceView;
  session: SessionView;
  onSaved(updated: SessionView): void;
  onCancel(): void;
}) {
  const { t, fmt } = useI18n('staff');
  const zone = conference.timezone;
  const [value, setValue] = useState({
    title: session.title,
    startsAt: toLocalInput(session.startsAt, zone),
    endsAt: toLocalInput(session.endsAt, zone),
    room: session.room ?? '',
    description: session.description ?? '',
  });
  const [titles, setTitles] = useState<Partial<Record<Language, string>>>(
    session.translations.title ?? {},
  );
  const [errors, setErrors] = useState<FieldErrors<Field>>({ byField: {}, general: [] });
  const set = <K extends keyof typeof value>(key: K, v: (typeof value)[K]) =>
    setValue((c) => ({ ...c, [key]: v }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const title = Object.fromEntries(
      Object.entries(titles)
        .map(([language, text]) => [language, (text ?? '').trim()])
        .filter(([, text]) => text !== ''),
    ) as Partial<Record<Language, string>>;
    try {
      const updated = await api.call('PATCH /sessions/:id', {
        params: { id: session.id },
        body: {
          title: value.title.trim(),
          startsAt: fromLocalInput(value.startsAt, zone),
          endsAt: fromLocalInput(value.endsAt, zone),
          room: value.room.trim(),
          description: value.description.trim(),
          // The description's translations are kept as they are.
          translations: { ...session.translations, title },
        },
      });
      onSaved(updated);
    } catch (e) {
      setErrors(splitFieldErrors(e, FIELDS, { t, fmt }));
    }
  };

  const headingId = `edit-session-${session.id}`;
  // Which language the title itself is in is not recorded, so every conference language is offered.
  const others = conference.languages;
  return (
    <form
      onSubmit={(event) => void submit(event)}
      className="session-edit"
      aria-labelledby={headingId}
      noValidate
    >
      <h3 id={headingId}>{t.editSession(session.title)}</h3>
      <FormErrors messages={errors.general} />
      <TextField
        label={t.title}
        value={value.title}
        required
        maxLength={LIMITS.sessionTitle}
        onChange={(e) => set('title', e.target.value)}
        errors={errors.byField.title}
      />
      <div className="grid-2">
        <TextField
          label={t.startsAt}
          type="datetime-local"
          value={value.startsAt}
          required
          onChange={(e) => set('startsAt', e.target.value)}
          errors={errors.byField.startsAt}
          hint={zone}
        />
        <TextField
          label={t.endsAt}
          type="datetime-local"
          value={value.endsAt}
          required
          onChange={(e) => set('endsAt', e.target.value)}
          errors={errors.byField.endsAt}
          hint={zone}
        />
        <TextField
          label={t.room}
          value={value.room}
          maxLength={LIMITS.sessionRoom}
          onChange={(e) => set('room', e.target.value)}
          errors={errors.byField.room}
        />
      </div>
      <TextArea
        label={t.description}
        value={value.description}
        rows={3}
        maxLength={LIMITS.sessionDescription}
        onChange={(e) => set('description', e.target.value)}
        errors={errors.byField.description}
      />
      {others.length > 0 && (
        <fieldset className="field">
          <legend>{t.translatedTitles}</legend>
          <p className="hint">{t.translatedTitlesHint}</p>
          <div className="grid-2">
            {others.map((language) => (
              <TextField
                key={language}
                label={t.titleIn(t.languageName[language])}
                lang={language}
                dir={language === 'ar' ? 'rtl' : undefined}
                value={titles[language] ?? ''}
                maxLength={LIMITS.sessionTitle}
                onChange={(e) => {
                  const text = e.target.value;
                  setTitles((c) => ({ ...c, [language]: text }));
                }}
              />
            ))}
          </div>
          {errors.byField.translations?.length ? (
            <p className="field-error">{errors.byField.translations.join(' ')}</p>
          ) : null}
        </fieldset>
      )}
      <div className="row-actions">
        <button type="submit">{t.saveChanges}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
