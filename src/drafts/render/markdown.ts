/**
 * Markdown (CommonMark) of a version and of a comparison. Delegates' text is escaped as in the
 * outcome document's Markdown (no link, image, raw HTML or entity can come from it); brackets
 * therefore read `\[…\]` in the file and `[…]` once rendered. Comparisons use CriticMarkup,
 * `{++inserted++}` and `{--deleted--}`: readable as plain text, understood by CriticMarkup
 * tools (MultiMarkdown, pandoc filters, many editors), and free of raw HTML, which this file
 * never holds. Braces in the text are written as character references so that no `{++` can
 * come from a delegate. Numbered lines carry their number as a code span before the line:
 * Markdown has no margin, and a code span cannot be mistaken for the text or a list.
 */
import { escapeMarkdown } from '../../reports/render/markdown';
import type { ComparisonEntry, ComparisonView, DiffOp } from './compare';
import type { DraftCatalogue } from './i18n';
import { lineRanges } from './text';
import type { AnnexView, Fact, FrontMatter, TableModel, VersionBlock, VersionView } from './view';

/** Lines of one paragraph, joined by hard line breaks. */
const text = (value: string): string => value.split('\n').map(escapeMarkdown).join('\\\n');

const noBraces = (value: string): string =>
  value.replace(/[{}]/g, (c) => (c === '{' ? '&#123;' : '&#125;'));

/** Escaped text for a comparison, where a brace could open a CriticMarkup mark. */
const esc = (value: string): string => noBraces(escapeMarkdown(value));

const factLines = (items: Fact[], colon: string): string[] =>
  items.map((f) => `- **${escapeMarkdown(f.label)}**${colon} ${escapeMarkdown(f.value)}`);

function table(model: TableModel): string {
  return [
    `| ${model.columns.map(escapeMarkdown).join(' | ')} |`,
    `| ${model.numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`,
    ...model.rows.map((row) => `| ${row.map(escapeMarkdown).join(' | ')} |`),
  ].join('\n');
}

function front(f: FrontMatter, t: DraftCatalogue): string[] {
  const blocks = [
    `**${escapeMarkdown(f.conference)}** — ${escapeMarkdown(f.place)}\\\n${escapeMarkdown(f.distribution)} · ${escapeMarkdown(f.date)} · ${escapeMarkdown(f.original)}`,
    `# ${escapeMarkdown(f.title)}`,
    `*${escapeMarkdown(f.versionLine)}*`,
  ];
  if (f.notice) blocks.push(`**${escapeMarkdown(f.notice)}**`);
  if (f.translationNotice) blocks.push(escapeMarkdown(f.translationNotice));
  const list = [
    ...factLines(f.facts, t.formats.colon),
    `- **${escapeMarkdown(f.fingerprint.label)}**${t.formats.colon} \`${f.fingerprint.value.replace(/`/g, '')}\``,
  ];
  blocks.push(list.join('\n'), '---');
  return blocks;
}

class LineCounter {
  private n = 0;
  constructor(readonly enabled: boolean) {}

  /** The paragraph's text after `prefix` (its number or label), line by line when numbered. */
  text(prefix: string, value: string): string {
    if (!this.enabled) return prefix + text(value);
    return lineRanges(value)
      .map(
        (r, i) =>
          `\`${++this.n}\` ${i === 0 ? prefix : ''}${escapeMarkdown(value.slice(r.start, r.end))}`,
      )
      .join('\\\n');
  }
}

function block(b: VersionBlock, lines: LineCounter): string[] {
  const out = b.note ? [`*${escapeMarkdown(b.note)}*`] : [];
  if (b.kind === 'heading') return [...out, `## ${escapeMarkdown(b.text.replace(/\n/g, ' '))}`];
  out.push(lines.text(b.numberLabel ? `${escapeMarkdown(b.numberLabel)} ` : '', b.text));
  for (const alt of b.alternatives)
    out.push(lines.text(`*${escapeMarkdown(alt.label)}* `, alt.text));
  return out;
}

