import {
  CONSTITUENCIES,
  LANGUAGES_UN_ORDER,
  LIMITS,
  ROLES,
  type Constituency,
  type Language,
  type ParticipantView,
  type Role,
} from '#contract';
import { useState, type FormEvent } from 'react';
import { splitFieldErrors, type FieldErrors } from '../../api/api-error';
import type { ApiClient } from '../../api/client';
import { FormErrors, SelectField, TextField } from '../../components/fields';
import { useI18n } from '../../i18n/I18nProvider';

const FIELDS = [
  'name',
  'organisation',
  'constituency',
  'country',
  'city',
  'role',
  'language',
] as const;
type Field = (typeof FIELDS)[number];

/**
 * Corrects a participant's details and role (the email is their sign-in name and stays). Only
 * changed fields are sent, so the audit log records what was changed. One's own role is not
 * offered: the server refuses a secretariat demoting itself.
 */
export function ParticipantEditForm({
  api,
  participant,
  self,
  onSaved,
  onCancel,
}: {
  api: ApiClient;
  participant: ParticipantView;
  self: boolean;
  onSaved(updated: ParticipantView): void;
  onCancel(): void;
}) {
  const { t, fmt } = useI18n('staff');
  const initial = {
    name: participant.name,
    organisation: participant.organisation ?? '',
    constituency: participant.constituency ?? 'local_government',
    country: participant.country ?? '',
    city: participant.city ?? '',
    role: participant.role,
    language: participant.language,
  };
  const [value, setValue] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<Field>>({ byField: {}, general: [] });
  const set = <K extends keyof typeof initial>(key: K, v: (typeof initial)[K]) =>
    setValue((c) => ({ ...c, [key]: v }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = {
      ...value,
      name: value.name.trim(),
      organisation: value.organisation.trim(),
      country: value.country.trim().toUpperCase(),
      city: value.city.trim(),
    };
    const changed = Object.fromEntries(
      (Object.keys(trimmed) as Field[])
        .filter((key) => trimmed[key] !== initial[key])
        .map((key) => [key, trimmed[key]]),
    );
    if (Object.keys(changed).length === 0) return onCancel();
    try {
      onSaved(
        await api.call('PATCH /participants/:id', {
          params: { id: participant.id },
          body: changed,
        }),
      );
    } catch (e) {
      setErrors(splitFieldErrors(e, FIELDS, { t, fmt }));
    }
  };

  const headingId = `edit-participant-${participant.id}`;
  return (
    <form
      onSubmit={(event) => void submit(event)}
      className="card"
      aria-labelledby={headingId}
      noValidate
    >
      <h2 id={headingId}>{t.editParticipant(participant.name)}</h2>
      <p className="muted">{participant.email}</p>
      <FormErrors messages={errors.general} />
      <div className="grid-2">
        <TextField
          label={t.name}
          value={value.name}
          required
          maxLength={LIMITS.participantName}
          onChange={(e) => set('name', e.target.value)}
          errors={errors.byField.name}
        />
        <TextField
          label={t.organisation}
          value={value.organisation}
          required
          maxLength={LIMITS.organisation}
          onChange={(e) => set('organisation', e.target.value)}
          errors={errors.byField.organisation}
        />
        <SelectField
          label={t.constituencyLabel}
          value={value.constituency}
          onChange={(e) => set('constituency', e.target.value as Constituency)}
          errors={errors.byField.constituency}
        >
          {CONSTITUENCIES.map((c) => (
            <option key={c} value={c}>
              {t.constituency[c]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t.country}
          value={value.country}
          required
          maxLength={2}
          onChange={(e) => set('country', e.target.value)}
          errors={errors.byField.country}
        />
        <TextField
          label={t.city}
          value={value.city}
          maxLength={LIMITS.city}
          onChange={(e) => set('city', e.target.value)}
          errors={errors.byField.city}
        />
        <SelectField
          label={t.roleLabel}
          value={value.role}
          disabled={self}
          hint={self ? t.ownRoleHint : undefined}
          onChange={(e) => set('role', e.target.value as Role)}
          errors={errors.byField.role}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t.role[r]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t.language}
          value={value.language}
          onChange={(e) => set('language', e.target.value as Language)}
          errors={errors.byField.language}
        >
          {LANGUAGES_UN_ORDER.map((l) => (
            <option key={l} value={l}>
              {t.languageName[l]}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="row-actions">
        <button type="submit">{t.saveChanges}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
