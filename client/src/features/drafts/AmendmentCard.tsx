import type { AmendmentView } from '#contract';
import { lazy, Suspense, useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/I18nProvider';
import { TallyView } from '../session/TallyView';
import { useDraftPage } from './draft-context';
import { upsertAmendment } from './draft-state';
import { AmendmentVote } from './AmendmentVote';
import { canCoSponsor, canVote, canWithdraw } from './draft-text';
import { DiffView } from './DiffView';
import { ParagraphText } from './ParagraphText';

// The chair's procedure in its own chunk: most of the room only reads, amends and votes.
const AmendmentProcedure = lazy(() =>
  import('./AmendmentProcedure').then((m) => ({ default: m.AmendmentProcedure })),
);

/** Statuses reached by a vote: their tally is the outcome, worth showing for good. */
const VOTED = new Set(['voting', 'adopted', 'not_adopted']);

/** One amendment under its paragraph: an article named "Amendment to paragraph n by …". */
export function AmendmentCard({
  amendment: a,
  label,
}: {
  amendment: AmendmentView;
  label: string;
}) {
  const { t, fmt } = useI18n('drafting');
  const { me, calls, live, notify, chairs } = useDraftPage();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const coSponsors = a.sponsors.filter((s) => s.id !== a.author.id);

  const act = async (run: () => Promise<AmendmentView>, message: string) => {
    setError(null);
    setBusy(true);
    try {
      const result = await run();
      live.update((s) => upsertAmendment(s, result));
      notify(message);
      await live.settle();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className={`amendment card status-${a.status}`} aria-labelledby={headingId}>
      <header className="amendment-header">
        <h4 id={headingId}>{t.drafts.amendmentBy(label, a.author.name)}</h4>
        <p className="amendment-facts">
          <span className={`badge amendment-${a.status}`}>
            {t.drafts.amendmentStatus[a.status]}
          </span>{' '}
          <span>{t.drafts.amendmentKind[a.kind]}</span>
          {a.author.organisation && <span className="muted"> · {a.author.organisation}</span>}
        </p>
      </header>
      {a.outdated && (a.status === 'proposed' || a.status === 'voting') && (
        <p className="notice">{t.drafts.outdated}</p>
      )}
      {a.kind === 'insert_after' ? (
        <p className="amendment-new">
          <span className="visually-hidden">{t.drafts.inserted} </span>
          <ins>
            <ParagraphText text={a.text ?? ''} />
          </ins>
        </p>
      ) : (
        <>
          {a.kind === 'delete' && <p className="muted small-text">{t.drafts.deletesParagraph}</p>}
          <DiffView diff={a.diff} />
        </>
      )}
      {a.compromiseText && (
        <p>
          <strong>{t.drafts.compromise}:</strong> <ParagraphText text={a.compromiseText} />
        </p>
      )}
      <p className="amendment-reason" dir="auto">
        <strong>{t.drafts.reason}:</strong> {a.reason}
      </p>
      {a.note && <p className="muted">{t.drafts.chairNote(a.note)}</p>}
      {coSponsors.length > 0 && (
        <p className="muted">{t.drafts.sponsors(fmt.list(coSponsors.map((s) => s.name)))}</p>
      )}
      {VOTED.has(a.status) && <TallyView tally={a.tally} />}
      {canVote(me, a) && <AmendmentVote amendment={a} label={label} />}
      <div className="actions">
        {canCoSponsor(me, a) && (
          <button
            type="button"
            className="secondary small"
            disabled={busy}
            onClick={() => void act(() => calls.coSponsor(a.id), t.drafts.coSponsored)}
          >
            {t.drafts.coSponsor}
          </button>
        )}
        {canWithdraw(me, a) && a.outdated && <UpdateButton amendment={a} busy={busy} act={act} />}
        {canWithdraw(me, a) && (
          <button
            type="button"
            className="secondary small"
            disabled={busy}
            onClick={() => void act(() => calls.withdraw(a.id), t.drafts.withdrawn)}
          >
            {t.drafts.withdraw}
          </button>
        )}
      </div>
      {chairs && (
        <Suspense fallback={null}>
          <AmendmentProcedure amendment={a} label={label} />
        </Suspense>
      )}
      <ErrorMessage error={error} />
    </article>
  );
}

/** The author re-files an outdated amendment against the paragraph's current version. */
function UpdateButton({
  amendment: a,
  busy,
  act,
}: {
  amendment: AmendmentView;
  busy: boolean;
  act(run: () => Promise<AmendmentView>, message: string): Promise<void>;
}) {
  const { t } = useI18n('drafting');
  const { calls, draft } = useDraftPage();
  const paragraph = draft.paragraphs.find((p) => p.id === a.paragraphId);
  if (!paragraph) return null;
  return (
    <button
      type="button"
      className="secondary small"
      disabled={busy}
      onClick={() =>
        void act(
          () => calls.updateAmendment(a.id, { baseVersion: paragraph.version }),
          t.drafts.updated,
        )
      }
    >
      {t.drafts.update}
    </button>
  );
}
