import { useId, useState, type FormEvent } from 'react';
import { splitFieldErrors, type FieldErrors } from '../../api/api-error';
import {
  LANGUAGES_UN_ORDER,
  type ConferenceView,
  type FrameworkView,
  type Language,
  LIMITS,
} from '#contract';
import {
  CheckboxGroup,
  FormErrors,
  SelectField,
  TextArea,
  TextField,
} from '../../components/fields';
import { useI18n } from '../../i18n/I18nProvider';

const FIELDS = [
  'title',
  'city',
  'country',
  'timezone',
  'startsOn',
  'endsOn',
  'framework',
  'languages',
  'targetProcess',
  'introduction',
  'adoptionRule',
] as const;
type Field = (typeof FIELDS)[number];

export type ConferenceInput = Omit<
  ConferenceView,
  'id' | 'slug' | 'hosts' | 'partners' | 'translations' | 'targetProcess' | 'introduction'
> & {
  targetProcess?: string;
  introduction?: string;
};

const EMPTY: ConferenceInput = {
  title: '',
  city: '',
  country: '',
  timezone: 'UTC',
  startsOn: '',
  endsOn: '',
  framework: 'gcm-objectives',
  languages: ['en'],
  adoptionRule: { minVotes: 5, minSupportShare: 0.6 },
};

function zones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** The conference's own record; also the form that creates one. */
export function ConferenceForm({
  initial,
  frameworks,
  submitLabel,
  onSubmit,
}: {
  initial?: ConferenceView;
  frameworks: FrameworkView[];
  submitLabel: string;
  onSubmit(input: ConferenceInput): Promise<void>;
}) {
  const { t, fmt } = useI18n('staff');
  const [value, setValue] = useState<ConferenceInput>(() =>
    initial
      ? {
          title: initial.title,
          city: initial.city,
          country: initial.country,
          timezone: initial.timezone,
          startsOn: initial.startsOn,
          endsOn: initial.endsOn,
          framework: initial.framework,
          languages: initial.languages,
          adoptionRule: initial.adoptionRule,
          targetProcess: initial.targetProcess ?? '',
          introduction: initial.introduction ?? '',
        }
      : EMPTY,
  );
  const [errors, setErrors] = useState<FieldErrors<Field>>({ byField: {}, general: [] });
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const zoneList = useId();
  const set = <K extends keyof ConferenceInput>(key: K, v: ConferenceInput[K]) => {
    setSaved(false);
    setValue((current) => ({ ...current, [key]: v }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onSubmit({ ...value, country: value.country.trim().toUpperCase() });
      setErrors({ byField: {}, general: [] });
      setSaved(true);
    } catch (e) {
      setErrors(splitFieldErrors(e, FIELDS, { t, fmt }));
    } finally {
      setBusy(false);
    }
  };

  const hasFieldErrors = Object.keys(errors.byField).length > 0;
  return (
    <form onSubmit={(event) => void submit(event)} className="card wide-form" noValidate>
      <FormErrors
        messages={errors.general}
        intro={hasFieldErrors && !errors.general.length ? t.formHasErrors : undefined}
      />
      <TextField
        label={t.title}
        value={value.title}
        required
        maxLength={LIMITS.conferenceTitle}
        onChange={(e) => set('title', e.target.value)}
        errors={errors.byField.title}
      />
      <div className="grid-2">
        <TextField
          label={t.city}
          value={value.city}
          required
          maxLength={LIMITS.city}
          onChange={(e) => set('city', e.target.value)}
          errors={errors.byField.city}
        />
        <TextField
          label={t.country}
          value={value.country}
          required
          maxLength={2}
          autoCapitalize="characters"
          onChange={(e) => set('country', e.target.value)}
          errors={errors.byField.country}
        />
        <TextField
          label={t.startsOn}
          type="date"
          value={value.startsOn}
          required
          onChange={(e) => set('startsOn', e.target.value)}
          errors={errors.byField.startsOn}
        />
        <TextField
          label={t.endsOn}
          type="date"
          value={value.endsOn}
          required
          onChange={(e) => set('endsOn', e.target.value)}
          errors={errors.byField.endsOn}
        />
        <TextField
          label={t.timezone}
          value={value.timezone}
          list={zoneList}
          onChange={(e) => set('timezone', e.target.value)}
          errors={errors.byField.timezone}
        />
        <SelectField
          label={t.framework}
          value={value.framework}
          onChange={(e) => set('framework', e.target.value)}
          errors={errors.byField.framework}
        >
          {frameworks.map((f) => (
            <option key={f.id} value={f.id}>
              {f.title}
            </option>
          ))}
        </SelectField>
      </div>
      <datalist id={zoneList}>
        {zones().map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <CheckboxGroup<Language>
        legend={t.languages}
        options={LANGUAGES_UN_ORDER.map((l) => ({ value: l, label: t.languageName[l] }))}
        value={value.languages}
        onChange={(languages) => set('languages', languages)}
        errors={errors.byField.languages}
      />
      <TextField
        label={t.targetProcess}
        value={value.targetProcess ?? ''}
        maxLength={LIMITS.targetProcess}
        onChange={(e) => set('targetProcess', e.target.value)}
        errors={errors.byField.targetProcess}
      />
      <TextArea
        label={t.introduction}
        value={value.introduction ?? ''}
        rows={6}
        maxLength={LIMITS.introduction}
        onChange={(e) => set('introduction', e.target.value)}
        errors={errors.byField.introduction}
      />
      <fieldset className="field">
        <legend>{t.adoptionRule}</legend>
        <div className="grid-2">
          <TextField
            label={t.minVotes}
            type="number"
            min={0}
            step={1}
            value={String(value.adoptionRule.minVotes)}
            onChange={(e) =>
              set('adoptionRule', { ...value.adoptionRule, minVotes: Number(e.target.value) })
            }
          />
          <TextField
            label={t.minSupportShare}
            type="number"
            min={0}
            max={100}
            step={1}
            value={String(Math.round(value.adoptionRule.minSupportShare * 100))}
            onChange={(e) =>
              set('adoptionRule', {
                ...value.adoptionRule,
                minSupportShare: Number(e.target.value) / 100,
              })
            }
          />
        </div>
        {errors.byField.adoptionRule && (
          <p className="field-error">{errors.byField.adoptionRule.join(' ')}</p>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        <span role="status" className="muted">
          {saved ? t.saved : ''}
        </span>
      </div>
    </form>
  );
}
