/**
 * What pdfkit costs per line of a long document, taken off without changing a byte it writes
 * (issue 17: a 5,000-recommendation conference, some 1,700 pages). Measured with
 * `node --cpu-prof` on the bench's document, pdfkit spent its time in:
 *
 * - small typed arrays: every operator of a page (`BT`, `Tf`, `TJ`, …) and every line of the file
 *   became a Uint8Array of its own, pushed through a Readable stream — millions of objects, a
 *   third of the time in garbage collection. Here a page's operators are kept as strings and
 *   converted once when the page ends, and the file's lines are gathered and converted once;
 * - laying out the same words again: each text is measured two or three times (to break lines,
 *   to place it, to draw it) and shaped again when encoded. Here each embedded font keeps its
 *   widths and encodings by text (the glyphs are added to the font's subset the first time, so a
 *   repeat changes nothing).
 *
 * All of it reaches into pdfkit's internals (0.20): the tests render and compare real files, and
 * a pdfkit upgrade that changes these internals fails them rather than printing wrong text.
 */
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
}

interface EmbeddedFont {
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

/** Keeps each page's operators as text until the page ends. */
export function bufferPageContent(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as Internals;
  const buffer = () => {
    const content = doc.page.content;
    const write = content.write.bind(content);
    const finalize = content.finalize.bind(content);
    let operators: string[] = [];
    content.write = (chunk: Chunk) => {
      if (typeof chunk === 'string') operators.push(chunk);
      else {
        flush();
        write(chunk);
      }
    };
    const flush = () => {
      if (operators.length > 0) write(Buffer.from(`${operators.join('\n')}\n`, 'latin1'));
      operators = [];
    };
    content.finalize = () => {
      flush();
      finalize();
    };
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

function cache(font: EmbeddedFont): void {
  font.__agoraCached = true;
  const encode = font.encode.bind(font);
  const widthOfString = font.widthOfString.bind(font);
  const encodings = new Map<string, [string[], unknown[]]>();
  const widths = new Map<string, number>();
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
