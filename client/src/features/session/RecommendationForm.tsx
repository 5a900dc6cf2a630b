import {
  GOVERNANCE_LEVELS,
  LIMITS,
  upsertRecommendation,
  type GovernanceLevel,
  type RecommendationView,
} from '#contract';
import { useId, useState, type FormEvent } from 'react';
import { ApiError, splitFieldErrors, type FieldErrors } from '../../api/api-error';
import {
  CheckboxGroup,
  FormErrors,
  SelectField,
  TextArea,
  TextField,
} from '../../components/fields';
import { themeLabel } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import { useOutbox } from '../../offline/OutboxProvider';
import type { RecommendationDraft } from './session-api';
import { useSessionPage } from './session-context';

const FIELDS = ['title', 'body', 'themes', 'governanceLevel', 'version'] as const;
type Field = (typeof FIELDS)[number];
const NO_ERRORS: FieldErrors<Field> = { byField: {}, general: [] };

// Limits of API.md's DTOs, so a phone keyboard stops where the server would refuse.

interface Props {
  /** Editing this recommendation; absent for a new one. */
  editing?: RecommendationView;
  onDone?: () => void;
}

function draftOf(r: RecommendationView | undefined): {
  title: string;
  body: string;
  themes: string[];
  governanceLevel: GovernanceLevel | '';
} {
  return {
    title: r?.title ?? '',
    body: r?.body ?? '',
    themes: r?.themes ?? [],
    governanceLevel: r?.governanceLevel ?? '',
  };
}

/** "New recommendation" and its edit variant: server validation messages appear by their field. */
export function RecommendationForm({ editing, onDone }: Props) {
  const { t, language, fmt } = useI18n();
  const { calls, live, session, themeList, notify } = useSessionPage();
  const [draft, setDraft] = useState(() => draftOf(editing));
  const [version, setVersion] = useState(editing?.version ?? 0);
  const [errors, setErrors] = useState<FieldErrors<Field>>(NO_ERRORS);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  // A new one goes through the outbox: it waits there while offline or while its answer is
  // unknown, with one Idempotency-Key, so a retry never creates a second recommendation.
  const outbox = useOutbox();
  const headingId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStale(false);
    const localErrors: FieldErrors<Field> = { byField: {}, general: [] };
    if (!draft.themes.length) localErrors.byField.themes = [t.chooseAtLeastOneTheme];
    if (!draft.governanceLevel) localErrors.byField.governanceLevel = [t.chooseLevel];
    if (localErrors.byField.themes || localErrors.byField.governanceLevel) {
      setErrors(localErrors);
      return;
    }
    const body: RecommendationDraft = {
      title: draft.title.trim(),
      body: draft.body.trim(),
      themes: draft.themes,
      governanceLevel: draft.governanceLevel as GovernanceLevel,
    };
    setBusy(true);
    try {
      if (editing) {
        const saved = await calls.update(editing.id, version, body);
        live.update((s) => upsertRecommendation(s, saved));
        setErrors(NO_ERRORS);
        notify(t.saved);
        onDone?.();
        await live.settle();
      } else {
        // Delivered answers are folded in (and announced) by the session page's outbox listener.
        const outcome = await outbox.submit({
          kind: 'recommendation',
          sessionId: session.id,
          draft: body,
        });
        setErrors(NO_ERRORS);
        setDraft(draftOf(undefined));
        if (outcome.status === 'queued') notify(t.recommendationPending(body.title));
        onDone?.();
      }
    } catch (e) {
      if (editing && e instanceof ApiError && e.status === 409) {
        // Stale version: show the current text so the author re-applies their change to it.
        setStale(true);
        try {
          const current = await calls.recommendation(editing.id);
          live.update((s) => upsertRecommendation(s, current));
          setDraft(draftOf(current));
          setVersion(current.version);
        } catch {
          // The stale message still tells what happened.
        }
      } else {
        setErrors(splitFieldErrors(e, FIELDS, { t, fmt }));
      }
    } finally {
      setBusy(false);
    }
  };

  const heading = editing ? t.editRecommendation(editing.title) : t.newRecommendation;
  const hasFieldErrors = Object.keys(errors.byField).length > 0;
  return (
    <form
      className={editing ? 'recommendation-form editing' : 'recommendation-form card'}
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      {editing ? (
        <h4 id={headingId} className="visually-hidden">
          {heading}
        </h4>
      ) : (
        <h2 id={headingId}>{heading}</h2>
      )}
      {stale && (
        <p className="error" role="alert">
          {t.staleVersion}
        </p>
      )}
      <FormErrors
        messages={errors.general}
        intro={hasFieldErrors && !errors.general.length ? t.formHasErrors : undefined}
      />
      <TextField
        label={t.title}
        value={draft.title}
        required
        maxLength={LIMITS.recommendationTitle}
        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        errors={errors.byField.title}
      />
      <TextArea
        label={t.text}
        value={draft.body}
        required
        maxLength={LIMITS.recommendationBody}
        rows={editing ? 6 : 4}
        onChange={(e) => setDraft({ ...draft, body: e.target.value })}
        errors={errors.byField.body}
      />
      <CheckboxGroup
        legend={t.themes}
        className="themes"
        options={themeList.map((theme) => ({
          value: theme.code,
          label: themeLabel(theme, language),
        }))}
        value={draft.themes}
        onChange={(themes) => setDraft({ ...draft, themes })}
        errors={errors.byField.themes}
      />
      <SelectField
        label={t.levelOfGovernment}
        value={draft.governanceLevel}
        required
        onChange={(e) => setDraft({ ...draft, governanceLevel: e.target.value as GovernanceLevel })}
        errors={errors.byField.governanceLevel}
      >
        <option value="">{t.chooseLevel}</option>
        {GOVERNANCE_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t.governanceLevel[level]}
          </option>
        ))}
      </SelectField>
      <div className="actions">
        {editing && (
          <button type="button" className="secondary" onClick={onDone}>
            {t.cancel}
          </button>
        )}
        <button type="submit" disabled={busy}>
          {editing ? t.saveChanges : t.submit}
        </button>
      </div>
    </form>
  );
}
