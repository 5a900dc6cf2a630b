/**
 * Word styles of the outcome document. Headings use Word's own Heading1–3 styles (restyled),
 * not direct formatting, so that the navigation pane, the table of contents and screen readers
 * see the structure, and a secretariat can restyle the whole document from Word.
 */
import { LineRuleType, type IStylesOptions } from 'docx';
import { directionOf, wordLanguage } from '../../../common/i18n/languages';

export const FONT_BODY = 'Times New Roman';
export const FONT_HEADING = 'Arial';
export const FONT_MONO = 'Courier New';

export const COLOUR = {
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
} as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginSides;

/** Style ids of the paragraph styles added to Word's defaults. */
export const STYLE = {
  small: 'AgoraSmall',
  tableText: 'AgoraTableText',
  note: 'AgoraNote',
  titleKind: 'AgoraTitleKind',
} as const;

export function documentStyles(languageTag: string): IStylesOptions {
  const heading = (
    size: number,
    before: number,
    after: number,
    colour: string = COLOUR.accent,
  ) => ({
    run: { font: FONT_HEADING, size, bold: true, color: colour },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: {
          font: FONT_BODY,
          size: 22,
          language: wordLanguage(languageTag),
          ...(directionOf(languageTag) === 'rtl' ? { rightToLeft: true } : {}),
        },
        paragraph: {
          spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO },
          ...(directionOf(languageTag) === 'rtl' ? { bidirectional: true } : {}),
        },
      },
      title: {
        run: { font: FONT_HEADING, size: 52, bold: true, color: COLOUR.accent },
        paragraph: { spacing: { before: 240, after: 240, line: 240, lineRule: LineRuleType.AUTO } },
      },
      heading1: heading(32, 0, 240),
      heading2: heading(25, 360, 120),
      heading3: heading(22, 240, 80, COLOUR.muted),
    },
    paragraphStyles: [
      {
        id: STYLE.small,
        name: 'Agora small',
        basedOn: 'Normal',
        run: { size: 18, color: COLOUR.muted },
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: STYLE.tableText,
        name: 'Agora table text',
        basedOn: 'Normal',
        run: { size: 19 },
        paragraph: { spacing: { before: 20, after: 20, line: 240 } },
      },
      {
        id: STYLE.note,
        name: 'Agora note',
        basedOn: 'Normal',
        run: { size: 18, italics: true, color: COLOUR.muted },
        paragraph: { spacing: { before: 40, after: 160 } },
      },
      {
        id: STYLE.titleKind,
        name: 'Agora title kind',
        basedOn: 'Normal',
        run: {
          font: FONT_HEADING,
          size: 24,
          color: COLOUR.muted,
          allCaps: true,
          characterSpacing: 40,
        },
        paragraph: { spacing: { after: 120 } },
      },
    ],
  };
}
