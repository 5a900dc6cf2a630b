/**
 * The parts of a DOCX package around the document body — styles, settings, core and app
 * properties, content types, relationships — and the deterministic zip that holds them (the
 * outcome document's `writeZip`: node:zlib, every entry stamped with the document's own date).
 */
import { writeZip } from './reproducible';
import { paragraphProperties, runProperties, type ParagraphProps, type RunProps } from './wordml';
import { XML_DECLARATION, element, xmlText } from './xml';

const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  relationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
} as const;

const REL = {
  officeDocument:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  core: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  app: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  settings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings',
  header: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header',
  footer: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
} as const;

const TYPE = {
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
  header: 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
  footer: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
  comments: 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

export interface StyleDef {
  id: string;
  name: string;
  type: 'paragraph' | 'character';
  basedOn?: string;
  next?: string;
  /** The style Word applies to a paragraph without one. */
  isDefault?: boolean;
  /** Shown in Word's style gallery. */
  quick?: boolean;
  uiPriority?: number;
  paragraph?: ParagraphProps;
  run?: RunProps;
}

export function stylesPart(options: {
  defaults: { run: RunProps; paragraph: ParagraphProps };
  styles: StyleDef[];
}): string {
  const defaults = element('w:docDefaults', {}, [
    element('w:rPrDefault', {}, runProperties(options.defaults.run)),
    element('w:pPrDefault', {}, paragraphProperties(options.defaults.paragraph)),
  ]);
  const styles = options.styles.map((style) =>
    element(
      'w:style',
      {
        'w:type': style.type,
        'w:default': style.isDefault ? '1' : undefined,
        'w:styleId': style.id,
      },
      [
        element('w:name', { 'w:val': style.name }),
        style.basedOn ? element('w:basedOn', { 'w:val': style.basedOn }) : '',
        style.next ? element('w:next', { 'w:val': style.next }) : '',
        style.uiPriority === undefined
          ? ''
          : element('w:uiPriority', { 'w:val': style.uiPriority }),
        style.quick ? element('w:qFormat') : '',
        style.type === 'paragraph' && style.paragraph ? paragraphProperties(style.paragraph) : '',
        style.run ? runProperties(style.run) : '',
      ],
    ),
  );
  return XML_DECLARATION + element('w:styles', { 'xmlns:w': NS.w }, [defaults, ...styles]);
}

export function settingsPart(options: {
  /** The language Word uses for its theme fonts and, in French, its typography rules. */
  language: string;
  decimalSymbol: string;
  listSeparator: string;
}): string {
  return (
    XML_DECLARATION +
    element('w:settings', { 'xmlns:w': NS.w }, [
      element('w:zoom', { 'w:percent': 100 }),
      element('w:defaultTabStop', { 'w:val': 709 }),
      element('w:characterSpacingControl', { 'w:val': 'doNotCompress' }),
      element('w:compat', {}, [
        // A line break inside a justified paragraph does not stretch the line before it.
        element('w:doNotExpandShiftReturn'),
        // Word 2013 and later layout: without it Word opens the file in compatibility mode.
        element('w:compatSetting', {
          'w:name': 'compatibilityMode',
          'w:uri': 'http://schemas.microsoft.com/office/word',
          'w:val': 15,
        }),
      ]),
      element('w:themeFontLang', { 'w:val': options.language }),
      element('w:decimalSymbol', { 'w:val': options.decimalSymbol }),
      element('w:listSeparator', { 'w:val': options.listSeparator }),
    ])
  );
}

export interface CoreProperties {
  title: string;
  subject: string;
  /** BCP 47 */
  language: string;
  /** YYYY-MM-DD: the document's own date, never the clock. */
  date: string;
  description?: string;
}

function corePart(core: CoreProperties): string {
  const stamp = `${core.date}T00:00:00Z`;
  return (
    XML_DECLARATION +
    element(
      'cp:coreProperties',
      {
        'xmlns:cp': 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
        'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
        'xmlns:dcterms': 'http://purl.org/dc/terms/',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      },
      [
        `<dc:title>${xmlText(core.title)}</dc:title>`,
        `<dc:subject>${xmlText(core.subject)}</dc:subject>`,
        '<dc:creator>Agora</dc:creator>',
        core.description ? `<dc:description>${xmlText(core.description)}</dc:description>` : '',
        '<cp:lastModifiedBy>Agora</cp:lastModifiedBy>',
        `<dc:language>${xmlText(core.language)}</dc:language>`,
        `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
      ],
    )
  );
}

const APP =
  XML_DECLARATION +
  element(
    'Properties',
    { xmlns: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties' },
    '<Application>Agora</Application>',
  );

export interface HeaderFooterPart {
  kind: 'header' | 'footer';
  /** The relationship id the section properties refer to. */
  rId: string;
  /** The paragraphs inside `w:hdr` / `w:ftr`. */
  content: string;
}

export interface DocxParts {
  /** The body's content, the final `w:sectPr` included. */
  body: string;
  styles: string;
  settings: string;
  headersAndFooters?: HeaderFooterPart[];
  /** The `w:comment` elements of word/comments.xml (`Revisions.comments()`), if any. */
  comments?: string[];
  core: CoreProperties;
}

const relationship = (id: string, type: string, target: string): string =>
  element('Relationship', { Id: id, Type: type, Target: target });

/** The whole package, zipped the same way for the same parts. */
export function packDocx(parts: DocxParts): Buffer {
  // The zip's timestamps come from this date: a malformed one must not make them NaN.
  const date = /^\d{4}-\d{2}-\d{2}/.test(parts.core.date)
    ? parts.core.date.slice(0, 10)
    : '1980-01-01';
  const counts = { header: 0, footer: 0 };
  const extras = (parts.headersAndFooters ?? []).map((part) => ({
    ...part,
    file: `${part.kind}${++counts[part.kind]}.xml`,
  }));
  const namespaces = { 'xmlns:w': NS.w, 'xmlns:r': NS.r };
  const comments = parts.comments && parts.comments.length > 0 ? parts.comments : null;
  const document =
    XML_DECLARATION + element('w:document', namespaces, element('w:body', {}, parts.body));
  const contentTypes =
    XML_DECLARATION +
    element('Types', { xmlns: NS.contentTypes }, [
      element('Default', { Extension: 'rels', ContentType: TYPE.relationships }),
      element('Default', { Extension: 'xml', ContentType: 'application/xml' }),
      element('Override', { PartName: '/word/document.xml', ContentType: TYPE.document }),
      element('Override', { PartName: '/word/styles.xml', ContentType: TYPE.styles }),
      element('Override', { PartName: '/word/settings.xml', ContentType: TYPE.settings }),
      ...extras.map((part) =>
        element('Override', { PartName: `/word/${part.file}`, ContentType: TYPE[part.kind] }),
      ),
      comments
        ? element('Override', { PartName: '/word/comments.xml', ContentType: TYPE.comments })
        : '',
      element('Override', { PartName: '/docProps/core.xml', ContentType: TYPE.core }),
      element('Override', { PartName: '/docProps/app.xml', ContentType: TYPE.app }),
    ]);
  const rootRels =
    XML_DECLARATION +
    element('Relationships', { xmlns: NS.relationships }, [
      relationship('rId1', REL.officeDocument, 'word/document.xml'),
      relationship('rId2', REL.core, 'docProps/core.xml'),
      relationship('rId3', REL.app, 'docProps/app.xml'),
    ]);
  const documentRels =
    XML_DECLARATION +
    element('Relationships', { xmlns: NS.relationships }, [
      relationship('rIdStyles', REL.styles, 'styles.xml'),
      relationship('rIdSettings', REL.settings, 'settings.xml'),
      ...extras.map((part) => relationship(part.rId, REL[part.kind], part.file)),
      comments ? relationship('rIdComments', REL.comments, 'comments.xml') : '',
    ]);
  const entries = [
    { name: '[Content_Types].xml', xml: contentTypes },
    { name: '_rels/.rels', xml: rootRels },
    { name: 'word/document.xml', xml: document },
    { name: 'word/_rels/document.xml.rels', xml: documentRels },
    { name: 'word/styles.xml', xml: parts.styles },
    { name: 'word/settings.xml', xml: parts.settings },
    ...extras.map((part) => ({
      name: `word/${part.file}`,
      xml:
        XML_DECLARATION +
        element(part.kind === 'header' ? 'w:hdr' : 'w:ftr', namespaces, part.content),
    })),
    ...(comments
      ? [
          {
            name: 'word/comments.xml',
            xml: XML_DECLARATION + element('w:comments', namespaces, comments.join('')),
          },
        ]
      : []),
    { name: 'docProps/core.xml', xml: corePart({ ...parts.core, date }) },
    { name: 'docProps/app.xml', xml: APP },
  ];
  return writeZip(
    entries.map((entry) => ({ name: entry.name, data: Buffer.from(entry.xml, 'utf8') })),
    date,
  );
}
