/**
 * DOCX of a comparison with real Word revision marks, so Word's Review pane lists every change
 * and "Accept all" gives the later version's text, "Reject all" the earlier one's:
 * - changed wording: `w:del` (text in `w:delText`) and `w:ins` around exactly the changed words;
 * - a new number: the old one deleted, the new one inserted;
 * - an inserted or deleted paragraph (or alternative): its runs and its paragraph mark
 *   (`w:pPr/w:rPr/w:ins|w:del`) marked, so accepting or rejecting removes the paragraph itself;
 * - a moved paragraph: Word's own move marks (`w:moveFrom` where it was, `w:moveTo` where it
 *   is, paired by a named range). Words a moved paragraph gained are inserted (`w:ins`) beside
 *   the moved text; the words it lost show where it was, in the moved-from text, because
 *   neither Word nor pandoc reads a deletion nested inside a move.
 * A paragraph printed in the drafting language for want of a translation carries a comment,
 * which leaves the text itself as it is when the changes are accepted or rejected.
 */
import type {
  ComparisonEntry,
  ComparisonView,
  DiffOp,
  ParagraphChange,
  PieceChange,
} from './compare';
import { fingerprint, finalSection, languageRun, pack } from './docx/common';
import { COLOUR, STYLE } from './docx/styles';
import {
  paragraph,
  run,
  Revisions,
  type ParagraphProps,
  type RunProps,
} from '../../reports/render/docx/wordml';
import { languageProfile } from './script';

interface Para {
  content: string;
  props: ParagraphProps;
}

/** A piece of a paragraph (its wording or one alternative) with the label printed before it. */
interface Part {
  piece: PieceChange;
  /** The number's ops, or an alternative's "Alt. n"; null for a heading. */
  label: DiffOp[] | null;
  bold: boolean;
  style: string;
}

function parts(change: ParagraphChange): Part[] {
  const main: Part = {
    piece: change.text,
    label: change.kind === 'heading' && change.number.length === 0 ? null : change.number,
    bold: false,
    style: change.kind === 'heading' ? STYLE.heading1 : STYLE.paragraph,
  };
  return [
    main,
    ...change.alternatives.map((alt) => ({
      piece: alt,
      label: [{ op: 'equal', text: alt.label }] as DiffOp[],
      bold: true,
      style: STYLE.alternative,
    })),
  ];
}

/** The label as one version has it: `from` drops insertions, `to` drops deletions. */
const labelIn = (ops: DiffOp[], side: 'from' | 'to'): string =>
  ops
    .filter((op) => op.op !== (side === 'from' ? 'insert' : 'delete'))
    .map((op) => op.text)
    .join('');

class ComparisonWriter {
  readonly rev: Revisions;
  private readonly moves = new Map<string, ReturnType<Revisions['moveRange']>>();

  constructor(readonly view: ComparisonView) {
    this.rev = new Revisions(view.author, view.date);
  }

  private diffRuns(ops: DiffOp[], props: RunProps): string {
    return ops
      .map((op) => {
        if (op.op === 'equal') return run(op.text, props);
        if (op.op === 'insert') return this.rev.wrap('ins', run(op.text, props));
        return this.rev.wrap('del', run(op.text, props, { deleted: true }));
      })
      .join('');
  }

  /** At a moved piece's new place: kept words moved, new words inserted, lost words absent. */
  private movedToRuns(ops: DiffOp[], props: RunProps): string {
    return ops
      .map((op) => {
        if (op.op === 'equal') return this.rev.wrap('moveTo', run(op.text, props));
        if (op.op === 'insert') return this.rev.wrap('ins', run(op.text, props));
        return '';
      })
      .join('');
  }

  /** A whole paragraph inserted or deleted, its paragraph mark included. */
  private whole(kind: 'ins' | 'del', part: Part, props: RunProps): Para {
    const deleted = kind === 'del';
    const side = deleted ? 'from' : 'to';
    const text = deleted ? part.piece.from! : part.piece.to!;
    const label = part.label
      ? run(`${labelIn(part.label, side)}\t`, { bold: part.bold }, { deleted })
      : '';
    return {
      content: this.rev.wrap(kind, label + run(text, props, { deleted })),
      props: { style: part.style, markRevision: this.rev.mark(kind) },
    };
  }

  /** A paragraph that kept its place: changed, unchanged, inserted or deleted. */
  inPlace(change: ParagraphChange, props: RunProps): Para[] {
    return parts(change).map((part) => {
      if (part.piece.from === null) return this.whole('ins', part, props);
      if (part.piece.to === null) return this.whole('del', part, props);
      const label = part.label ? this.diffRuns(part.label, { bold: part.bold }) + run('\t') : '';
      return {
        content: label + this.diffRuns(part.piece.ops, props),
        props: { style: part.style },
      };
    });
  }

