import {
  CONSTITUENCIES,
  LANGUAGES_UN_ORDER,
  LIMITS,
  ROLES,
  type Constituency,
  type CreatedParticipantView,
  type Language,
  type Role,
} from '#contract';
import { useState, type FormEvent } from 'react';
import { splitFieldErrors, type FieldErrors } from '../../api/api-error';
import type { ApiClient } from '../../api/client';
import { FormErrors, SelectField, TextField } from '../../components/fields';
import { useI18n } from '../../i18n/I18nProvider';
import { AccessCodesDownload } from './access-codes';

const FIELDS = [
  'name',
  'email',
  'organisation',
  'constituency',
  'country',
  'city',
  'role',
  'language',
] as const;
type Field = (typeof FIELDS)[number];

const EMPTY = {
  name: '',
  email: '',
  organisation: '',
  constituency: 'local_government' as Constituency,
  country: '',
  city: '',
  role: 'delegate' as Role,
  language: 'en' as Language,
};

/** Accredits one participant; the access code is shown once, as the server gives it once. */
export function ParticipantForm({
  api,
  conferenceId,
  onCreated,
}: {
  api: ApiClient;
  conferenceId: string;
  onCreated(): void;
}) {
  const { t, fmt } = useI18n('staff');
  const [value, setValue] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<Field>>({ byField: {}, general: [] });
  const [created, setCreated] = useState<CreatedParticipantView | null>(null);
  const set = <K extends keyof typeof EMPTY>(key: K, v: (typeof EMPTY)[K]) =>
    setValue((c) => ({ ...c, [key]: v }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const participant = await api.call('POST /participants', {
        body: { ...value, city: value.city.trim() || undefined, conferenceId },
      });
      setCreated(participant);
      setValue(EMPTY);
      setErrors({ byField: {}, general: [] });
      onCreated();
    } catch (e) {
      setErrors(splitFieldErrors(e, FIELDS, { t, fmt }));
    }
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      className="card"
      aria-labelledby="add-participant"
      noValidate
    >
      <h2 id="add-participant">{t.addParticipant}</h2>
      <FormErrors messages={errors.general} />
      {created && (
        <div className="notice" role="status">
          <p>{t.accessCodeOnce(created.email ?? created.name, created.accessCode)}</p>
          <AccessCodesDownload
            rows={[
              { name: created.name, email: created.email ?? '', accessCode: created.accessCode },
            ]}
          />
        </div>
      )}
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
          label={t.email}
          type="email"
          value={value.email}
          required
          maxLength={LIMITS.email}
          onChange={(e) => set('email', e.target.value)}
          errors={errors.byField.email}
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
      <button type="submit">{t.addParticipant}</button>
    </form>
  );
}
