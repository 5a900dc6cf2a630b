import { useAuth } from '../../auth/AuthProvider';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/I18nProvider';
import { TallyView } from '../session/TallyView';
import { ScreenSpeakers } from '../speakers/ScreenSpeakers';
import { discussedNow } from './draft-floor';
import { DiffView } from './DiffView';
import { ParagraphText } from './ParagraphText';
import { useDraftLive } from './useDraftLive';
import './drafts.css';

/**
 * The projector in the drafting room: the speaker with the floor and their time left, the paragraph
 * under discussion (what the speaker asked to speak on, else the amendment being decided) as it
 * stands, the amendment to it with its changes marked, and, while it is voted on, the live tally.
 * Nothing to click.
 */
export function DraftScreenView({ draftId }: { draftId: string }) {
  const { t } = useI18n('drafting');
  const { token } = useAuth();
  const live = useDraftLive(draftId);
  const state = live.state;
  usePageTitle(state?.draft.title ?? t.roomScreen);
  if (!state)
    return live.error ? (
      <ErrorMessage error={live.error} onRetry={() => void live.reload()} />
    ) : (
      <Loading />
    );
  const { draft, amendments, speakers } = state;
  const discussed = discussedNow(draft, amendments, speakers?.current?.topic ?? null);
  const paragraph = discussed?.paragraph ?? null;
  const amendment = discussed?.amendment ?? null;
  const label = discussed?.label ?? '—';
  // An idle list takes no room on the screen (ScreenSpeakers shows nothing then).
  const floorTaken = !!speakers && (speakers.current !== null || speakers.queue.length > 0);
  // While the draft's room is not joined the tally freezes: say so, large.
  const stale = !live.live && token !== null;
  return (
    <article className={`screen-view${stale ? ' stale' : ''}`} aria-labelledby="screen-title">
      <header>
        <h1 id="screen-title" dir="auto">
          {draft.title}
        </h1>
        <p className="screen-facts">
          <span className={`badge draft-${draft.status}`}>{t.drafts.status[draft.status]}</span>
        </p>
      </header>
      {stale && <p className="stale-banner">{t.talliesStale}</p>}
      <div className={`draft-screen-body${floorTaken ? ' with-floor' : ''}`}>
        {speakers && <ScreenSpeakers speakers={speakers} />}
        <div className="draft-screen-text">
          {!discussed && <p className="screen-nothing">{t.drafts.nothingUnderDiscussion}</p>}
          {discussed && !amendment && paragraph && (
            <section
              aria-labelledby="screen-paragraph"
              className="screen-paragraph"
              lang={draft.language}
            >
              <h2 id="screen-paragraph">
                {t.drafts.underDiscussion}: {t.drafts.paragraph(label)}
              </h2>
              <p className="screen-current">
                <ParagraphText text={paragraph.text} />
              </p>
            </section>
          )}
          {amendment && (
            <section
              aria-labelledby="screen-paragraph"
              className="screen-paragraph"
              lang={draft.language}
            >
              <h2 id="screen-paragraph">
                {t.drafts.underDiscussion}: {t.drafts.paragraph(label)}
              </h2>
              {paragraph && paragraph.kind !== 'heading' && (
                <p className="screen-current">
                  <ParagraphText text={paragraph.text} />
                </p>
              )}
              <article aria-labelledby="screen-amendment" className="screen-amendment">
                <h3 id="screen-amendment">{t.drafts.amendmentBy(label, amendment.author.name)}</h3>
                <p className="screen-facts">
                  <span className={`badge amendment-${amendment.status}`}>
                    {t.drafts.amendmentStatus[amendment.status]}
                  </span>{' '}
                  <span>{t.drafts.amendmentKind[amendment.kind]}</span>
                </p>
                {amendment.kind === 'insert_after' ? (
                  <p className="amendment-new">
                    <span className="visually-hidden">{t.drafts.inserted} </span>
                    <ins>
                      <ParagraphText text={amendment.text ?? ''} />
                    </ins>
                  </p>
                ) : (
                  <DiffView diff={amendment.diff} />
                )}
                {amendment.status === 'voting' && <TallyView tally={amendment.tally} large />}
              </article>
            </section>
          )}
        </div>
      </div>
    </article>
  );
}
