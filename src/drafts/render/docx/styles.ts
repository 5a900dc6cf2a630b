/**
 * The drafting room's Word styles. One serif face throughout, bold headings, numbered paragraphs
 * with the number in a hanging indent — the look of a UN negotiating text. Headings use Word's
 * own Heading1/Heading2 so the navigation pane and screen readers see the structure. Everything
 * that is not the negotiated text (front matter, notes, the annex) is left out of Word's line
 * numbering, so the numbers count the text's lines only.
 */
import type { LanguageProfile } from '../script';
import { stylesPart, type StyleDef } from '../../../reports/render/docx/package';

export const FONT = 'Times New Roman';
export const FONT_MONO = 'Courier New';

export const COLOUR = {
  ink: '1A1A1A',
  muted: '5A5F66',
  rule: 'C9CED6',
  accent: '1F4E79',
  headerFill: 'EEF2F7',
  notice: 'AA3333',
  note: '7A4E00',
  noteFill: 'FFF4D6',
} as const;

/** A4 in twentieths of a point; the left margin leaves room for line numbers. */
export const PAGE = {
  width: 11906,
  height: 16838,
  top: 1418,
  bottom: 1418,
  left: 1418,
  right: 1247,
  header: 709,
  footer: 567,
} as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Where a paragraph's text starts, after its number. */
export const NUMBER_INDENT = 567;
/** Where an alternative's text starts, after "Alt. 1". */
export const ALTERNATIVE_INDENT = 1985;

export const STYLE = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  paragraph: 'AgoraParagraph',
  alternative: 'AgoraAlternative',
  front: 'AgoraFront',
  kind: 'AgoraKind',
  notice: 'AgoraNotice',
  note: 'AgoraNote',
  small: 'AgoraSmall',
  annex: 'AgoraAnnexText',
  label: 'AgoraAnnexLabel',
  tableText: 'AgoraTableText',
  header: 'Header',
  footer: 'Footer',
} as const;

export function draftStyles(profile: LanguageProfile): string {
  const noNumbers = { suppressLineNumbers: true };
  const styles: StyleDef[] = [
    {
      id: 'Normal',
      name: 'Normal',
      type: 'paragraph',
      isDefault: true,
      quick: true,
      paragraph: { bidi: profile.direction === 'rtl' },
    },
    {
      id: STYLE.title,
      name: 'Title',
      type: 'paragraph',
      basedOn: 'Normal',
      next: 'Normal',
      quick: true,
      paragraph: {
        ...noNumbers,
        keepNext: true,
        align: 'center',
        spacing: { before: 240, after: 120 },
      },
      run: { bold: true, size: 32 },
    },
    {
      id: STYLE.heading1,
      name: 'heading 1',
      type: 'paragraph',
      basedOn: 'Normal',
      next: STYLE.paragraph,
      quick: true,
      uiPriority: 9,
      paragraph: {
        ...noNumbers,
        keepNext: true,
        keepLines: true,
        spacing: { before: 360, after: 160 },
        outlineLevel: 0,
      },
      run: { bold: true, size: 24 },
    },
    {
      id: STYLE.heading2,
      name: 'heading 2',
      type: 'paragraph',
      basedOn: 'Normal',
      next: STYLE.annex,
      quick: true,
      uiPriority: 9,
      paragraph: {
        ...noNumbers,
        keepNext: true,
        keepLines: true,
        spacing: { before: 280, after: 100 },
        outlineLevel: 1,
      },
      run: { bold: true, size: 22 },
    },
    {
      id: STYLE.paragraph,
      name: 'Agora paragraph',
      type: 'paragraph',
      basedOn: 'Normal',
      quick: true,
      paragraph: {
        align: 'both',
        indent: { left: NUMBER_INDENT, hanging: NUMBER_INDENT },
        tabs: [{ val: 'left', pos: NUMBER_INDENT }],
        spacing: { after: 160 },
      },
    },
    {
      id: STYLE.alternative,
      name: 'Agora alternative',
      type: 'paragraph',
      basedOn: STYLE.paragraph,
      paragraph: {
        indent: { left: ALTERNATIVE_INDENT, hanging: ALTERNATIVE_INDENT - NUMBER_INDENT },
        tabs: [{ val: 'left', pos: ALTERNATIVE_INDENT }],
      },
    },
    {
      id: STYLE.front,
      name: 'Agora front matter',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: {
        ...noNumbers,
        spacing: { after: 0 },
        tabs: [{ val: 'right', pos: CONTENT_WIDTH }],
      },
      run: { size: 20 },
    },
    {
      id: STYLE.kind,
      name: 'Agora document kind',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: { ...noNumbers, align: 'center', spacing: { before: 240, after: 60 } },
      run: { caps: true, spacing: 30, size: 20, colour: COLOUR.muted },
    },
    {
      id: STYLE.notice,
      name: 'Agora notice',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: { ...noNumbers, align: 'center', spacing: { after: 120 } },
      run: { bold: true, size: 20, colour: COLOUR.notice },
    },
    {
      id: STYLE.note,
      name: 'Agora note',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: {
        ...noNumbers,
        keepNext: true,
        spacing: { after: 40 },
        indent: { left: NUMBER_INDENT },
      },
      run: { italic: true, size: 18, colour: COLOUR.note, shading: COLOUR.noteFill },
    },
    {
      id: STYLE.small,
      name: 'Agora small',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: { ...noNumbers, spacing: { after: 60 } },
      run: { size: 18, colour: COLOUR.muted },
    },
    {
      id: STYLE.annex,
      name: 'Agora annex text',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: { ...noNumbers, spacing: { after: 60 } },
      run: { size: 20 },
    },
    {
      id: STYLE.label,
      name: 'Agora annex label',
      type: 'paragraph',
      basedOn: STYLE.annex,
      paragraph: { keepNext: true, spacing: { before: 120, after: 40 } },
      run: { bold: true },
    },
    {
      id: STYLE.tableText,
      name: 'Agora table text',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: { ...noNumbers, spacing: { before: 20, after: 20 } },
      run: { size: 18 },
    },
    {
      id: STYLE.header,
      name: 'header',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: { ...noNumbers, align: 'right', spacing: { after: 0 } },
      run: { size: 16, colour: COLOUR.muted },
    },
    {
      id: STYLE.footer,
      name: 'footer',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: { ...noNumbers, align: 'center', spacing: { after: 0 } },
      run: { size: 17, colour: COLOUR.muted },
    },
    {
      id: 'CommentReference',
      name: 'annotation reference',
      type: 'character',
      run: { size: 16 },
    },
  ];
  return stylesPart({
    defaults: {
      run: { font: FONT, size: 22, colour: COLOUR.ink, lang: profile.docxLang },
      paragraph: { spacing: { after: 120, line: 264, lineRule: 'auto' } },
    },
    styles,
  });
}
