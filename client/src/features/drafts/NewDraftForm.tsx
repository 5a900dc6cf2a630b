import type { Language } from '#contract';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { splitFieldErrors, type FieldErrors } from '../../api/api-error';
import { useRouter } from '../../app/router';
import { useAuth } from '../../auth/AuthProvider';
import { CheckboxGroup, FormErrors, SelectField, TextField } from '../../components/fields';
import { useResource } from '../../hooks/useResource';
import { isLanguage } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import { draftApi } from './draft-api';

const FIELDS = ['title', 'language', 'fromReportId', 'chairIds'] as const;
type Field = (typeof FIELDS)[number];
const NO_ERRORS: FieldErrors<Field> = { byField: {}, general: [] };
/** Server limit of a draft's title (src/drafts/dto). */
const DRAFT_TITLE_MAX = 300;

/**
 * The secretariat makes a draft: blank, or from a compiled outcome-document version (a chapeau
 * placeholder, a heading per chapter, an operative paragraph per adopted recommendation), and
 * names its chairs among the conference's moderators. Then it opens the new draft.
 */
export function NewDraftForm({ conferenceId }: { conferenceId: string }) {
  const { t, fmt } = useI18n('drafting');
  const { api } = useAuth();
  const { navigate } = useRouter();
  const calls = useMemo(() => draftApi(api), [api]);
  const conference = useResource(
    () => api.call('GET /conferences/:id', { params: { id: conferenceId } }),
    [api, conferenceId],
  );
  const reports = useResource(
    async () =>
      (await api.call('GET /conferences/:id/reports', { params: { id: conferenceId } })).sort(
        (a, b) => b.version - a.version,
      ),
    [api, conferenceId],
  );
  const moderators = useResource(
    () =>
      api.call('GET /participants', {
        query: { conferenceId, role: 'moderator', limit: 500 },
      }),
    [api, conferenceId],
  );
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<Language | null>(null);
  const [fromReportId, setFromReportId] = useState<string | null>(null);
  const [chairIds, setChairIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors<Field>>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const languages = conference.data?.languages ?? [];
  const chosenLanguage = language ?? languages[0] ?? 'en';
  // The latest compiled version by default: that is what a drafting committee starts from.
  const chosenReport = fromReportId ?? reports.data?.[0]?.id ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const created = await calls.create(conferenceId, {
        title: title.trim(),
        language: chosenLanguage,
        ...(chosenReport ? { fromReportId: chosenReport } : {}),
        ...(chairIds.length ? { chairIds } : {}),
      });
      navigate(`/drafts/${created.id}`);
    } catch (e) {
      setErrors(splitFieldErrors(e, FIELDS, { t, fmt }));
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <button
        type="button"
        className="secondary"
        aria-expanded={false}
        onClick={() => setOpen(true)}
      >
        {t.drafts.newDraft}
      </button>
    );
  }
  return (
    <form
      className="card"
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id={headingId}>{t.drafts.newDraft}</h3>
      <FormErrors messages={errors.general} />
      <TextField
        label={t.drafts.draftTitle}
        value={title}
        required
        maxLength={DRAFT_TITLE_MAX}
        errors={errors.byField.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <SelectField
        label={t.drafts.draftLanguage}
        value={chosenLanguage}
        errors={errors.byField.language}
        onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}
      >
        {languages.map((l) => (
          <option key={l} value={l}>
            {isLanguage(l) ? t.languageName[l] : l}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t.drafts.fromReport}
        value={chosenReport}
        errors={errors.byField.fromReportId}
        onChange={(e) => setFromReportId(e.target.value)}
      >
        {(reports.data ?? []).map((r) => (
          <option key={r.id} value={r.id}>
            {t.drafts.reportVersion(fmt.number(r.version))}
          </option>
        ))}
        <option value="">{t.drafts.blankDraft}</option>
      </SelectField>
      <CheckboxGroup
        legend={t.drafts.chairs}
        options={(moderators.data?.items ?? []).map((p) => ({
          value: p.id,
          label: p.organisation ? `${p.name} (${p.organisation})` : p.name,
        }))}
        value={chairIds}
        errors={errors.byField.chairIds}
        onChange={setChairIds}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t.drafts.create}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
