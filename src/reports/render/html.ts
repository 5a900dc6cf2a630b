/**
 * A single, self-contained HTML file: inline CSS, the chart as inline SVG, no scripts and no
 * external resource (a Content-Security-Policy says so to the browser too). Every string from
 * the document goes through `escapeHtml`; only this file writes markup.
 */
import type { OutcomeDocument } from '../outcome-document';
import { directionOf } from '../../common/i18n/languages';
import { stylesheet } from './html-style';
import {
  buildView,
  type Bar,
  type DocumentView,
  type Fact,
  type DocumentRecommendation,
  type TableView,
} from './view';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

const lines = (text: string): string => text.split('\n').map(escapeHtml).join('<br>');
const para = (textLines: string[]): string => `<p>${textLines.map(escapeHtml).join('<br>')}</p>`;

const facts = (items: Fact[]): string =>
  `<dl class="facts">${items
    .map((fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd>`)
    .join('')}</dl>`;

function table(view: TableView, options: { caption?: string; wide?: boolean } = {}): string {
  const cls = (index: number): string => (view.numeric[index] ? ' class="number"' : '');
  const head = view.columns
    .map((column, index) => `<th scope="col"${cls(index)}>${escapeHtml(column)}</th>`)
    .join('');
  const body = view.rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${cls(i)}>${lines(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  const caption = options.caption ? `<caption>${escapeHtml(options.caption)}</caption>` : '';
  const wide = options.wide ? ' class="wide"' : '';
  return `<table${wide}>${caption}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function decision(rec: DocumentRecommendation, colon: string): string {
  const cls = rec.decision.overridden ? 'decision overridden' : 'decision';
  const lines = [
    `<p class="${cls}"><strong>${escapeHtml(rec.decision.label + colon)}</strong> ${escapeHtml(rec.decision.text)}</p>`,
  ];
  if (rec.decision.note) {
    lines.push(
      `<p class="decision-note"><strong>${escapeHtml(rec.decision.noteLabel + colon)}</strong> <em>${escapeHtml(rec.decision.note)}</em></p>`,
    );
  }
  return lines.join('\n');
}

