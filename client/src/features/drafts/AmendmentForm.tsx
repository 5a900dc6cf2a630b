import { AMENDMENT_KINDS, type AmendmentKind, type ParagraphView } from '#contract';
import { useId, useState, type FormEvent } from 'react';
import { splitFieldErrors, type FieldErrors } from '../../api/api-error';
import { FormErrors, SelectField, TextArea } from '../../components/fields';
import { useI18n } from '../../i18n/I18nProvider';
import { PARAGRAPH_TEXT_MAX, REASON_MAX, useDraftPage } from './draft-context';
import { upsertAmendment } from './draft-state';

const FIELDS = ['kind', 'text', 'reason', 'baseVersion', 'paragraphId'] as const;
type Field = (typeof FIELDS)[number];
const NO_ERRORS: FieldErrors<Field> = { byField: {}, general: [] };

/**
 * A delegate's amendment to one paragraph, filed against the version the delegate is reading
 * (a stale one is refused with 409 and the form says so). One Idempotency-Key per form, so a
 * retry after a lost answer files it once.
 */
export function AmendmentForm({ paragraph, onDone }: { paragraph: ParagraphView; onDone(): void }) {
  const { t, fmt } = useI18n('drafting');
  const { calls, live, draft, notify } = useDraftPage();
  const [kind, setKind] = useState<AmendmentKind>('replace');
  const [text, setText] = useState(paragraph.text);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [key] = useState(() => crypto.randomUUID());
  const headingId = useId();
  const number = String(paragraph.number ?? '');

  const chooseKind = (next: AmendmentKind) => {
    setKind(next);
    // Replacing starts from the current wording; a new paragraph starts empty.
    if (next === 'replace' && !text) setText(paragraph.text);
    if (next === 'insert_after' && text === paragraph.text) setText('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const amendment = await calls.propose(
        draft.id,
        {
          paragraphId: paragraph.id,
          kind,
          ...(kind === 'delete' ? {} : { text: text.trim() }),
          reason: reason.trim(),
          baseVersion: paragraph.version,
        },
        key,
      );
      live.update((s) => upsertAmendment(s, amendment));
      notify(t.drafts.proposed);
      await live.settle();
      onDone();
    } catch (e) {
      setErrors(splitFieldErrors(e, FIELDS, { t, fmt }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="amendment-form card"
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h4 id={headingId}>{t.drafts.proposeTo(number)}</h4>
      <FormErrors messages={errors.general} />
      <SelectField
        label={t.drafts.change}
        value={kind}
        errors={errors.byField.kind}
        onChange={(e) => chooseKind(e.target.value as AmendmentKind)}
      >
        {AMENDMENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t.drafts.amendmentKind[k]}
          </option>
        ))}
      </SelectField>
      {kind !== 'delete' && (
        <TextArea
          label={kind === 'insert_after' ? t.drafts.newParagraph : t.drafts.newWording}
          value={text}
          rows={4}
          maxLength={PARAGRAPH_TEXT_MAX}
          required
          dir="auto"
          errors={errors.byField.text}
          onChange={(e) => setText(e.target.value)}
        />
      )}
      <TextArea
        label={t.drafts.reason}
        value={reason}
        rows={2}
        maxLength={REASON_MAX}
        required
        dir="auto"
        errors={[...(errors.byField.reason ?? []), ...(errors.byField.baseVersion ?? [])]}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t.drafts.submit}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
