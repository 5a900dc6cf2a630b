import { PARAGRAPH_KINDS, type ParagraphKind, type ParagraphView } from '#contract';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextArea } from '../../components/fields';
import { isLanguage } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import { PARAGRAPH_TEXT_MAX, useDraftPage } from './draft-context';
import { linesOf } from './draft-text';

type Open = 'edit' | 'add' | 'translate' | null;

/**
 * A chair's tools on one paragraph (own chunk): edit its wording, kind and alternative wordings
 * (contested text goes in square brackets), add a paragraph after it, delete it; and for the
 * secretariat, enter its translation in another conference language. Move up / Move down put it
 * before the previous paragraph or after the next (the numbers follow from the room's event). Edits name the version they
 * were made from: when someone changed the paragraph meanwhile (409) the form says so and shows
 * the current wording, rather than overwrite it.
 */
export function ParagraphTools({
  paragraph: p,
  label,
}: {
  paragraph: ParagraphView;
  label: string;
}) {
  const { t } = useI18n('drafting');
  const { draft, me, languages } = useDraftPage();
  const [open, setOpen] = useState<Open>(null);
  const [deleting, setDeleting] = useState(false);
  if (draft.status !== 'drafting' && me.role !== 'secretariat') return null;
  const editable = draft.status === 'drafting';
  const others = languages.filter((l) => l !== draft.language);
  const toggle = (which: Exclude<Open, null>) => setOpen(open === which ? null : which);

  return (
    <div className="paragraph-tools">
      <div className="row-actions">
        {editable && (
          <>
            <button
              type="button"
              className="secondary small"
              aria-expanded={open === 'edit'}
              onClick={() => toggle('edit')}
            >
              {t.drafts.editParagraph}
            </button>
            <button
              type="button"
              className="secondary small"
              aria-expanded={open === 'add'}
              onClick={() => toggle('add')}
            >
              {t.drafts.addAfter}
            </button>
            <MoveButtons paragraph={p} label={label} />
            <button
              type="button"
              className="secondary small danger"
              onClick={() => setDeleting(true)}
            >
              {t.drafts.deleteParagraph}
            </button>
          </>
        )}
        {me.role === 'secretariat' && others.length > 0 && (
          <button
            type="button"
            className="secondary small"
            aria-expanded={open === 'translate'}
            onClick={() => toggle('translate')}
          >
            {t.drafts.translation}
          </button>
        )}
      </div>
      {open === 'edit' && <EditForm paragraph={p} label={label} onDone={() => setOpen(null)} />}
      {open === 'add' && <AddForm after={p} label={label} onDone={() => setOpen(null)} />}
      {open === 'translate' && (
        <TranslationForm paragraph={p} languages={others} onDone={() => setOpen(null)} />
      )}
      <DeleteParagraph
        paragraph={p}
        label={label}
        open={deleting}
        onClose={() => setDeleting(false)}
      />
    </div>
  );
}

function KindField({
  value,
  onChange,
}: {
  value: ParagraphKind;
  onChange(k: ParagraphKind): void;
}) {
  const { t } = useI18n('drafting');
  return (
    <SelectField
      label={t.drafts.paragraphKind}
      value={value}
      onChange={(e) => onChange(e.target.value as ParagraphKind)}
    >
      {PARAGRAPH_KINDS.map((k) => (
        <option key={k} value={k}>
          {t.drafts.kind[k]}
        </option>
      ))}
    </SelectField>
  );
}

function WordingFields({
  text,
  alternatives,
  setText,
  setAlternatives,
}: {
  text: string;
  alternatives: string;
  setText(v: string): void;
  setAlternatives(v: string): void;
}) {
  const { t } = useI18n('drafting');
  return (
    <>
      <TextArea
        label={t.drafts.wording}
        hint={t.drafts.bracketHint}
        value={text}
        rows={4}
        maxLength={PARAGRAPH_TEXT_MAX}
        required
        dir="auto"
        onChange={(e) => setText(e.target.value)}
      />
      <TextArea
        label={t.drafts.alternativesLabel}
        value={alternatives}
        rows={2}
        dir="auto"
        onChange={(e) => setAlternatives(e.target.value)}
      />
    </>
  );
}