  /** Where a moved paragraph was: its earlier text, moved away. */
  movedAway(change: ParagraphChange, props: RunProps): Para[] {
    return parts(change)
      .filter((part) => part.piece.from !== null)
      .map((part) => {
        const label = part.label
          ? run(`${labelIn(part.label, 'from')}\t`, { bold: part.bold }, { deleted: true })
          : '';
        return {
          content: this.rev.wrap(
            'moveFrom',
            label + run(part.piece.from!, props, { deleted: true }),
          ),
          props: { style: part.style, markRevision: this.rev.mark('moveFrom') },
        };
      });
  }

  /** Where a moved paragraph is now: the moved text, with the words it gained inserted. */
  movedHere(change: ParagraphChange, props: RunProps): Para[] {
    return parts(change)
      .filter((part) => part.piece.to !== null)
      .map((part) => {
        // An alternative the moved paragraph gained is inserted, not moved.
        if (part.piece.from === null) return this.whole('ins', part, props);
        const label = part.label
          ? this.movedToRuns(part.label, { bold: part.bold }) + this.rev.wrap('moveTo', run('\t'))
          : '';
        return {
          content: label + this.movedToRuns(part.piece.ops, props),
          props: { style: part.style, markRevision: this.rev.mark('moveTo') },
        };
      });
  }

  entry(e: ComparisonEntry): string {
    const { change } = e;
    const props = languageRun(this.view.profile, languageProfile(change.language));
    let paras: Para[];
    if (change.moved) {
      let range = this.moves.get(change.id);
      if (!range) {
        range = this.rev.moveRange();
        this.moves.set(change.id, range);
      }
      const marks = e.place === 'movedAway' ? range.from : range.to;
      paras =
        e.place === 'movedAway' ? this.movedAway(change, props) : this.movedHere(change, props);
      if (paras.length > 0) {
        paras[0].content = marks.start + paras[0].content;
        paras[paras.length - 1].content += marks.end;
      }
    } else {
      paras = this.inPlace(change, props);
    }
    if (change.note && e.place === 'here' && paras.length > 0) {
      const comment = this.rev.comment(change.note);
      paras[0].content = comment.start + paras[0].content + comment.end + comment.reference;
    }
    return paras.map((p) => paragraph(p.content, p.props)).join('');
  }
}

function frontMatter(view: ComparisonView): string[] {
  const { t } = view;
  const colon = t.formats.colon;
  const rule = { size: 6, colour: COLOUR.ink, space: 4 };
  const line = (label: string, value: string) =>
    paragraph(run(`${label}${colon} `, { bold: true }) + run(value), { style: STYLE.small });
  return [
    paragraph(run(view.conference, { bold: true }) + run(`\t${view.place}`), {
      style: STYLE.front,
      borders: { bottom: rule },
    }),
    paragraph(run(t.comparison.kind), { style: STYLE.kind }),
    paragraph(run(view.title), { style: STYLE.title }),
    paragraph(run(view.heading, { italic: true }), {
      style: STYLE.kind,
      spacing: { before: 0, after: 200 },
    }),
    line(view.from.label, view.from.date),
    fingerprint(t.fingerprint, view.from.sha256, colon),
    line(view.to.label, view.to.date),
    fingerprint(t.fingerprint, view.to.sha256, colon),
    paragraph(run(t.comparison.legend), {
      style: STYLE.small,
      spacing: { before: 120, after: 60 },
    }),
    paragraph(run(view.summary), { style: STYLE.small }),
    view.comparedIn ? paragraph(run(view.comparedIn), { style: STYLE.small }) : '',
    paragraph('', { style: STYLE.small, borders: { bottom: rule } }),
  ];
}

export function renderComparisonDocx(view: ComparisonView, date: string): Buffer {
  const writer = new ComparisonWriter(view);
  const body = [
    ...frontMatter(view),
    ...view.entries.map((e) => writer.entry(e)),
    // The last paragraph mark of a document cannot be deleted: a deleted paragraph is never last.
    paragraph('', { style: STYLE.small }),
    finalSection(view.profile, false),
  ].join('');
  return pack({
    body,
    profile: view.profile,
    decimal: view.t.formats.number.decimal,
    runningHead: view.runningHead,
    title: view.title,
    subject: `${view.t.comparison.kind} — ${view.heading}`,
    date,
    comments: writer.rev.comments(),
  });
}
