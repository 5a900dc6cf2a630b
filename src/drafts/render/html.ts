/**
 * Self-contained HTML of a version and of a comparison: inline CSS, no script, no external
 * resource (a Content-Security-Policy says so to the browser too), `lang` and `dir` on the
 * document and `lang` on any paragraph printed in another language. Insertions and deletions
 * are `<ins>` and `<del>` with the comparison's date. Every string goes through `escapeHtml`.
 */
import { escapeHtml } from '../../reports/render/html';
import type { ComparisonEntry, ComparisonView, DiffOp } from './compare';
import { draftStylesheet } from './html-style';
import type { DraftCatalogue } from './i18n';
import { lineRanges } from './text';
import type { AnnexView, Fact, FrontMatter, TableModel, VersionBlock, VersionView } from './view';

const br = (text: string): string => text.split('\n').map(escapeHtml).join('<br>');

/** An id attribute from a paragraph id, whatever characters the id holds. */
const anchor = (id: string): string =>
  `para-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)}`)}`;

const langAttr = (tag: string, documentTag: string): string =>
  tag === documentTag ? '' : ` lang="${escapeHtml(tag)}"`;

function page(options: {
  tag: string;
  dir: string;
  title: string;
  css: string;
  body: string[];
}): Buffer {
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(options.tag)}" dir="${options.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>\n${options.css}</style>`,
    '</head>',
    '<body>',
    ...options.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return Buffer.from(html, 'utf8');
}

