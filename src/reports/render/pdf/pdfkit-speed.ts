/**
 * What pdfkit costs per line of a long document, taken off without changing what a reader sees
 * (issue 17: a 5,000-recommendation conference, some 1,700 pages). Measured with
 * `node --cpu-prof` on the bench's document, pdfkit spent its time in:
 *
 * - small typed arrays: every operator of a page (`BT`, `Tf`, `TJ`, …) and every line of the file
 *   became a Uint8Array of its own, pushed through a Readable stream — millions of objects, a
 *   third of the time in garbage collection. Here a page's operators are kept as strings and
 *   converted once when the page ends, and the file's lines are gathered and converted once;
 * - deflate: a page's operators are compressed at zlib's fastest level (1) instead of its default
 *   (6): a third of the time for a file some 6 % larger;
 * - laying out the same words again: each text is measured two or three times (to break lines,
 *   to place it, to draw it) and shaped again when encoded. Here each embedded font keeps its
 *   encodings by text (the glyphs are added to the font's subset the first time, so a repeat
 *   changes nothing), and the widths and fontkit's shaped words are kept for the whole process,
 *   by font (the same words come back in every document);
 * - colours set again: every text sets its colour, so pdfkit wrote the same `scn` operator before
 *   each table cell; a colour already in force on the page is not written again.
 *
 * All of it reaches into pdfkit's internals (0.20): the tests render and compare real files, and
 * a pdfkit upgrade that changes these internals fails them rather than printing wrong text.
 */
import { deflateSync } from 'node:zlib';

type Chunk = string | Uint8Array;

interface Internals {
  _write(data: Chunk): void;
  _offset: number;
  _font: EmbeddedFont;
  font(...args: unknown[]): PDFKit.PDFDocument;
  page: { content: ContentStream };
}

interface ContentStream {
  write(chunk: Chunk): void;
  finalize(): void;
  /** pdfkit's own deflate at finalize, off here: the content arrives compressed. */
  compress: boolean;
  data: { Filter?: string };
  /** What pdfkit's `write` has gathered so far. */
  buffer: Uint8Array[];
}

interface EmbeddedFont {
  name: string;
  layoutCache?: Record<string, unknown>;
  encode(text: string, features?: unknown): [string[], unknown[]];
  widthOfString(text: string, size: number, features?: unknown): number;
  __agoraCached?: boolean;
}

/** Gathers the file pdfkit writes; resolves with it when pdfkit has written its last line. */
export function collectOutput(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  const doc = pdf as unknown as Internals;
  // The header, written by pdfkit's constructor, waits in the stream's buffer.
  const header = pdf.read() as Buffer | null;
  const parts: Uint8Array[] = header ? [header] : [];
  let text: string[] = [];
  const flushText = () => {
    if (text.length > 0) parts.push(Buffer.from(text.join(''), 'latin1'));
    text = [];
  };
  // As pdfkit's own _write: a string is a line of "binary" characters (one byte each).
  doc._write = (data: Chunk) => {
    if (typeof data === 'string') {
      const line = `${data}\n`;
      text.push(line);
      doc._offset += line.length;
    } else {
      flushText();
      parts.push(data);
      doc._offset += data.length;
    }
  };
  return new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => {
      flushText();
      resolve(Buffer.concat(parts));
    });
    pdf.on('error', reject);
    pdf.resume();
  });
}

/** Keeps each page's operators as text until the page ends, then deflates them at once. */
export function bufferPageContent(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as Internals;
  // The page being left is not written again until the furniture: its text becomes one buffer.
  let leave: (() => void) | null = null;
  const buffer = () => {
    leave?.();
    const content = doc.page.content;
    const write = content.write.bind(content);
    const finalize = content.finalize.bind(content);
    const compress = content.compress;
    content.compress = false;
    // Runs of operators joined as text, and any binary chunk in its place among them, from the
    // page's first operator (its flip of the y axis, written before 'pageAdded').
    const chunks: Uint8Array[] = content.buffer;
    content.buffer = [];
    let operators: string[] = [];
    const flush = () => {
      if (operators.length > 0) chunks.push(Buffer.from(`${operators.join('\n')}\n`, 'latin1'));
      operators = [];
    };
    content.write = (chunk: Chunk) => {
      if (typeof chunk === 'string') operators.push(chunk);
      else {
        flush();
        chunks.push(chunk);
      }
    };
    content.finalize = () => {
      flush();
      if (chunks.length > 0) {
        const bytes = Buffer.concat(chunks);
        if (compress) content.data.Filter = 'FlateDecode';
        write(compress ? deflateSync(bytes, { level: 1 }) : bytes);
      }
      finalize();
    };
    leave = flush;
  };
  pdf.on('pageAdded', buffer);
  // pdfkit adds the first page in its constructor, before anyone listens.
  if (doc.page) buffer();
}