function marks(rec: DocumentRecommendation): string {
  return [
    rec.mark ? `<span class="mark ${rec.mark.kind}">${escapeHtml(rec.mark.label)}</span>` : '',
    rec.overrideMark ? `<span class="mark override">${escapeHtml(rec.overrideMark)}</span>` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** In the chapters: the text, then one line of tallies and marks; the tables are in annex E. */
function recommendation(rec: DocumentRecommendation, colon: string): string {
  const parts = [`<article class="recommendation" id="${rec.anchor}">`];
  parts.push(`<h3>${escapeHtml(rec.heading)}</h3>`);
  parts.push(...rec.paragraphs.map(para));
  const markup = marks(rec);
  parts.push(
    `<p class="tally-line">${markup ? `${markup} ` : ''}<a href="#${rec.detailsAnchor}">${escapeHtml(rec.line)}</a></p>`,
  );
  if (rec.decision.overridden || rec.decision.note) parts.push(decision(rec, colon));
  parts.push('</article>');
  return parts.join('\n');
}

function details(rec: DocumentRecommendation, caption: string): string {
  const parts = [`<section class="details" id="${rec.detailsAnchor}">`];
  parts.push(`<h3><a href="#${rec.anchor}">${escapeHtml(rec.heading)}</a></h3>`, facts(rec.facts));
  if (rec.support.rows.length > 0) parts.push(table(rec.support, { caption }));
  if (rec.support.note) parts.push(`<p class="note">${escapeHtml(rec.support.note)}</p>`);
  parts.push('</section>');
  return parts.join('\n');
}

/** Horizontal bars, each labelled on the line above it so that long French labels fit. */
export function barChartSvg(bars: Bar[], title: string): string {
  const row = 34;
  const width = 640;
  const room = 560;
  const height = Math.max(1, bars.length) * row + 8;
  const items = bars.map((bar, index) => {
    const y = index * row + 14;
    const length = Math.max(bar.count > 0 ? 2 : 0, bar.length * room);
    return [
      `<text x="0" y="${y}" font-size="12">${escapeHtml(bar.label)}</text>`,
      `<rect x="0" y="${y + 5}" width="${length.toFixed(1)}" height="12" fill="#1f4e79"/>`,
      `<text x="${(length + 6).toFixed(1)}" y="${y + 15}" font-size="11">${escapeHtml(bar.value)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="participation-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="Arial, sans-serif" fill="#1a1a1a">`,
    `<title id="participation-chart">${escapeHtml(title)}</title>`,
    ...items,
    '</svg>',
  ].join('\n');
}

function contents(view: DocumentView): string {
  const { t } = view;
  const entries: Array<[string, string]> = [['introduction', t.introduction]];
  view.chapters.forEach((chapter) => entries.push([chapter.anchor, chapter.heading]));
  if (view.crossReferences) entries.push(['cross-references', view.crossReferences.heading]);
  if (view.summaries.length > 0) entries.push(['summaries', t.summaries]);
  entries.push(
    ['annex-a', view.annexA.heading],
    ['annex-b', view.annexB.heading],
    ['annex-c', view.annexC.heading],
    ['annex-d', view.annexD.heading],
    ['annex-e', view.annexE.heading],
  );
  const items = entries
    .map(([anchor, text]) => `<li><a href="#${anchor}">${escapeHtml(text)}</a></li>`)
    .join('\n');
  return `<nav class="toc" aria-labelledby="contents">\n<h2 id="contents">${escapeHtml(t.contents)}</h2>\n<ol>\n${items}\n</ol>\n</nav>`;
}

function titlePage(view: DocumentView): string {
  const { t } = view;
  const status = view.isDraft ? 'status draft' : 'status';
  return [
    '<header class="title-page">',
    `<p class="kind">${escapeHtml(t.documentKind)}</p>`,
    `<h1>${escapeHtml(view.title)}</h1>`,
    `<p class="place">${escapeHtml(view.placeLine)} · ${escapeHtml(view.datesLine)}</p>`,
    `<p class="${status}">${escapeHtml(view.versionLine)}</p>`,
    facts(view.titleFacts),
    `<p class="sha">${escapeHtml(t.titleBlock.sha256 + t.colon)} <code>${escapeHtml(view.sha256)}</code></p>`,
    view.contentSha256
      ? `<p class="sha">${escapeHtml(t.titleBlock.contentSha256 + t.colon)} <code>${escapeHtml(view.contentSha256)}</code></p>`
      : '',
    view.languageVersions ? `<p class="sha">${escapeHtml(view.languageVersions)}</p>` : '',
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}

function body(view: DocumentView): string {
  const { t } = view;
  const caption = t.supportTable.caption;
  const out: string[] = [
    '<section id="introduction">',
    `<h2>${escapeHtml(t.introduction)}</h2>`,
    ...view.introduction.map(para),
    '</section>',
  ];
  for (const chapter of view.chapters) {
    out.push(
      `<section class="chapter" id="${chapter.anchor}">`,
      `<h2>${escapeHtml(chapter.heading)}</h2>`,
      `<p class="theme">${escapeHtml(chapter.themeLine)}</p>`,
    );
    out.push(...chapter.recommendations.map((rec) => recommendation(rec, t.colon)));
    if (chapter.crossReferences.length > 0) {
      const refs = chapter.crossReferences
        .map((ref) => `<li><a href="#${ref.anchor}">${escapeHtml(ref.text)}</a></li>`)
        .join('\n');
      out.push(
        `<aside class="see-also"><h4>${escapeHtml(t.alsoUnderThisTheme)}</h4>\n<ul>\n${refs}\n</ul></aside>`,
      );
    }
    out.push('</section>');
  }
  if (view.crossReferences) {
    const { heading, intro, themes } = view.crossReferences;
    out.push(
      '<section class="chapter" id="cross-references">',
      `<h2>${escapeHtml(heading)}</h2>`,
      `<p>${escapeHtml(intro)}</p>`,
    );
    for (const theme of themes) {
      const refs = theme.refs
        .map((ref) => `<li><a href="#${ref.anchor}">${escapeHtml(ref.text)}</a></li>`)
        .join('\n');
      out.push(`<h3>${escapeHtml(theme.line)}</h3>`, `<ul>\n${refs}\n</ul>`);
    }
    out.push('</section>');
  }
  if (view.summaries.length > 0) {
    out.push('<section class="chapter" id="summaries">', `<h2>${escapeHtml(t.summaries)}</h2>`);
    for (const summary of view.summaries) {
      out.push(
        `<h3 id="${summary.anchor}">${escapeHtml(summary.heading)}</h3>`,
        `<p class="theme">${escapeHtml(summary.kind)}</p>`,
        ...summary.paragraphs.map(para),
      );
    }
    out.push('</section>');
  }
  const { annexA, annexB, annexC, annexD, annexE } = view;
  out.push('<section class="annex" id="annex-a">', `<h2>${escapeHtml(annexA.heading)}</h2>`);
  if (annexA.intro) out.push(`<p>${escapeHtml(annexA.intro)}</p>`);
  out.push(...annexA.recommendations.map((rec) => recommendation(rec, t.colon)), '</section>');
  out.push('<section class="annex" id="annex-b">', `<h2>${escapeHtml(annexB.heading)}</h2>`);
  if (annexB.table.note) out.push(`<p class="note">${escapeHtml(annexB.table.note)}</p>`);
  if (annexB.table.rows.length > 0) out.push(table(annexB.table, { wide: true }));
  out.push(
    '</section>',
    '<section class="annex" id="annex-c">',
    `<h2>${escapeHtml(annexC.heading)}</h2>`,
    `<p>${escapeHtml(annexC.total)}</p>`,
    `<h3>${escapeHtml(annexC.byConstituency)}</h3>`,
    `<figure>\n${barChartSvg(annexC.bars, annexC.chart)}\n<figcaption>${escapeHtml(annexC.chart)}</figcaption>\n</figure>`,
    table(annexC.constituencies, { wide: true }),
    `<h3>${escapeHtml(annexC.byCountry)}</h3>`,
    table(annexC.countries, { wide: true }),
    '</section>',
    '<section class="annex" id="annex-d">',
    `<h2>${escapeHtml(annexD.heading)}</h2>`,
  );
  for (const section of annexD.sections) {
    out.push(
      `<h3>${escapeHtml(section.heading)}</h3>`,
      ...section.paragraphs.map((p) => para([p])),
    );
  }
  out.push(
    '</section>',
    '<section class="annex" id="annex-e">',
    `<h2>${escapeHtml(annexE.heading)}</h2>`,
    `<p>${escapeHtml(annexE.intro)}</p>`,
    ...annexE.recommendations.map((rec) => details(rec, caption)),
    '</section>',
  );
  return out.join('\n');
}

export function renderHtml(doc: OutcomeDocument): Buffer {
  const view = buildView(doc);
  const css = stylesheet({
    runningHead: view.runningHead,
    status: view.isDraft ? view.statusLabel : '',
    pageOf: view.t.pageOf,
  });
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(view.t.languageTag)}" dir="${directionOf(view.t.languageTag)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(view.runningHead)}</title>`,
    `<style>\n${css}</style>`,
    '</head>',
    '<body>',
    titlePage(view),
    contents(view),
    '<main>',
    body(view),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return Buffer.from(html, 'utf8');
}