function annex(a: AnnexView, t: DraftCatalogue): string[] {
  const colon = t.formats.colon;
  const out = [`## ${escapeMarkdown(a.heading)}`, escapeMarkdown(a.intro)];
  for (const entry of a.entries) {
    out.push(`### ${escapeMarkdown(entry.title)}`, `**${escapeMarkdown(t.annex.sources)}**`);
    if (entry.noSources) out.push(escapeMarkdown(entry.noSources));
    for (const source of entry.sources) {
      out.push(`*${escapeMarkdown(source.title)}*`, factLines(source.facts, colon).join('\n'));
      if (source.support) out.push(table(source.support));
    }
    out.push(`**${escapeMarkdown(t.annex.amendments)}**`);
    if (entry.noAmendments) out.push(escapeMarkdown(entry.noAmendments));
    for (const amendment of entry.amendments) {
      out.push(
        `*${escapeMarkdown(amendment.title)}*`,
        factLines(amendment.facts, colon).join('\n'),
      );
    }
  }
  if (a.floor)
    out.push(
      `### ${escapeMarkdown(a.floor.heading)}`,
      escapeMarkdown(a.floor.intro),
      table(a.floor.table),
    );
  return out;
}

export function renderVersionMarkdown(view: VersionView): Buffer {
  const lines = new LineCounter(view.lineNumbers);
  const blocks = [
    ...front(view.front, view.t),
    ...view.blocks.flatMap((b) => block(b, lines)),
    ...(view.annex ? annex(view.annex, view.t) : []),
  ];
  return Buffer.from(`${blocks.join('\n\n')}\n`, 'utf8');
}

/** CriticMarkup for the ops; a mark never spans a line break (CriticMarkup cannot). */
function critic(ops: DiffOp[]): string {
  return ops
    .map((op) =>
      op.text
        .split('\n')
        .map((line) => {
          const escaped = esc(line);
          if (escaped === '' || op.op === 'equal') return escaped;
          return op.op === 'insert' ? `{++${escaped}++}` : `{--${escaped}--}`;
        })
        .join('\\\n'),
    )
    .join('');
}

function change(e: ComparisonEntry, view: ComparisonView): string[] {
  const { t } = view;
  const c = e.change;
  if (e.place === 'movedAway') return [`*${esc(t.comparison.movedTo(c.to?.number ?? null))}*`];
  const out: string[] = [];
  if (c.moved) out.push(`*${esc(t.comparison.movedFrom(c.from?.number ?? null))}*`);
  else if (c.status !== 'unchanged') out.push(`*${esc(t.comparison.statuses[c.status])}*`);
  if (c.note) out.push(`*${esc(c.note)}*`);
  if (c.kind === 'heading' && c.number.length === 0) {
    out.push(`## ${critic(c.text.ops).replace(/\\\n/g, ' ')}`);
  } else {
    const number = critic(c.number);
    out.push(`${number}${number ? ' ' : ''}${critic(c.text.ops)}`);
  }
  for (const alt of c.alternatives) {
    const whole = alt.from === null ? 'insert' : alt.to === null ? 'delete' : 'equal';
    out.push(`*${critic([{ op: whole, text: alt.label }])}* ${critic(alt.ops)}`);
  }
  return out;
}

export function renderComparisonMarkdown(view: ComparisonView): Buffer {
  const { t } = view;
  const colon = t.formats.colon;
  const version = (label: string, date: string, sha: string) =>
    `- **${esc(label)}**${colon} ${esc(date)} · \`${sha.replace(/`/g, '')}\``;
  const blocks = [
    `**${esc(view.conference)}** — ${esc(view.place)}`,
    `# ${esc(view.title)}`,
    `*${esc(t.comparison.kind)}* — ${esc(view.heading)}`,
    [
      version(view.from.label, view.from.date, view.from.sha256),
      version(view.to.label, view.to.date, view.to.sha256),
      `- **${esc(t.comparison.author)}**${colon} ${esc(view.author)}`,
    ].join('\n'),
    `${esc(t.comparison.legend)}`,
    esc(view.summary),
    ...(view.comparedIn ? [esc(view.comparedIn)] : []),
    '---',
    ...view.entries.flatMap((e) => change(e, view)),
  ];
  return Buffer.from(`${blocks.join('\n\n')}\n`, 'utf8');
}
