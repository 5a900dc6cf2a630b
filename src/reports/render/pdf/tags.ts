/**
 * The structure tree of a tagged PDF (PDF/UA): every piece of content is either marked as part of
 * a structure element (Document > Sect > H1, P, Table > TR > TH/TD, L > LI > LBody, Link, TOC >
 * TOCI) or as an artifact (running heads, page numbers, rules, fills), so that a screen reader
 * reads the document in order and knows its headings, tables and lists.
 *
 * pdfkit (0.20) writes the tree: an element's content is a closure that runs when the element is
 * attached to the tree, between the BDC/EMC operators of its marked-content sequence (pdfkit
 * reopens the sequence when the text flows onto a new page). Two rules follow from pdfkit's
 * implementation: an artifact must never be opened inside a content closure (pdfkit closes every
 * open sequence before an artifact, which would unbalance the closure's own EMC), and a new page
 * must never be started inside one (`addPage`, unlike a text overflow, does not reopen it).
 */
type Element = PDFKit.PDFStructureElement;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Options pdfkit reads and its types do not declare: a table header cell's scope. */
type ElementOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Row' | 'Column' };

export class Tags {
  private readonly stack: Element[];

  constructor(private readonly doc: PDFKit.PDFDocument) {
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.stack = [root];
  }

  private get parent(): Element {
    return this.stack[this.stack.length - 1];
  }

  /** A leaf element whose content `draw` draws, now. */
  leaf(type: string, draw: () => void, options: ElementOptions = {}): void {
    this.parent.add(this.doc.struct(type, options, draw));
  }

  /** Content of the current element itself (text inside a paragraph beside a link). */
  content(draw: () => void): void {
    this.parent.add(draw);
  }

  /** An element whose children `fill` adds; ended when `fill` returns. */
  group(type: string, fill: () => void, options: ElementOptions = {}): void {
    const element = this.open(type, options);
    try {
      fill();
    } finally {
      this.close(element);
    }
  }

  /** Opens an element that stays current until `close`: the parts of the document. */
  open(type: string, options: ElementOptions = {}): Element {
    const element = this.doc.struct(type, options);
    this.parent.add(element);
    this.stack.push(element);
    return element;
  }

  close(element: Element): void {
    if (this.parent !== element) throw new Error('structure elements closed out of order');
    this.stack.pop();
    element.end();
  }

  /** An element created in place but filled later (the contents, written once pages are known). */
  reserve(type: string): Element {
    const element = this.doc.struct(type);
    this.parent.add(element);
    return element;
  }

  /** Runs `fill` with a reserved element as the current one, then ends it. */
  fillReserved(element: Element, fill: () => void): void {
    this.stack.push(element);
    try {
      fill();
    } finally {
      this.close(element);
    }
  }

  /**
   * A link to a named destination: a Link element holding the text `draw` draws (which returns
   * the area it covers) and the link annotation over it, whose Contents describe it (PDF/UA 7.18.5).
   */
  link(destination: string, description: string, draw: () => Rect): void {
    const element = this.doc.struct('Link');
    this.parent.add(element);
    let area: Rect = { x: 0, y: 0, width: 0, height: 0 };
    element.add(() => {
      area = draw();
    });
    this.doc.goTo(area.x, area.y, area.width, area.height, destination, {
      structParent: element,
      Contents: new String(description),
    } as unknown as PDFKit.Mixins.AnnotationOption);
    element.end();
  }

  /** Drawing that is not content: rules, fills, running heads and page numbers. */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    this.doc.markContent('Artifact', type ? { type } : undefined);
    try {
      draw();
    } finally {
      this.doc.endMarkedContent();
    }
  }
}
