import type { DiffPart } from '#contract';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * The server's word-level diff of an amendment (jsdiff on the server, so the client needs no diff
 * library): insertions underlined, deletions struck through, each with a hidden word for screen
 * readers, which announce neither `<ins>` nor `<del>`.
 */
export function DiffView({ diff }: { diff: DiffPart[] }) {
  const { t } = useI18n('drafting');
  return (
    <p className="amendment-diff" dir="auto">
      {diff.map((part, i) => {
        if (part.op === 'insert')
          return (
            <ins key={i}>
              <span className="visually-hidden">{t.drafts.inserted} </span>
              {part.text}
            </ins>
          );
        if (part.op === 'delete')
          return (
            <del key={i}>
              <span className="visually-hidden">{t.drafts.deleted} </span>
              {part.text}
            </del>
          );
        return <span key={i}>{part.text}</span>;
      })}
    </p>
  );
}
