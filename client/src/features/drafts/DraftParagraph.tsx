import type { AmendmentView, ParagraphView } from '#contract';
import { lazy, Suspense, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { AmendmentCard } from './AmendmentCard';
import { AmendmentForm } from './AmendmentForm';
import { useDraftPage } from './draft-context';
import { canPropose } from './draft-text';
import { ParagraphText } from './ParagraphText';

// The chairs' editing tools in their own chunk.
const ParagraphTools = lazy(() =>
  import('./ParagraphTools').then((m) => ({ default: m.ParagraphTools })),
);

/**
 * One paragraph as delegates cite it: its number and kind, its wording with brackets marked, its
 * alternatives, and under it its amendments (each with its diff) and the way to propose one.
 */
export function DraftParagraph({
  paragraph: p,
  amendments,
}: {
  paragraph: ParagraphView;
  amendments: AmendmentView[];
}) {
  const { t, language } = useI18n('drafting');
  const { me, draft, chairs } = useDraftPage();
  // The drafting language is authoritative; a translation in the reader's language is shown
  // beside it (marked when the paragraph changed after it was entered), never instead of it.
  const translation = language !== draft.language ? p.translations[language] : undefined;
  const [composing, setComposing] = useState(false);
  const proposeButton = useRef<HTMLButtonElement>(null);
  // Headings are not numbered: their amendments and forms are named by their text.
  const label = p.number === null ? p.text : String(p.number);
  const name = p.number === null ? p.text : t.drafts.paragraph(label);

  const body =
    p.kind === 'heading' ? (
      <h3 className="draft-heading" dir="auto">
        <ParagraphText text={p.text} />
      </h3>
    ) : (
      <p className="paragraph-text">
        <span className="paragraph-number" aria-hidden="true">
          {p.number}.
        </span>{' '}
        <span className="paragraph-kind">{t.drafts.kind[p.kind]}</span>{' '}
        <ParagraphText text={p.text} />
      </p>
    );

  return (
    <article
      className={`draft-paragraph kind-${p.kind}${p.bracketed ? ' bracketed-paragraph' : ''}`}
      aria-label={name}
      data-version={p.version}
    >
      {body}
      {translation && (
        <p className="paragraph-translation" lang={language}>
          <span className="muted small-text">
            {t.drafts.translationIn(t.languageName[language])}:
          </span>{' '}
          <ParagraphText text={translation.text} />
          {translation.outdated && (
            <span className="muted small-text"> ({t.drafts.translationOutdated})</span>
          )}
        </p>
      )}
      {p.alternatives.length > 0 && (
        <ol className="plain-list alternatives">
          {p.alternatives.map((alt, i) => (
            <li key={i}>
              <strong>{t.drafts.alternative(String(i + 1))}</strong> <ParagraphText text={alt} />
            </li>
          ))}
        </ol>
      )}
      {chairs && (
        <Suspense fallback={null}>
          <ParagraphTools paragraph={p} label={label} />
        </Suspense>
      )}
      {amendments.length > 0 && (
        <section className="amendments" aria-label={t.drafts.amendmentsTo(label)}>
          <ol className="plain-list">
            {amendments.map((a) => (
              <li key={a.id}>
                <AmendmentCard amendment={a} label={label} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {canPropose(me, draft) && (
        <div className="propose">
          <button
            ref={proposeButton}
            type="button"
            className="secondary small"
            aria-expanded={composing}
            onClick={() => setComposing(!composing)}
          >
            {t.drafts.propose}
          </button>
          {composing && (
            <AmendmentForm
              paragraph={p}
              onDone={() => {
                setComposing(false);
                proposeButton.current?.focus();
              }}
            />
          )}
        </div>
      )}
    </article>
  );
}
