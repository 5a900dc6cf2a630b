import { useState, type FormEvent } from 'react';
import { splitFieldErrors } from '../../api/api-error';
import { FormErrors, TextArea, TextField } from '../../components/fields';
import { useI18n } from '../../i18n/I18nProvider';
import { REASON_MAX, useDraftPage } from './draft-context';
import { replaceDraft } from './draft-state';
import { canBreakSilence, parseParagraphNumbers } from './draft-text';

/**
 * Where the draft stands on silence: running (until when; delegates may break it), broken (by
 * whom, on what), or adopted. Everyone sees who broke silence and why.
 */
export function SilenceNotice() {
  const { t } = useI18n('drafting');
  const { draft, me, fmt, calls, live, notify } = useDraftPage();
  const [breaking, setBreaking] = useState(false);
  const [numbers, setNumbers] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const silence = draft.silence;
  if (!silence) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseParagraphNumbers(numbers);
    if (!parsed) {
      setErrors([t.drafts.breakOnParagraphs]);
      return;
    }
    setBusy(true);
    setErrors([]);
    try {
      const next = await calls.breakSilence(draft.id, parsed, reason.trim());
      live.update((s) => replaceDraft(s, next));
      notify(t.drafts.silenceBroken);
      setBreaking(false);
      await live.settle();
    } catch (e) {
      const split = splitFieldErrors(e, ['paragraphNumbers', 'reason'] as const, { t, fmt });
      setErrors([
        ...split.general,
        ...(split.byField.paragraphNumbers ?? []),
        ...(split.byField.reason ?? []),
      ]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card silence" aria-label={t.drafts.silence}>
      {silence.status === 'running' && (
        <p className="notice">{t.drafts.underSilenceUntil(fmt.dateTime(silence.until))}</p>
      )}
      {silence.status === 'broken' && silence.brokenBy && (
        <p className="notice">
          {t.drafts.brokenBy({
            name: silence.brokenBy.name,
            organisation: silence.brokenByOrganisation ?? silence.brokenBy.organisation ?? '—',
            numbers: fmt.list((silence.paragraphNumbers ?? []).map(String)),
            count: silence.paragraphNumbers?.length ?? 0,
            reason: silence.reason ?? '',
          })}
        </p>
      )}
      {silence.status === 'adopted' && (
        <p className="notice">{t.drafts.adoptedOn(fmt.dateTime(silence.until))}</p>
      )}
      {canBreakSilence(me, draft) && silence.status === 'running' && (
        <>
          <button
            type="button"
            className="secondary danger"
            aria-expanded={breaking}
            onClick={() => setBreaking(!breaking)}
          >
            {t.drafts.breakSilence}
          </button>
          {breaking && (
            <form
              onSubmit={(event) => void submit(event)}
              className="break-silence"
              aria-label={t.drafts.breakSilence}
            >
              <FormErrors messages={errors} />
              <TextField
                label={t.drafts.breakOnParagraphs}
                value={numbers}
                inputMode="numeric"
                required
                onChange={(e) => setNumbers(e.target.value)}
              />
              <TextArea
                label={t.drafts.reason}
                value={reason}
                rows={2}
                maxLength={REASON_MAX}
                required
                dir="auto"
                onChange={(e) => setReason(e.target.value)}
              />
              <button type="submit" disabled={busy}>
                {t.drafts.breakSilence}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
