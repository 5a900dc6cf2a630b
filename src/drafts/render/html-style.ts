/**
 * The stylesheet of the drafting room's HTML files, inlined so they need nothing from the
 * network. Layout uses logical properties (inline-start, not left) so a right-to-left document
 * mirrors without a second stylesheet. Line numbers sit in the inline-start margin and cannot be
 * selected, so copied text comes without them.
 */
import { cssString } from '../../reports/render/html-style';
import type { DraftCatalogue } from './i18n';

export function draftStylesheet(t: DraftCatalogue, runningHead: string): string {
  const c = t.comparison;
  return `
:root { --ink: #1a1a1a; --muted: #5a5f66; --rule: #c9ced6; --accent: #1f4e79; --ins: #1e6b3a; --del: #b3261e; --note: #7a4e00; --note-fill: #fff4d6; }
* { box-sizing: border-box; }
html { font-family: "Times New Roman", Times, "DejaVu Serif", serif; font-size: 12pt; line-height: 1.45; color: var(--ink); }
body { max-width: 46rem; margin: 0 auto; padding-block: 2rem 4rem; padding-inline: 3.5rem 1.25rem; }
h1, h2, h3, h4 { line-height: 1.25; break-after: avoid; }
h1 { font-size: 1.45rem; text-align: center; margin-block: 1.2rem 0.4rem; }
h2 { font-size: 1.1rem; margin-block: 1.8rem 0.6rem; }
h3 { font-size: 1rem; margin-block: 1.4rem 0.4rem; }
h4 { font-size: 0.95rem; margin-block: 0.8rem 0.2rem; }
p { margin-block: 0 0.6rem; }
.masthead { display: flex; justify-content: space-between; gap: 1rem; border-block-end: 2px solid var(--ink); padding-block-end: 0.4rem; font-size: 0.9rem; }
.masthead p { margin: 0; }
.masthead .symbol { text-align: end; }
.kind { text-align: center; text-transform: uppercase; letter-spacing: 0.1em; color: var(--muted); font-size: 0.85rem; margin-block: 1rem 0; }
.version-line { text-align: center; font-style: italic; }
.notice { text-align: center; font-weight: bold; color: #a33; }
.small, .sha, .translation-notice, .legend, .summary { font-size: 0.85rem; color: var(--muted); }
.sha code { word-break: break-all; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin-block: 0.4rem 0.8rem; font-size: 0.9rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
header.front { border-block-end: 1px solid var(--rule); margin-block-end: 1.5rem; padding-block-end: 0.6rem; }
.para { display: grid; grid-template-columns: 2.2rem 1fr; text-align: justify; margin-block-end: 0.7rem; }
.para .num { grid-column: 1; }
.para .text { grid-column: 2; }
.alt { display: grid; grid-template-columns: 5.2rem 1fr; margin-inline-start: 2.2rem; text-align: justify; margin-block-end: 0.6rem; }
.alt .label { font-weight: bold; }
.note { margin-inline-start: 2.2rem; margin-block-end: 0.15rem; font-size: 0.85rem; font-style: italic; color: var(--note); background: var(--note-fill); padding-inline: 0.3rem; display: inline-block; }
.line { display: block; position: relative; }
.ln { position: absolute; inset-inline-start: -5.4rem; inline-size: 2.4rem; text-align: end; font-family: Arial, "DejaVu Sans", sans-serif; font-size: 0.7rem; color: var(--muted); user-select: none; }
.alt .ln { inset-inline-start: -8.4rem; }
ins { color: var(--ins); text-decoration: underline; text-decoration-thickness: 1px; }
del { color: var(--del); text-decoration: line-through; }
ins::before, ins::after, del::before, del::after { position: absolute; clip-path: inset(100%); inline-size: 1px; block-size: 1px; overflow: hidden; white-space: nowrap; }
ins::before { content: ${cssString(` ${c.insertionStart} `)}; }
ins::after { content: ${cssString(` ${c.insertionEnd} `)}; }
del::before { content: ${cssString(` ${c.deletionStart} `)}; }
del::after { content: ${cssString(` ${c.deletionEnd} `)}; }
.change { margin-block-end: 0.4rem; }
.status { margin-inline-start: 2.2rem; margin-block-end: 0.1rem; font-family: Arial, "DejaVu Sans", sans-serif; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
.change.inserted, .change.deleted, .change.moved, .change.moved-away { border-inline-start: 3px solid var(--rule); padding-inline-start: 0.4rem; margin-inline-start: -0.7rem; }
.change.inserted { border-color: var(--ins); }
.change.deleted { border-color: var(--del); }
.change.moved, .change.moved-away { border-color: var(--accent); }
section.annex { break-before: page; border-block-start: 1px solid var(--rule); margin-block-start: 2rem; }
table { border-collapse: collapse; margin-block: 0.3rem 0.8rem; font-size: 0.85rem; }
th, td { border: 1px solid var(--rule); padding: 0.15rem 0.45rem; text-align: start; vertical-align: top; }
th { background: #eef2f7; }
td.number, th.number { text-align: end; font-variant-numeric: tabular-nums; }
@media print {
  html { font-size: 11pt; }
  body { max-width: none; padding-block: 0; }
  a { color: inherit; text-decoration: none; }
}
@page {
  size: A4;
  margin: 22mm 20mm 24mm 25mm;
  @top-center { content: ${cssString(runningHead)}; font: 8.5pt Arial, sans-serif; color: #5a5f66; }
  @bottom-center { content: counter(page) " / " counter(pages); font: 8.5pt Arial, sans-serif; }
}
@page :first { @top-center { content: none; } }
`.trimStart();
}