const facts = (items: Fact[]): string =>
  items.length === 0
    ? ''
    : `<dl class="facts">${items
        .map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`)
        .join('')}</dl>`;

function table(model: TableModel): string {
  const cls = (i: number) => (model.numeric[i] ? ' class="number"' : '');
  const head = model.columns
    .map((c, i) => `<th scope="col"${cls(i)}>${escapeHtml(c)}</th>`)
    .join('');
  const rows = model.rows
    .map(
      (row) => `<tr>${row.map((cell, i) => `<td${cls(i)}>${escapeHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function front(f: FrontMatter, t: DraftCatalogue): string {
  return [
    '<header class="front">',
    '<div class="masthead">',
    `<div class="conference"><p><strong>${escapeHtml(f.conference)}</strong></p><p>${escapeHtml(f.place)}</p></div>`,
    `<div class="symbol"><p>${escapeHtml(f.distribution)}</p><p>${escapeHtml(f.date)}</p><p>${escapeHtml(f.original)}</p></div>`,
    '</div>',
    `<h1>${escapeHtml(f.title)}</h1>`,
    `<p class="version-line">${escapeHtml(f.versionLine)}</p>`,
    f.notice ? `<p class="notice">${escapeHtml(f.notice)}</p>` : '',
    f.translationNotice
      ? `<p class="translation-notice">${escapeHtml(f.translationNotice)}</p>`
      : '',
    facts(f.facts),
    `<p class="sha">${escapeHtml(f.fingerprint.label + t.formats.colon)} <code>${escapeHtml(f.fingerprint.value)}</code></p>`,
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Numbered lines: each line a block, its number in the margin, hidden from screen readers. */
class LineCounter {
  private n = 0;
  constructor(readonly enabled: boolean) {}

  text(text: string): string {
    if (!this.enabled) return br(text);
    return lineRanges(text)
      .map(
        (r) =>
          `<span class="line"><span class="ln" aria-hidden="true">${++this.n}</span>${escapeHtml(text.slice(r.start, r.end))}</span>`,
      )
      .join('');
  }
}

function versionBlock(b: VersionBlock, view: VersionView, lines: LineCounter): string {
  const lang = langAttr(b.tag, view.profile.tag);
  const note = b.note ? `<p class="note">${escapeHtml(b.note)}</p>\n` : '';
  if (b.kind === 'heading') {
    return `${note}<h2 id="${anchor(b.id)}"${lang}>${br(b.text)}</h2>`;
  }
  const out = [
    `<div class="paragraph ${b.kind}" id="${anchor(b.id)}">`,
    note,
    `<p class="para"><span class="num">${escapeHtml(b.numberLabel ?? '')}</span><span class="text"${lang}>${lines.text(b.text)}</span></p>`,
    ...b.alternatives.map(
      (alt) =>
        `<p class="alt"><span class="label">${escapeHtml(alt.label)}</span><span class="text"${lang}>${lines.text(alt.text)}</span></p>`,
    ),
    '</div>',
  ];
  return out.filter(Boolean).join('\n');
}

function annex(a: AnnexView, t: DraftCatalogue): string {
  const out = [
    '<section class="annex" id="annex">',
    `<h2>${escapeHtml(a.heading)}</h2>`,
    `<p>${escapeHtml(a.intro)}</p>`,
  ];
  for (const entry of a.entries) {
    out.push(`<article class="provenance" id="annex-${anchor(entry.paragraphId)}">`);
    out.push(`<h3>${escapeHtml(entry.title)}</h3>`, `<h4>${escapeHtml(t.annex.sources)}</h4>`);
    if (entry.noSources) out.push(`<p class="small">${escapeHtml(entry.noSources)}</p>`);
    for (const source of entry.sources) {
      out.push(`<p><em>${escapeHtml(source.title)}</em></p>`, facts(source.facts));
      if (source.support) out.push(table(source.support));
    }
    out.push(`<h4>${escapeHtml(t.annex.amendments)}</h4>`);
    if (entry.noAmendments) out.push(`<p class="small">${escapeHtml(entry.noAmendments)}</p>`);
    for (const amendment of entry.amendments) {
      out.push(`<p><em>${escapeHtml(amendment.title)}</em></p>`, facts(amendment.facts));
    }
    out.push('</article>');
  }
  if (a.floor)
    out.push(
      '<article class="floor" id="annex-floor">',
      `<h3>${escapeHtml(a.floor.heading)}</h3>`,
      `<p>${escapeHtml(a.floor.intro)}</p>`,
      table(a.floor.table),
      '</article>',
    );
  out.push('</section>');
  return out.join('\n');
}

export function renderVersionHtml(view: VersionView): Buffer {
  const lines = new LineCounter(view.lineNumbers);
  return page({
    tag: view.profile.tag,
    dir: view.profile.direction,
    title: view.runningHead,
    css: draftStylesheet(view.t, view.runningHead),
    body: [
      front(view.front, view.t),
      `<main class="text${view.lineNumbers ? ' numbered' : ''}">`,
      ...view.blocks.map((b) => versionBlock(b, view, lines)),
      '</main>',
      view.annex ? annex(view.annex, view.t) : '',
    ].filter(Boolean),
  });
}

function opsHtml(ops: DiffOp[], datetime: string): string {
  return ops
    .map((op) => {
      if (op.op === 'equal') return br(op.text);
      const tag = op.op === 'insert' ? 'ins' : 'del';
      return `<${tag} datetime="${datetime}">${br(op.text)}</${tag}>`;
    })
    .join('');
}

function changeBlock(e: ComparisonEntry, view: ComparisonView): string {
  const { change } = e;
  const { t } = view;
  const lang = langAttr(change.tag, view.profile.tag);
  const id = anchor(change.id);
  if (e.place === 'movedAway') {
    return [
      `<div class="change moved-away" id="${id}-was">`,
      `<p class="status"><a href="#${id}">${escapeHtml(t.comparison.movedTo(change.to?.number ?? null))}</a></p>`,
      '</div>',
    ].join('\n');
  }
  const status = change.moved ? 'moved' : change.status;
  const label =
    status === 'unchanged'
      ? ''
      : change.moved
        ? t.comparison.movedFrom(change.from?.number ?? null)
        : t.comparison.statuses[status];
  const ops = (text: DiffOp[]) => opsHtml(text, view.date);
  const out = [
    `<div class="change ${status}" id="${id}">`,
    label ? `<p class="status">${escapeHtml(label)}</p>` : '',
    change.note ? `<p class="note">${escapeHtml(change.note)}</p>` : '',
  ];
  if (change.kind === 'heading' && change.number.length === 0) {
    out.push(`<h2${lang}>${ops(change.text.ops)}</h2>`);
  } else {
    out.push(
      `<p class="para"><span class="num">${ops(change.number)}</span><span class="text"${lang}>${ops(change.text.ops)}</span></p>`,
    );
  }
  for (const alt of change.alternatives) {
    const whole = alt.from === null ? 'insert' : alt.to === null ? 'delete' : null;
    const labelOps: DiffOp[] = [{ op: whole ?? 'equal', text: alt.label }];
    out.push(
      `<p class="alt"><span class="label">${ops(labelOps)}</span><span class="text"${lang}>${ops(alt.ops)}</span></p>`,
    );
  }
  out.push('</div>');
  return out.filter(Boolean).join('\n');
}

export function renderComparisonHtml(view: ComparisonView): Buffer {
  const { t } = view;
  const colon = t.formats.colon;
  const version = (label: string, date: string, sha: string) =>
    `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(date)} · ${escapeHtml(t.fingerprint + colon)} <code>${escapeHtml(sha)}</code></dd>`;
  return page({
    tag: view.profile.tag,
    dir: view.profile.direction,
    title: view.runningHead,
    css: draftStylesheet(t, view.runningHead),
    body: [
      '<header class="front">',
      `<div class="masthead"><div class="conference"><p><strong>${escapeHtml(view.conference)}</strong></p></div><div class="symbol"><p>${escapeHtml(view.place)}</p></div></div>`,
      `<p class="kind">${escapeHtml(t.comparison.kind)}</p>`,
      `<h1>${escapeHtml(view.title)}</h1>`,
      `<p class="version-line">${escapeHtml(view.heading)}</p>`,
      `<dl class="facts">${version(view.from.label, view.from.date, view.from.sha256)}${version(view.to.label, view.to.date, view.to.sha256)}<dt>${escapeHtml(t.comparison.author)}</dt><dd>${escapeHtml(view.author)}</dd></dl>`,
      `<p class="legend">${escapeHtml(t.comparison.legend)}</p>`,
      `<p class="summary">${escapeHtml(view.summary)}</p>`,
      view.comparedIn ? `<p class="small">${escapeHtml(view.comparedIn)}</p>` : '',
      '</header>',
      '<main class="comparison">',
      ...view.entries.map((e) => changeBlock(e, view)),
      '</main>',
    ].filter(Boolean),
  });
}
