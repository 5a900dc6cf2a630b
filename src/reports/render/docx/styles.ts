/**
 * Word styles of the outcome document. Headings use Word's own Heading1–3 styles (restyled),
 * not direct formatting, so that the navigation pane, the table of contents and screen readers
 * see the structure, and a secretariat can restyle the whole document from Word. Headings keep
 * with the next paragraph and text is left-aligned, so a line break never stretches a line.
 */
import { directionOf, wordLanguage } from '../../../common/i18n/languages';
import { stylesPart, type StyleDef } from './package';

export const FONT_BODY = 'Times New Roman';
export const FONT_HEADING = 'Arial';
export const FONT_MONO = 'Courier New';

export const COLOUR = {
  ink: '1A1A1A',
  accent: '1F4E79',
  muted: '5A5F66',
  rule: 'C9CED6',
  headerFill: 'EEF2F7',
  broad: '1E6B3A',
  contested: '9A4A00',
  override: '8B1E3F',
  draft: 'AA3333',
} as const;

/** A4 in twentieths of a point, with UN-like margins (2.5 cm top and bottom, 2.2 cm sides). */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 1418,
  marginSides: 1247,
  marginBottom: 1418,
  header: 709,
  footer: 567,
} as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginSides;

/** Style ids of the paragraph and character styles. */
export const STYLE = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  toc1: 'TOC1',
  tocHeading: 'TOCHeading',
  hyperlink: 'Hyperlink',
  body: 'AgoraBody',
  small: 'AgoraSmall',
  tableText: 'AgoraTableText',
  note: 'AgoraNote',
  titleKind: 'AgoraTitleKind',
  fact: 'AgoraFact',
  line: 'AgoraTallyLine',
  header: 'Header',
  footer: 'Footer',
} as const;

/** Where the value of a label/value line starts, as a share of the text width. */
export const FACT_TAB = Math.round(CONTENT_WIDTH * 0.3);

function wordLang(tag: string): { val: string; eastAsia?: string; bidi?: string } {
  const lang = wordLanguage(tag);
  return { val: lang.value, eastAsia: lang.eastAsia, bidi: lang.bidirectional };
}

export function documentStyles(languageTag: string): string {
  const rtl = directionOf(languageTag) === 'rtl';
  const heading = (
    id: string,
    name: string,
    level: number,
    size: number,
    before: number,
    after: number,
    colour: string = COLOUR.accent,
  ): StyleDef => ({
    id,
    name,
    type: 'paragraph',
    basedOn: 'Normal',
    next: STYLE.body,
    quick: true,
    uiPriority: 9,
    paragraph: {
      keepNext: true,
      keepLines: true,
      spacing: { before, after },
      outlineLevel: level,
    },
    run: { font: FONT_HEADING, size, bold: true, colour },
  });
  const styles: StyleDef[] = [
    { id: 'Normal', name: 'Normal', type: 'paragraph', isDefault: true, quick: true },
    {
      id: STYLE.title,
      name: 'Title',
      type: 'paragraph',
      basedOn: 'Normal',
      next: 'Normal',
      quick: true,
      paragraph: {
        keepNext: true,
        align: 'center',
        spacing: { before: 240, after: 240, line: 240, lineRule: 'auto' },
      },
      run: { font: FONT_HEADING, size: 52, bold: true, colour: COLOUR.accent },
    },
    heading(STYLE.heading1, 'heading 1', 0, 32, 0, 240),
    heading(STYLE.heading2, 'heading 2', 1, 25, 360, 120),
    heading(STYLE.heading3, 'heading 3', 2, 22, 240, 80, COLOUR.muted),
    {
      id: STYLE.tocHeading,
      name: 'TOC Heading',
      type: 'paragraph',
      basedOn: STYLE.heading1,
      next: 'Normal',
      uiPriority: 39,
      paragraph: { outlineLevel: 9 },
    },
    {
      id: STYLE.toc1,
      name: 'toc 1',
      type: 'paragraph',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 39,
      paragraph: { spacing: { before: 60, after: 60 } },
    },
    {
      id: STYLE.body,
      name: 'Agora body text',
      type: 'paragraph',
      basedOn: 'Normal',
      quick: true,
      paragraph: { align: 'left' },
    },
    {
      id: STYLE.small,
      name: 'Agora small',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: { spacing: { after: 60 } },
      run: { size: 18, colour: COLOUR.muted },
    },
    {
      id: STYLE.line,
      name: 'Agora tally line',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: { spacing: { before: 40, after: 200 } },
      run: { size: 18, colour: COLOUR.muted },
    },
    {
      id: STYLE.fact,
      name: 'Agora label and value',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: {
        keepLines: true,
        spacing: { after: 40 },
        indent: { left: FACT_TAB, hanging: FACT_TAB },
        tabs: [{ val: 'left', pos: FACT_TAB }],
      },
      run: { size: 19 },
    },
    {
      id: STYLE.tableText,
      name: 'Agora table text',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: 'auto' } },
      run: { size: 19 },
    },
    {
      id: STYLE.note,
      name: 'Agora note',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: { spacing: { before: 40, after: 160 } },
      run: { size: 18, italic: true, colour: COLOUR.muted },
    },
    {
      id: STYLE.titleKind,
      name: 'Agora title kind',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: { align: 'center', spacing: { after: 120 } },
      run: { font: FONT_HEADING, size: 24, colour: COLOUR.muted, caps: true, spacing: 40 },
    },
    {
      id: STYLE.header,
      name: 'header',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: { align: 'right', spacing: { after: 0 } },
      run: { size: 16, colour: COLOUR.muted },
    },
    {
      id: STYLE.footer,
      name: 'footer',
      type: 'paragraph',
      basedOn: 'Normal',
      paragraph: { align: 'center', spacing: { after: 0 } },
      run: { size: 17, colour: COLOUR.muted },
    },
    {
      id: STYLE.hyperlink,
      name: 'Hyperlink',
      type: 'character',
      uiPriority: 99,
      run: { colour: COLOUR.accent, underline: 'single' },
    },
  ];
  return stylesPart({
    defaults: {
      // w:lang's three slots (Latin, East Asian, complex script) and, for Arabic, right to left.
      run: {
        font: FONT_BODY,
        size: 22,
        colour: COLOUR.ink,
        lang: wordLang(languageTag),
        ...(rtl ? { rtl: true } : {}),
      },
      paragraph: {
        spacing: { after: 120, line: 264, lineRule: 'auto' },
        ...(rtl ? { bidi: true } : {}),
      },
    },
    styles,
  });
}