/** Runs a write, reports its error, and closes the form when it worked. */
function useWrite(onDone: () => void) {
  const { live, notify } = useDraftPage();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (write: () => Promise<unknown>, message: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await write();
      notify(message);
      // The paragraph event renumbers and rewrites the text; without the room, reload.
      await live.settle();
      onDone();
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, error, busy, setError };
}

function EditForm({
  paragraph: p,
  label,
  onDone,
}: {
  paragraph: ParagraphView;
  label: string;
  onDone(): void;
}) {
  const { t } = useI18n('drafting');
  const { calls, live } = useDraftPage();
  const [kind, setKind] = useState(p.kind);
  const [text, setText] = useState(p.text);
  const [alternatives, setAlternatives] = useState(p.alternatives.join('\n'));
  // The version the chair started from: saving it after someone else's edit is refused (409).
  const [version, setVersion] = useState(p.version);
  const [stale, setStale] = useState(false);
  const { run, error, busy, setError } = useWrite(onDone);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStale(false);
    const saved = await run(
      () =>
        calls.editParagraph(p.id, {
          version,
          kind,
          text: text.trim(),
          alternatives: linesOf(alternatives),
        }),
      t.drafts.paragraphSaved,
    );
    // Refused: fetch the paragraph as it now is (the room has it already when live).
    if (!saved) await live.settle();
  };
  // A 409: the paragraph moved on since the edit began. The chair reads the current wording
  // (this component re-renders with it) and edits from there.
  const conflict = error instanceof ApiError && error.status === 409;
  const showCurrent = () => {
    setKind(p.kind);
    setText(p.text);
    setAlternatives(p.alternatives.join('\n'));
    setVersion(p.version);
    setError(null);
    setStale(true);
  };

  return (
    <form
      className="card paragraph-form"
      aria-label={t.drafts.editParagraphOf(label)}
      onSubmit={(event) => void submit(event)}
    >
      {stale && <p className="notice">{t.drafts.staleParagraph}</p>}
      <KindField value={kind} onChange={setKind} />
      <WordingFields
        text={text}
        alternatives={alternatives}
        setText={setText}
        setAlternatives={setAlternatives}
      />
      <ErrorMessage error={error} />
      {conflict && (
        <button type="button" className="secondary small" onClick={showCurrent}>
          {t.drafts.showCurrent}
        </button>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t.drafts.saveParagraph}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

function AddForm({
  after,
  label,
  onDone,
}: {
  after: ParagraphView;
  label: string;
  onDone(): void;
}) {
  const { t } = useI18n('drafting');
  const { calls, draft } = useDraftPage();
  const [kind, setKind] = useState<ParagraphKind>(
    after.kind === 'heading' ? 'operative' : after.kind,
  );
  const [text, setText] = useState('');
  const [alternatives, setAlternatives] = useState('');
  const { run, error, busy } = useWrite(onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () =>
        calls.addParagraph(draft.id, {
          afterId: after.id,
          kind,
          text: text.trim(),
          ...(linesOf(alternatives).length ? { alternatives: linesOf(alternatives) } : {}),
        }),
      t.drafts.paragraphAdded,
    );
  };
  return (
    <form className="card paragraph-form" aria-label={t.drafts.addAfterOf(label)} onSubmit={submit}>
      <KindField value={kind} onChange={setKind} />
      <WordingFields
        text={text}
        alternatives={alternatives}
        setText={setText}
        setAlternatives={setAlternatives}
      />
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t.drafts.addParagraph}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

function TranslationForm({
  paragraph: p,
  languages,
  onDone,
}: {
  paragraph: ParagraphView;
  languages: readonly string[];
  onDone(): void;
}) {
  const { t } = useI18n('drafting');
  const { calls } = useDraftPage();
  const [language, setLanguage] = useState(languages[0]!);
  const existing = p.translations[language];
  const [texts, setTexts] = useState<Record<string, { text: string; alternatives: string }>>({});
  const current = texts[language] ?? {
    text: existing?.text ?? '',
    alternatives: existing?.alternatives.join('\n') ?? '',
  };
  const set = (change: Partial<typeof current>) =>
    setTexts({ ...texts, [language]: { ...current, ...change } });
  const { run, error, busy } = useWrite(onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () => calls.translate(p.id, language, current.text.trim(), linesOf(current.alternatives)),
      t.drafts.translationSaved,
    );
  };
  return (
    <form className="card paragraph-form" aria-label={t.drafts.translation} onSubmit={submit}>
      <SelectField
        label={t.drafts.translationLanguage}
        value={language}
        onChange={(e) => setLanguage(e.target.value)}
      >
        {languages.map((l) => (
          <option key={l} value={l}>
            {isLanguage(l) ? t.languageName[l] : l}
          </option>
        ))}
      </SelectField>
      {existing?.outdated && <p className="notice">{t.drafts.translationOutdated}</p>}
      <WordingFields
        text={current.text}
        alternatives={current.alternatives}
        setText={(text) => set({ text })}
        setAlternatives={(alternatives) => set({ alternatives })}
      />
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t.drafts.saveTranslation}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

/**
 * Move up / Move down: plain buttons (Enter and Space), named with the paragraph's current number.
 * The paragraph's article moves in the list, so the pressed button is focused again after the move
 * (or the other one, at the top or the bottom), and a keyboard user can press again.
 */
function MoveButtons({ paragraph: p, label }: { paragraph: ParagraphView; label: string }) {
  const { t } = useI18n('drafting');
  const { calls, draft } = useDraftPage();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  // The button to focus once the room's event has moved the article (its DOM node moves, and a
  // moved node loses focus); null when nothing waits.
  const pending = useRef<HTMLButtonElement | null>(null);
  const { run, error, busy } = useWrite(() => undefined);
  const order = draft.paragraphs;
  const index = order.findIndex((x) => x.id === p.id);
  const current = useRef(index);
  current.current = index;
  useEffect(() => {
    pending.current?.focus();
    pending.current = null;
  }, [index]);
  const move = async (direction: 'up' | 'down') => {
    if (busy) return;
    const from = index;
    // The server moves a paragraph after another one, or to the top without `afterId`.
    const afterId = direction === 'up' ? order[from - 2]?.id : order[from + 1]?.id;
    const moved = await run(() => calls.moveParagraph(p.id, afterId), t.drafts.paragraphMoved);
    if (!moved) return;
    // The pressed button, or the other one when the paragraph reached the top or the bottom.
    const atEdge = direction === 'up' ? from - 1 === 0 : from + 1 === order.length - 1;
    const target = (direction === 'up') !== atEdge ? up.current : down.current;
    if (current.current !== from) target?.focus();
    else pending.current = target;
  };
  return (
    <>
      <button
        ref={up}
        type="button"
        className="secondary small"
        aria-label={t.drafts.moveUpOf(label)}
        disabled={index <= 0}
        onClick={() => void move('up')}
      >
        {t.drafts.moveUp}
      </button>
      <button
        ref={down}
        type="button"
        className="secondary small"
        aria-label={t.drafts.moveDownOf(label)}
        disabled={index === -1 || index === order.length - 1}
        onClick={() => void move('down')}
      >
        {t.drafts.moveDown}
      </button>
      <ErrorMessage error={error} />
    </>
  );
}

function DeleteParagraph({
  paragraph: p,
  label,
  open,
  onClose,
}: {
  paragraph: ParagraphView;
  label: string;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useI18n('drafting');
  const { calls } = useDraftPage();
  const { run, error } = useWrite(onClose);
  return (
    <>
      <ErrorMessage error={error} />
      <ConfirmDialog
        open={open}
        title={t.drafts.confirmDelete(label)}
        confirmLabel={t.drafts.deleteParagraph}
        danger
        onCancel={onClose}
        onConfirm={() =>
          void run(() => calls.deleteParagraph(p.id, p.version), t.drafts.paragraphDeleted)
        }
      />
    </>
  );
}
