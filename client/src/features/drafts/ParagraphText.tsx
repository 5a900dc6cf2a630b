import { bracketSegments } from './draft-text';

/** A paragraph's wording with its bracketed (contested) runs marked; the brackets stay as typed. */
export function ParagraphText({ text, className }: { text: string; className?: string }) {
  return (
    <span className={className} dir="auto">
      {bracketSegments(text).map((s, i) =>
        s.bracketed ? (
          <mark key={i} className="bracketed">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </span>
  );
}
