import {
  DISPOSITIONS,
  LIMITS,
  upsertRecommendation,
  type Disposition,
  type RecommendationView,
} from '#contract';
import { useEffect, useState, type FormEvent } from 'react';
import { splitFieldErrors } from '../../api/api-error';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormErrors, SelectField, TextField } from '../../components/fields';
import { useI18n } from '../../i18n/I18nProvider';
import { ReasonForm } from './Comments';
import { useSessionPage } from './session-context';
import './moderation.css';

/** A moderator's tools on one recommendation: merge into another, hide, and dispositions. */
export function ModerationTools({
  recommendation,
  others,
}: {
  recommendation: RecommendationView;
  others: RecommendationView[];
}) {
  const { t } = useI18n('staff');
  const { calls, live, session } = useSessionPage();
  const [panel, setPanel] = useState<'merge' | 'hide' | null>(null);
  const active = recommendation.status === 'submitted';

  if (session.status === 'closed')
    return active ? <DispositionForm recommendation={recommendation} /> : null;
  if (!active) return null;
  const toggle = (next: 'merge' | 'hide') => setPanel(panel === next ? null : next);

  return (
    <div className="moderation-tools">
      <div className="row-actions">
        {session.status === 'open' && others.length > 0 && (
          <button
            type="button"
            className="secondary small"
            aria-expanded={panel === 'merge'}
            onClick={() => toggle('merge')}
          >
            {t.mergeInto}
          </button>
        )}
        <button
          type="button"
          className="secondary small"
          aria-expanded={panel === 'hide'}
          onClick={() => toggle('hide')}
        >
          {t.hide}
        </button>
      </div>
      {panel === 'merge' && (
        <MergeForm recommendation={recommendation} others={others} onDone={() => setPanel(null)} />
      )}
      {panel === 'hide' && (
        <ReasonForm
          submitLabel={t.hide}
          onSubmit={async (reason) => {
            const hidden = await calls.hide(recommendation.id, reason);
            live.update((s) => upsertRecommendation(s, hidden));
            setPanel(null);
            await live.settle();
          }}
        />
      )}
    </div>
  );
}

function MergeForm({
  recommendation,
  others,
  onDone,
}: {
  recommendation: RecommendationView;
  others: RecommendationView[];
  onDone(): void;
}) {
  const { t } = useI18n('staff');
  const { calls, live } = useSessionPage();
  const [intoId, setIntoId] = useState(others[0]?.id ?? '');
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const merged = await calls.merge(recommendation.id, intoId);
      live.update((s) => upsertRecommendation(s, merged));
      onDone();
      await live.settle();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <SelectField label={t.mergeTarget} value={intoId} onChange={(e) => setIntoId(e.target.value)}>
        {others.map((o) => (
          <option key={o.id} value={o.id}>
            {o.title}
          </option>
        ))}
      </SelectField>
      <button type="submit">{t.merge}</button>
      <ErrorMessage error={error} />
    </form>
  );
}

function DispositionForm({ recommendation }: { recommendation: RecommendationView }) {
  const { t, fmt } = useI18n('staff');
  const { calls, live, notify } = useSessionPage();
  const [value, setValue] = useState<Disposition | ''>(
    recommendation.disposition ?? recommendation.proposedDisposition ?? '',
  );
  const [note, setNote] = useState(recommendation.dispositionNote ?? '');
  // The rule's proposal arrives with the list fetched after the close: preselect it then.
  const proposed = recommendation.disposition ?? recommendation.proposedDisposition;
  useEffect(() => {
    if (proposed) setValue((current) => current || proposed);
  }, [proposed]);
  const [errors, setErrors] = useState(
    splitFieldErrors<'disposition' | 'note'>(null, ['disposition', 'note']),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value) return;
    try {
      const saved = await calls.disposition(recommendation.id, value, note.trim());
      live.update((s) => upsertRecommendation(s, saved));
      setErrors({ byField: {}, general: [] });
      notify(t.saved);
      await live.settle();
    } catch (e) {
      setErrors(splitFieldErrors(e, ['disposition', 'note'] as const, { t, fmt }));
    }
  };
  return (
    <form className="inline-form disposition-form" onSubmit={(event) => void submit(event)}>
      {recommendation.proposedDisposition && (
        <p className="suggestion">
          {t.suggestedDisposition(t.disposition[recommendation.proposedDisposition])}
        </p>
      )}
      <FormErrors messages={errors.general} />
      <SelectField
        label={t.dispositionLabel}
        value={value}
        onChange={(e) => setValue(e.target.value as Disposition)}
        errors={errors.byField.disposition}
      >
        <option value="" disabled>
          —
        </option>
        {DISPOSITIONS.map((d) => (
          <option key={d} value={d}>
            {t.disposition[d]}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t.dispositionNote}
        value={note}
        maxLength={LIMITS.dispositionNote}
        onChange={(e) => setNote(e.target.value)}
        errors={errors.byField.note}
      />
      <button type="submit" disabled={!value}>
        {t.saveDisposition}
      </button>
    </form>
  );
}
