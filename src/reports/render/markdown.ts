/**
 * Markdown (CommonMark with GFM tables). Every submitted string is escaped so that, when a
 * reader's tool turns the file into HTML, a title such as `[x](javascript:…)` or `<script>`
 * stays text: no link, image, raw HTML or entity can come from the delegates.
 */
import type { OutcomeDocument } from '../outcome-document';
import {
  buildView,
  type DocumentView,
  type Fact,
  type DocumentRecommendation,
  type TableView,
} from './view';

/** Characters that open inline constructs anywhere in a line. */
const INLINE_ACTIVE = /[\\`*_[\]<>&|~]/g;
/** Constructs that only open at the start of a line: headings, lists, quotes, setext rules. */
const LINE_START_ACTIVE = /^(\s*)([#>+=-]|\d+[.)])/;

/** Escapes one line of text for Markdown. */
export function escapeMarkdown(line: string): string {
  return line
    .replace(INLINE_ACTIVE, (char) => `\\${char}`)
    .replace(LINE_START_ACTIVE, (_match, space: string, marker: string) =>
      /^\d/.test(marker)
        ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`
        : `${space}\\${marker}`,
    );
}

const paragraph = (lines: string[]): string => lines.map(escapeMarkdown).join('\\\n');

const facts = (items: Fact[], colon: string): string =>
  items
    .map((fact) => `- **${escapeMarkdown(fact.label)}**${colon} ${escapeMarkdown(fact.value)}`)
    .join('\n');

function table(view: TableView): string {
  const cell = (text: string): string => text.split('\n').map(escapeMarkdown).join(' · ');
  const lines = [
    `| ${view.columns.map(cell).join(' | ')} |`,
    `| ${view.numeric.map((numeric) => (numeric ? '---:' : '---')).join(' | ')} |`,
    ...view.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** In the chapters: the text, then one line of tallies and marks; the tables are in annex E. */
function recommendation(rec: DocumentRecommendation, level: string, view: DocumentView): string[] {
  const blocks = [`${level} ${escapeMarkdown(rec.heading)}`];
  blocks.push(...rec.paragraphs.map(paragraph));
  const marks = [rec.mark?.label, rec.overrideMark].filter((m): m is string => Boolean(m));
  blocks.push(
    [...marks.map((m) => `**${escapeMarkdown(m)}**`), `*${escapeMarkdown(rec.line)}*`].join(' · '),
  );
  if (rec.decision.overridden || rec.decision.note) {
    const { colon } = view.t;
    const text = escapeMarkdown(rec.decision.text);
    blocks.push(
      `**${escapeMarkdown(rec.decision.label)}**${colon} ${rec.decision.overridden ? `**${text}**` : text}`,
    );
    if (rec.decision.note)
      blocks.push(
        `**${escapeMarkdown(rec.decision.noteLabel)}**${colon} *${escapeMarkdown(rec.decision.note)}*`,
      );
  }
  return blocks;
}

function details(rec: DocumentRecommendation, view: DocumentView): string[] {
  const blocks = [`### ${escapeMarkdown(rec.heading)}`, facts(rec.facts, view.t.colon)];
  if (rec.support.rows.length > 0) {
    blocks.push(`*${escapeMarkdown(view.t.supportTable.caption)}*`, table(rec.support));
  }
  if (rec.support.note) blocks.push(`*${escapeMarkdown(rec.support.note)}*`);
  return blocks;
}

export function renderMarkdown(doc: OutcomeDocument): Buffer {
  const view = buildView(doc);
  const { t } = view;
  const blocks: string[] = [
    `# ${escapeMarkdown(view.title)}`,
    `**${escapeMarkdown(t.documentKind)}** — ${escapeMarkdown(view.versionLine)}`,
    facts(view.titleFacts, t.colon),
    `${escapeMarkdown(t.titleBlock.sha256)}${t.colon} \`${view.sha256.replace(/`/g, '')}\``,
    ...(view.contentSha256
      ? [
          `${escapeMarkdown(t.titleBlock.contentSha256)}${t.colon} \`${view.contentSha256.replace(/`/g, '')}\``,
        ]
      : []),
    ...(view.languageVersions ? [escapeMarkdown(view.languageVersions)] : []),
    `## ${escapeMarkdown(t.introduction)}`,
    ...view.introduction.map(paragraph),
  ];
  for (const chapter of view.chapters) {
    blocks.push(`## ${escapeMarkdown(chapter.heading)}`, `*${escapeMarkdown(chapter.themeLine)}*`);
    for (const rec of chapter.recommendations) blocks.push(...recommendation(rec, '###', view));
    if (chapter.crossReferences.length > 0) {
      blocks.push(
        `**${escapeMarkdown(t.alsoUnderThisTheme)}**`,
        chapter.crossReferences.map((ref) => `- ${escapeMarkdown(ref.text)}`).join('\n'),
      );
    }
  }
  if (view.crossReferences) {
    const { heading, intro, themes } = view.crossReferences;
    blocks.push(`## ${escapeMarkdown(heading)}`, escapeMarkdown(intro));
    for (const theme of themes) {
      blocks.push(
        `**${escapeMarkdown(theme.line)}**`,
        theme.refs.map((ref) => `- ${escapeMarkdown(ref.text)}`).join('\n'),
      );
    }
  }
  if (view.summaries.length > 0) {
    blocks.push(`## ${escapeMarkdown(t.summaries)}`);
    for (const summary of view.summaries) {
      blocks.push(
        `### ${escapeMarkdown(summary.heading)}`,
        `*${escapeMarkdown(summary.kind)}*`,
        ...summary.paragraphs.map(paragraph),
      );
    }
  }
  const { annexA, annexB, annexC, annexD, annexE } = view;
  blocks.push(`## ${escapeMarkdown(annexA.heading)}`);
  if (annexA.intro) blocks.push(escapeMarkdown(annexA.intro));
  for (const rec of annexA.recommendations) blocks.push(...recommendation(rec, '###', view));
  blocks.push(`## ${escapeMarkdown(annexB.heading)}`);
  if (annexB.table.note) blocks.push(escapeMarkdown(annexB.table.note));
  if (annexB.table.rows.length > 0) blocks.push(table(annexB.table));
  blocks.push(
    `## ${escapeMarkdown(annexC.heading)}`,
    escapeMarkdown(annexC.total),
    `### ${escapeMarkdown(annexC.byConstituency)}`,
    table(annexC.constituencies),
    `### ${escapeMarkdown(annexC.byCountry)}`,
    table(annexC.countries),
    `## ${escapeMarkdown(annexD.heading)}`,
  );
  for (const section of annexD.sections) {
    blocks.push(
      `### ${escapeMarkdown(section.heading)}`,
      ...section.paragraphs.map(escapeMarkdown),
    );
  }
  blocks.push(`## ${escapeMarkdown(annexE.heading)}`, escapeMarkdown(annexE.intro));
  for (const rec of annexE.recommendations) blocks.push(...details(rec, view));
  return Buffer.from(`${blocks.join('\n\n')}\n`, 'utf8');
}
