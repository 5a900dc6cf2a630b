import { LANGUAGES, CONSTITUENCY_LABELS } from '../../../participants/participant.constants';
import { DRAFT_CATALOGUES, draftCatalogueFor, type DraftCatalogue } from '.';

/** Every entry of a catalogue by its path; functions are called with sample arguments. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (typeof value === 'function') return [[path, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, `${path}.${key}`));
  }
  return [[path, value]];
}

/** The drafting catalogue's own keys: `formats` is the outcome document's catalogue. */
const own = (catalogue: DraftCatalogue) => {
  const { formats: _formats, ...rest } = catalogue;
  return rest;
};

const counts = { inserted: 1, deleted: 2, changed: 3, moved: 1, unchanged: 9 };

describe('drafting-room catalogues', () => {
  it('exist for every conference language', () => {
    expect(Object.keys(DRAFT_CATALOGUES).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s has every key English has, none empty', (language) => {
    const catalogue = DRAFT_CATALOGUES[language];
    const keys = (c: DraftCatalogue) => leaves(own(c)).map(([path]) => path);
    expect(keys(catalogue)).toEqual(keys(DRAFT_CATALOGUES.en));
    for (const [path, value] of leaves(own(catalogue))) {
      if (typeof value === 'function') {
        const fn = value as (...args: unknown[]) => unknown;
        const sample = path.endsWith('.summary') ? fn(counts) : fn(2, 'x', 'y');
        expect(typeof sample === 'string' && sample.trim() !== '' ? path : `empty: ${path}`).toBe(
          path,
        );
      } else {
        expect(typeof value === 'string' && value.trim() !== '' ? path : `empty: ${path}`).toBe(
          path,
        );
      }
    }
    // Every conference language has a name in every language.
    expect(Object.keys(catalogue.languageNames).sort()).toEqual([...LANGUAGES].sort());
  });

  it('name constituencies as the participants module does', () => {
    for (const label of CONSTITUENCY_LABELS) {
      expect(LANGUAGES.map((l) => DRAFT_CATALOGUES[l].constituencies[label.code])).toEqual(
        LANGUAGES.map((l) => label[l]),
      );
    }
  });

  it('write the UN labels in each language', () => {
    const { en, fr, es } = DRAFT_CATALOGUES;
    expect([en, fr, es].map((t) => t.original(t.languageNames.en))).toEqual([
      'Original: English',
      'Original\u00a0: anglais',
      'Original: inglés',
    ]);
    expect([en, fr, es].map((t) => t.versionLabels.zeroDraft)).toEqual([
      'Zero draft',
      'Avant-projet',
      'Borrador cero',
    ]);
    expect([en, fr, es].map((t) => t.versionLabels.revision(1))).toEqual([
      'Rev.1',
      'Rev.1',
      'Rev.1',
    ]);
    expect([en, fr, es].map((t) => t.versionLabels.adopted)).toEqual([
      'Adopted',
      'Texte adopté',
      'Texto aprobado',
    ]);
    expect([en, fr, es].map((t) => t.alternative(2))).toEqual(['Alt. 2', 'Variante 2', 'Alt. 2']);
    expect([en, fr, es].map((t) => t.paragraph(12))).toEqual([
      'Paragraph 12',
      'Paragraphe 12',
      'Párrafo 12',
    ]);
    expect([en, fr, es].map((t) => t.untranslated)).toEqual([
      'untranslated',
      'non traduit',
      'sin traducir',
    ]);
    expect(fr.comparison.summary(counts)).toBe(
      '3 paragraphes modifiés, 1 inséré, 2 supprimés, 1 déplacé, 9 inchangés.',
    );
  });

  it('never put square brackets in fixed text: brackets mark contested wording', () => {
    for (const language of LANGUAGES) {
      for (const [path, value] of leaves(own(DRAFT_CATALOGUES[language]))) {
        const text =
          typeof value === 'function'
            ? String(
                (value as (...a: unknown[]) => unknown)(
                  path.endsWith('.summary') ? counts : 2,
                  'x',
                  'y',
                ),
              )
            : String(value);
        expect(/[[\]]/.test(text) ? `${language}${path}: ${text}` : 'no bracket').toBe(
          'no bracket',
        );
      }
    }
  });

  it('fall back to English for a language it does not know', () => {
    expect(draftCatalogueFor('de' as never)).toBe(DRAFT_CATALOGUES.en);
  });
});
