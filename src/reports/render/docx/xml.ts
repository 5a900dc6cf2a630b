/**
 * XML text for WordprocessingML parts. Every string from a document goes through `xmlText` or
 * `xmlAttr`: markup characters are escaped and the characters XML 1.0 forbids (control
 * characters, U+FFFE/U+FFFF, lone surrogates) are dropped, since one of them makes Word refuse
 * the whole file.
 */

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Drops what XML 1.0 cannot carry; carriage returns become line feeds first. */
export function xmlSafe(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '');
}

/**
 * Whether a text has anything the functions below change (a surrogate sends it the long way,
 * which keeps the paired ones): most texts and nearly every attribute value have nothing, and
 * three regular-expression replacements each were a tenth of the DOCX's render time.
 */
const TEXT_CHANGES =
  // eslint-disable-next-line no-control-regex
  /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff\ud800-\udfff]/;
const ATTRIBUTE_CHANGES =
  // eslint-disable-next-line no-control-regex
  /[&<>"'\t\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff\ud800-\udfff]/;

/** Character data. */
export function xmlText(text: string): string {
  if (!TEXT_CHANGES.test(text)) return text;
  return xmlSafe(text).replace(/[&<>]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;',
  );
}

/** An attribute value in double quotes; tabs and line feeds kept as references. */
export function xmlAttr(text: string): string {
  if (!ATTRIBUTE_CHANGES.test(text)) return text;
  return xmlSafe(text).replace(/[&<>"'\t\n]/g, (c) => ATTRIBUTE_ENTITIES[c]);
}

const ATTRIBUTE_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
};

export type Attributes = Record<string, string | number | boolean | null | undefined>;

/**
 * One element. An attribute whose value is null, undefined or false is left out; `true` is
 * written "true". Children are XML already; without children the element is written empty.
 */
export function element(
  name: string,
  attributes: Attributes = {},
  children?: string | string[],
): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    // A number needs no escaping.
    open += ` ${key}="${typeof value === 'number' ? value : xmlAttr(value === true ? 'true' : value)}"`;
  }
  const content = Array.isArray(children) ? children.join('') : (children ?? '');
  return content === '' ? `${open}/>` : `${open}>${content}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
