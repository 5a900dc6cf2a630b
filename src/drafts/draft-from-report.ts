import type { OutcomeDocument } from '../reports/outcome-document';
import type { Language } from '../participants/participant.constants';
import type { ParagraphKind } from './draft-document';

export interface NewParagraph {
  kind: ParagraphKind;
  text: string;
  sources: string[];
}

const CHAPEAU: Record<Language, (d: OutcomeDocument['meta']) => string> = {
  en: (m) =>
    `We, the mayors and representatives of local and regional governments and the participants in the ${m.title}, gathered in ${m.city} from ${m.startsOn} to ${m.endsOn}, [chapeau to be drafted]`,
  fr: (m) =>
    `Nous, maires et représentants des gouvernements locaux et régionaux et participants à la conférence « ${m.title} », réunis à ${m.city} du ${m.startsOn} au ${m.endsOn}, [chapeau à rédiger]`,
  es: (m) =>
    `Nosotros, alcaldes y representantes de gobiernos locales y regionales y participantes en la conferencia «${m.title}», reunidos en ${m.city} del ${m.startsOn} al ${m.endsOn}, [preámbulo por redactar]`,
  ar: (m) =>
    `نحن، رؤساء البلديات وممثلي الحكومات المحلية والإقليمية والمشاركين في ${m.title}، المجتمعين في ${m.city} من ${m.startsOn} إلى ${m.endsOn}، [الديباجة قيد الصياغة]`,
  zh: (m) =>
    `我们，地方和区域政府的市长和代表以及${m.title}的与会者，于${m.startsOn}至${m.endsOn}齐聚${m.city}，[序言待起草]`,
  ru: (m) =>
    `Мы, мэры и представители местных и региональных органов власти и участники конференции «${m.title}», собравшиеся в ${m.city} с ${m.startsOn} по ${m.endsOn}, [преамбула будет подготовлена]`,
};

/** A recommendation's body as one paragraph: its own paragraphs joined by a space. */
const oneParagraph = (body: string): string =>
  body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');

/**
 * The paragraphs of a draft made from a compiled outcome document (DESIGN.md): a chapeau
 * placeholder (bracketed, so the draft is not clean until a chair writes it), a heading per
 * chapter (the framework theme's title) and one operative paragraph per adopted recommendation,
 * in the document's order, each citing its recommendation.
 */
export function paragraphsFromReport(doc: OutcomeDocument, language: Language): NewParagraph[] {
  const paragraphs: NewParagraph[] = [
    { kind: 'chapeau', text: CHAPEAU[language](doc.meta), sources: [] },
  ];
  for (const chapter of doc.chapters) {
    const adopted = chapter.recommendations.filter((r) => r.disposition === 'adopted');
    if (!adopted.length) continue;
    paragraphs.push({ kind: 'heading', text: chapter.theme.title, sources: [] });
    for (const r of adopted)
      paragraphs.push({
        kind: 'operative',
        text: oneParagraph(r.body) || r.title,
        sources: [r.id],
      });
  }
  return paragraphs;
}
