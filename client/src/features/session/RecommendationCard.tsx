import { upsertRecommendation, type RecommendationView } from '#contract';
import { Suspense, useId, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { themeLabel } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import { Comments } from './Comments';
import { ConstituencySupport } from './ConstituencySupport';
import { canCoSponsor, canEdit, canWithdraw, isDelegate } from './permissions';
import { RecommendationForm } from './RecommendationForm';
import { useSessionPage } from './session-context';
import { TallyView } from './TallyView';
import { VoteControls } from './VoteControls';
import { lazyView } from '../../i18n/lazy-view';

const ModerationTools = lazyView('staff', () =>
  import('./ModerationTools').then((m) => ({ default: m.ModerationTools })),
);

/** One recommendation: an article headed by its title, so it can be found by that title. */
export function RecommendationCard({
  recommendation: r,
  others,
}: {
  recommendation: RecommendationView;
  others: RecommendationView[];
}) {
  const { t, fmt, language } = useI18n();
  const { me, session, moderates, themes, calls, live, notify, titleOf } = useSessionPage();
  const [editing, setEditing] = useState(false);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const headingId = useId();
  const active = r.status === 'submitted';

  const act = async (run: () => Promise<RecommendationView>, message?: string) => {
    setError(null);
    try {
      const result = await run();
      live.update((s) => upsertRecommendation(s, result));
      if (message) notify(message);
      await live.settle();
    } catch (e) {
      setError(e);
    }
  };

  const themeNames = r.themes.map((code) => {
    const theme = themes.get(code);
    return theme ? themeLabel(theme, language) : code;
  });
  const votes = r.tally.support + r.tally.oppose + r.tally.abstain;
  // The author heads the sponsors list on the server; here they are named once, as the proposer.
  const coSponsors = r.sponsors.filter((s) => s.id !== r.author.id);

  return (
    <article className={`recommendation card status-${r.status}`} aria-labelledby={headingId}>
      <header className="recommendation-header">
        <h3 id={headingId} dir="auto">
          {r.title}
        </h3>
        <p className="marks">
          {r.consensus === 'broad' && (
            <span className="badge consensus-broad">{t.consensusBroad}</span>
          )}
          {r.consensus === 'contested' && (
            <span className="badge consensus-contested">{t.consensusContested}</span>
          )}
          {!active && <span className="badge">{t.recommendationStatus[r.status]}</span>}
          {r.disposition && (
            <span className={`badge disposition-${r.disposition}`}>
              {t.disposition[r.disposition]}
            </span>
          )}
        </p>
      </header>
      {r.status === 'merged' && r.mergedIntoId && (
        <p className="muted">{t.mergedInto(titleOf(r.mergedIntoId) ?? '…')}</p>
      )}
      {r.status === 'hidden' && r.hiddenReason && (
        <p className="muted">{t.hiddenBecause(r.hiddenReason)}</p>
      )}

      {editing ? (
        <RecommendationForm editing={r} onDone={() => setEditing(false)} />
      ) : (
        <div className="recommendation-body">
          {r.body.split(/\n{2,}/).map((paragraph, i) => (
            <p key={i} dir="auto">
              {paragraph}
            </p>
          ))}
        </div>
      )}
      <p className="meta">
        {t.proposedBy(
          r.author.organisation ? `${r.author.name} (${r.author.organisation})` : r.author.name,
        )}
        {coSponsors.length > 0 && <> · {t.coSponsors(fmt.list(coSponsors.map((s) => s.name)))}</>}
      </p>
      <p className="meta">
        {t.themesOf(themeNames.join('; '))} · {t.levelOf(t.governanceLevel[r.governanceLevel])}
      </p>
      {r.disposition && r.dispositionNote && <p className="meta">{r.dispositionNote}</p>}

      <TallyView tally={r.tally} />
      {isDelegate(me) && active && <VoteControls recommendation={r} />}
      <ConstituencySupport recommendationId={r.id} votes={votes} />

      <div className="row-actions">
        {canCoSponsor(me, session, r) && (
          <button
            type="button"
            className="secondary small"
            onClick={() => void act(() => calls.coSponsor(r.id), t.coSponsoredNotice(r.title))}
          >
            {t.coSponsor}
          </button>
        )}
        {coSponsors.some((s) => s.id === me.id) && <span className="muted">{t.youCoSponsor}</span>}
        {canEdit(me, session, r) && !editing && (
          <button type="button" className="secondary small" onClick={() => setEditing(true)}>
            {t.edit}
          </button>
        )}
        {canWithdraw(me, session, r) && (
          <button
            type="button"
            className="secondary small"
            onClick={() => setConfirmWithdraw(true)}
          >
            {t.withdraw}
          </button>
        )}
      </div>
      <ErrorMessage error={error} />
      {moderates && (
        <Suspense fallback={null}>
          <ModerationTools recommendation={r} others={others} />
        </Suspense>
      )}
      <Comments recommendation={r} />
      <ConfirmDialog
        open={confirmWithdraw}
        title={t.confirmWithdraw(r.title)}
        confirmLabel={t.withdraw}
        danger
        onCancel={() => setConfirmWithdraw(false)}
        onConfirm={() => {
          setConfirmWithdraw(false);
          void act(() => calls.withdraw(r.id));
        }}
      />
    </article>
  );
}
