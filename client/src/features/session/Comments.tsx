import {
  hideOwnComment,
  LIMITS,
  setComments,
  STANCES,
  type CommentView,
  type RecommendationView,
  type Stance,
} from '#contract';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { splitFieldErrors } from '../../api/api-error';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { FormErrors, SelectField, TextArea, TextField } from '../../components/fields';
import { ApiError } from '../../api/api-error';
import { errorText } from '../../components/errors';
import { useOutbox, useOutboxItems } from '../../offline/OutboxProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { canComment } from './permissions';
import { useSessionPage } from './session-context';

/** The comments of one recommendation, opened on demand and then kept live. */
export function Comments({ recommendation }: { recommendation: RecommendationView }) {
  const { t, fmt } = useI18n();
  const { calls, live } = useSessionPage();
  const { outbox, items } = useOutboxItems();
  const waiting = items.filter(
    (i) => i.intent.kind === 'comment' && i.intent.recommendationId === recommendation.id,
  );
  // Opened at once when comments of the delegate wait to be sent (after a reload, say).
  const [open, setOpen] = useState(() => waiting.length > 0);
  const [error, setError] = useState<unknown>(null);
  const panelId = useId();
  const comments = live.state?.comments[recommendation.id];
  const epoch = live.state?.epoch;

  // Loaded when opened, and again after a snapshot replaced the state (comments were dropped).
  useEffect(() => {
    if (!open || comments) return;
    let cancelled = false;
    calls
      .comments(recommendation.id)
      .then((list) => !cancelled && live.update((s) => setComments(s, recommendation.id, list)))
      .catch((e: unknown) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, [open, comments, epoch, calls, live, recommendation.id]);

  return (
    <div className="comments">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t.comments(fmt.number(recommendation.commentCount))}
      </button>
      <section id={panelId} hidden={!open} aria-label={t.commentsOn(recommendation.title)}>
        {open && (
          <>
            {!comments && !error && <Loading />}
            <ErrorMessage error={error} />
            {comments && comments.length === 0 && <p className="muted">{t.noComments}</p>}
            {comments && (
              <Thread comments={comments} parentId={null} recommendation={recommendation} />
            )}
            {waiting.length > 0 && (
              <ul className="comment-list pending-list" aria-label={t.waitingToBeSent}>
                {waiting.map((item) =>
                  item.intent.kind === 'comment' ? (
                    <li key={item.key} className="comment pending">
                      <p className="comment-body">{item.intent.body}</p>
                      {item.refused ? (
                        <div className="error" role="alert">
                          <p>
                            {t.commentRefused(
                              errorText(
                                t,
                                new ApiError(item.refused.status, item.refused.messages),
                              ),
                            )}
                          </p>
                          <button
                            type="button"
                            className="secondary small"
                            onClick={() => outbox.dismiss(item.key)}
                          >
                            {t.dismiss}
                          </button>
                        </div>
                      ) : (
                        <p className="pending-note small-text">{t.commentPending}</p>
                      )}
                    </li>
                  ) : null,
                )}
              </ul>
            )}
            <CommentForm recommendation={recommendation} parentId={null} />
          </>
        )}
      </section>
    </div>
  );
}

function Thread({
  comments,
  parentId,
  recommendation,
}: {
  comments: CommentView[];
  parentId: string | null;
  recommendation: RecommendationView;
}) {
  const children = comments.filter(
    (c) =>
      c.parentId === parentId ||
      (parentId === null && c.parentId !== null && !comments.some((p) => p.id === c.parentId)),
  );
  if (!children.length) return null;
  return (
    <ul className="comment-list">
      {children.map((c) => (
        <li key={c.id}>
          <CommentItem comment={c} recommendation={recommendation} />
          <Thread comments={comments} parentId={c.id} recommendation={recommendation} />
        </li>
      ))}
    </ul>
  );
}

function CommentItem({
  comment,
  recommendation,
}: {
  comment: CommentView;
  recommendation: RecommendationView;
}) {
  const { t } = useI18n();
  const { session, me, moderates, fmt, calls, live } = useSessionPage();
  const [replying, setReplying] = useState(false);
  const [hiding, setHiding] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  return (
    <article className="comment">
      <p className="comment-meta">
        <strong>{comment.author.name}</strong>
        {comment.author.organisation && (
          <span className="muted"> · {comment.author.organisation}</span>
        )}{' '}
        <span className={`badge stance-badge stance-${comment.stance}`}>
          {t.stance[comment.stance]}
        </span>{' '}
        <time className="muted" dateTime={comment.createdAt}>
          {fmt.time(comment.createdAt)}
        </time>
      </p>
      {comment.hidden ? (
        <p className="muted">
          <em>{t.commentHidden}</em>
          {comment.hiddenReason && moderates && <> ({comment.hiddenReason})</>}
        </p>
      ) : (
        <p className="comment-body" dir="auto">
          {comment.body}
        </p>
      )}
      <div className="row-actions">
        {canComment(me, session) && !comment.hidden && (
          <button
            ref={replyButton}
            type="button"
            className="link-button"
            aria-expanded={replying}
            aria-label={t.replyTo(comment.author.name)}
            onClick={() => setReplying(!replying)}
          >
            {t.reply}
          </button>
        )}
        {moderates && !comment.hidden && session.status !== 'closed' && (
          <button
            type="button"
            className="link-button"
            aria-expanded={hiding}
            onClick={() => setHiding(!hiding)}
          >
            {t.hideComment}
          </button>
        )}
      </div>
      {replying && (
        <CommentForm
          recommendation={recommendation}
          parentId={comment.id}
          onDone={() => {
            setReplying(false);
            replyButton.current?.focus();
          }}
        />
      )}
      {hiding && (
        <ReasonForm
          submitLabel={t.hideComment}
          onSubmit={async (reason) => {
            const hidden = await calls.hideComment(comment.id, reason);
            live.update((s) => hideOwnComment(s, hidden));
            setHiding(false);
            await live.settle();
          }}
        />
      )}
    </article>
  );
}

const COMMENT_FIELDS = ['body', 'stance', 'parentId'] as const;

function CommentForm({
  recommendation,
  parentId,
  onDone,
}: {
  recommendation: RecommendationView;
  parentId: string | null;
  onDone?: () => void;
}) {
  const { t, fmt } = useI18n();
  const { session, me } = useSessionPage();
  const outbox = useOutbox();
  const [body, setBody] = useState('');
  const [stance, setStance] = useState<Stance>('neutral');
  const [errors, setErrors] = useState(
    splitFieldErrors<(typeof COMMENT_FIELDS)[number]>(null, COMMENT_FIELDS),
  );
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  if (!canComment(me, session)) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      // Through the outbox: it waits there while offline or while its answer is unknown, and the
      // session page folds the delivered comment in.
      await outbox.submit({
        kind: 'comment',
        sessionId: session.id,
        recommendationId: recommendation.id,
        title: recommendation.title,
        body: body.trim(),
        stance,
        parentId,
      });
      setBody('');
      setErrors({ byField: {}, general: [] });
      // Focus stays where the delegate acted (the submit button is disabled once the text is gone).
      if (onDone) onDone();
      else form.current?.querySelector('textarea')?.focus();
    } catch (e) {
      setErrors(splitFieldErrors(e, COMMENT_FIELDS, { t, fmt }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={form}
      className="comment-form"
      onSubmit={(event) => void submit(event)}
      aria-label={parentId ? t.reply : t.addComment}
    >
      <FormErrors messages={errors.general} />
      <TextArea
        label={t.comment}
        value={body}
        required
        maxLength={LIMITS.comment}
        rows={2}
        onChange={(e) => setBody(e.target.value)}
        errors={errors.byField.body}
      />
      <SelectField
        label={t.stanceLabel}
        value={stance}
        onChange={(e) => setStance(e.target.value as Stance)}
        errors={errors.byField.stance}
      >
        {STANCES.map((s) => (
          <option key={s} value={s}>
            {t.stance[s]}
          </option>
        ))}
      </SelectField>
      <button type="submit" disabled={busy || !body.trim()}>
        {parentId ? t.reply : t.postComment}
      </button>
    </form>
  );
}

/** A one-field form for a moderator's reason (hiding); the reason is required by the server. */
export function ReasonForm({
  submitLabel,
  onSubmit,
}: {
  submitLabel: string;
  onSubmit(reason: string): Promise<void>;
}) {
  const { t, fmt } = useI18n();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onSubmit(reason.trim());
    } catch (e) {
      const split = splitFieldErrors(e, ['reason'] as const, { t, fmt });
      setErrors([...(split.byField.reason ?? []), ...split.general]);
    }
  };
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <TextField
        label={t.hideReason}
        value={reason}
        required
        maxLength={LIMITS.hiddenReason}
        onChange={(e) => setReason(e.target.value)}
        errors={errors}
      />
      <button type="submit" className="danger" disabled={!reason.trim()}>
        {submitLabel}
      </button>
    </form>
  );
}