/** Widths and encodings by text, in each embedded font the document uses. */
export function cacheFontLayout(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as Internals;
  const font = doc.font.bind(doc);
  doc.font = (...args: unknown[]) => {
    const result = font(...args);
    const current = doc._font;
    if (current && !current.__agoraCached && typeof current.encode === 'function') cache(current);
    return result;
  };
}

const CACHED_LENGTH = 60;

/**
 * By font (PostScript name), for every document of the process: fontkit's shaped words, which
 * pdfkit keeps per document (`layoutCache`), and the widths at size 1000. A document of new
 * words starts them afresh past this many entries, so a long-running server holds a few MB.
 */
const SHARED_LIMIT = 50_000;
const shared = new Map<string, { layouts: Record<string, unknown>; widths: Map<string, number> }>();

function sharedOf(font: EmbeddedFont) {
  let entry = shared.get(font.name);
  if (!entry || entry.widths.size > SHARED_LIMIT) {
    entry = { layouts: Object.create(null) as Record<string, unknown>, widths: new Map() };
    shared.set(font.name, entry);
  }
  return entry;
}

function cache(font: EmbeddedFont): void {
  font.__agoraCached = true;
  const encode = font.encode.bind(font);
  const widthOfString = font.widthOfString.bind(font);
  const encodings = new Map<string, [string[], unknown[]]>();
  const { layouts, widths } = sharedOf(font);
  // A word's glyphs and positions do not depend on the document (glyph ids in the subset do,
  // and are in `encodings`, per document).
  if (font.layoutCache) font.layoutCache = layouts;
  // Long texts (whole paragraphs) are seldom drawn twice: only words and cells are kept.
  font.encode = (text, features) => {
    if (features || text.length > CACHED_LENGTH) return encode(text, features);
    let encoded = encodings.get(text);
    if (!encoded) {
      encoded = encode(text);
      encodings.set(text, encoded);
    }
    return encoded;
  };
  font.widthOfString = (text, size, features) => {
    if (features || text.length > CACHED_LENGTH) return widthOfString(text, size, features);
    let width = widths.get(text);
    if (width === undefined) {
      // At size 1000 the font's own scale is 1: this is the advance it multiplies by size / 1000.
      width = widthOfString(text, 1000);
      widths.set(text, width);
    }
    return width * (size / 1000);
  };
}

interface ColourState {
  _fillColor?: unknown;
  fillColor(colour: unknown, opacity?: unknown): PDFKit.PDFDocument;
  strokeColor(colour: unknown, opacity?: unknown): PDFKit.PDFDocument;
  save(): PDFKit.PDFDocument;
  restore(): PDFKit.PDFDocument;
  switchToPage(n: number): unknown;
}

/**
 * Writes a fill or stroke colour only when it changes what is in force on the page: forgotten
 * when a page starts or is returned to; `q` and `Q` save and restore it, as they do in the file.
 */
export function skipRepeatedColours(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as ColourState;
  let fill: string | null = null;
  let stroke: string | null = null;
  let saved: Array<[string | null, string | null]> = [];
  const forget = () => {
    fill = null;
    stroke = null;
    saved = saved.map(() => [null, null]);
  };
  const fillColor = doc.fillColor.bind(doc);
  const strokeColor = doc.strokeColor.bind(doc);
  const save = doc.save.bind(doc);
  const restore = doc.restore.bind(doc);
  const switchToPage = doc.switchToPage.bind(doc);
  // Only plain colours given by name or hex (the writer's) are remembered.
  const key = (colour: unknown, opacity: unknown) =>
    typeof colour === 'string' && opacity === undefined ? colour : null;
  doc.fillColor = (colour, opacity) => {
    const k = key(colour, opacity);
    if (k !== null && k === fill) {
      doc._fillColor = [colour, opacity];
      return pdf;
    }
    fill = k;
    return fillColor(colour, opacity);
  };
  doc.strokeColor = (colour, opacity) => {
    const k = key(colour, opacity);
    if (k !== null && k === stroke) return pdf;
    stroke = k;
    return strokeColor(colour, opacity);
  };
  doc.save = () => {
    saved.push([fill, stroke]);
    return save();
  };
  doc.restore = () => {
    [fill, stroke] = saved.pop() ?? [null, null];
    return restore();
  };
  doc.switchToPage = (n) => {
    forget();
    return switchToPage(n);
  };
  pdf.on('pageAdded', forget);
}
