/**
 * The stylesheet of the HTML export, inlined in the file so that it needs nothing from the
 * network. The @page rules make the browser's "Print to PDF" give an A4 document with running
 * heads and page numbers, like the PDF export.
 */

/**
 * A CSS string literal. `<` and `>` are written as CSS escapes because the HTML parser ends
 * a <style> element at the first `</style` whatever the CSS around it, quotes included.
 */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, (char) => `\\${char}`)
    .replace(/</g, '\\3C ')
    .replace(/>/g, '\\3E ')
    .replace(/\n/g, '\\A ');
  return `"${escaped}"`;
}

export interface PageLabels {
  runningHead: string;
  status: string;
  pageOf: readonly [string, string, string];
}

export function stylesheet(labels: PageLabels): string {
  const [before, middle, after] = labels.pageOf.map(cssString);
  return `
:root { --ink: #1a1a1a; --muted: #5a5f66; --rule: #c9ced6; --accent: #1f4e79; --broad: #1e6b3a; --contested: #9a4a00; }
* { box-sizing: border-box; }
html { font-family: "Times New Roman", Times, "DejaVu Serif", serif; font-size: 11.5pt; line-height: 1.45; color: var(--ink); }
body { max-width: 48rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3, h4 { font-family: Arial, "Helvetica Neue", "DejaVu Sans", sans-serif; color: var(--accent); line-height: 1.25; break-after: avoid; }
h1 { font-size: 1.9rem; margin: 0.4rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 2.4rem 0 0.6rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 1.8rem 0 0.4rem; }
h4 { font-size: 0.95rem; margin: 1.2rem 0 0.3rem; }
p { margin: 0 0 0.7rem; text-align: justify; hyphens: auto; }
a { color: var(--accent); }
.title-page { text-align: center; padding: 3rem 0 2rem; border-bottom: 3px double var(--rule); }
.title-page p { text-align: center; }
.title-page .kind { font-family: Arial, sans-serif; text-transform: uppercase; letter-spacing: 0.12em; color: var(--muted); }
.title-page .place { font-size: 1.15rem; }
.title-page .status { display: inline-block; margin: 0.5rem 0 1.5rem; padding: 0.15rem 0.8rem; border: 1px solid var(--accent); color: var(--accent); font-family: Arial, sans-serif; }
.title-page .status.draft { border-color: #a33; color: #a33; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.6rem 0 1rem; text-align: left; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.sha { font-size: 0.8rem; color: var(--muted); word-break: break-all; }
.theme { font-style: italic; color: var(--muted); }
.mark { display: inline-block; font-family: Arial, sans-serif; font-size: 0.8rem; font-weight: bold; padding: 0.05rem 0.5rem; border-radius: 0.2rem; color: #fff; }
.mark.broad { background: var(--broad); }
.mark.contested { background: var(--contested); }
.mark.override { background: #8b1e3f; }
.tally-line { font-size: 0.9rem; color: var(--muted); text-align: left; }
.tally-line a { color: inherit; }
.decision.overridden { border-left: 3px solid #8b1e3f; padding-left: 0.6rem; }
article.recommendation { margin-bottom: 1.6rem; }
table { border-collapse: collapse; margin: 0.5rem 0 0.8rem; font-size: 0.92rem; break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.2rem; }
th, td { border: 1px solid var(--rule); padding: 0.2rem 0.5rem; vertical-align: top; text-align: left; }
th { background: #eef2f7; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
table.wide { width: 100%; }
.note { font-size: 0.85rem; color: var(--muted); }
.see-also { border-left: 3px solid var(--rule); padding-left: 0.8rem; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc li { margin: 0.2rem 0; }
figure { margin: 1rem 0; }
figure svg { width: 100%; height: auto; }
figcaption { font-size: 0.85rem; color: var(--muted); }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .title-page { break-after: page; border-bottom: none; padding-top: 30%; }
  nav.toc { break-after: page; }
  section.chapter, section.annex { break-before: page; }
  tr, figure { break-inside: avoid; }
}
@page {
  size: A4;
  margin: 22mm 20mm 24mm;
  @top-center { content: ${cssString(labels.runningHead)}; font: 8.5pt Arial, sans-serif; color: #5a5f66; }
  @top-right { content: ${cssString(labels.status)}; font: bold 8.5pt Arial, sans-serif; color: #a33; }
  @bottom-center { content: ${before} counter(page) ${middle} counter(pages) ${after}; font: 8.5pt Arial, sans-serif; }
}
@page :first {
  @top-center { content: none; }
  @top-right { content: none; }
  @bottom-center { content: none; }
}
`.trimStart();
}
