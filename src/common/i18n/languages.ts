/**
 * What each document format needs to know of a language beyond its words: its writing
 * direction (HTML `dir`, DOCX `w:bidi`/`w:rtl`, PDF alignment) and Word's three language slots
 * (`w:lang`: Latin text, East Asian text, complex-script text such as Arabic).
 */
export type Direction = 'ltr' | 'rtl';

const base = (tag: string) => tag.toLowerCase().split('-')[0];

export function directionOf(tag: string): Direction {
  return ['ar', 'he', 'fa', 'ur'].includes(base(tag)) ? 'rtl' : 'ltr';
}

/** `w:lang`: `w:val` always, `w:eastAsia` for Chinese, `w:bidi` for Arabic. */
export function wordLanguage(tag: string): {
  value: string;
  eastAsia?: string;
  bidirectional?: string;
} {
  if (base(tag) === 'zh') return { value: tag, eastAsia: tag };
  if (directionOf(tag) === 'rtl') return { value: tag, bidirectional: tag };
  return { value: tag };
}
