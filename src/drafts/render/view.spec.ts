import {
  adoptedDeclaration,
  revision1,
  TEXT,
  zeroDraft,
} from '../../../test/fixtures/drafts/draft-document.fixture';
import { buildVersionView, isAdoptedVersion, versionLabel } from './view';
import { DRAFT_CATALOGUES } from './i18n';

describe('buildVersionView', () => {
  it('numbers paragraphs as delegates cite them, headings unnumbered', () => {
    const view = buildVersionView(revision1());
    expect(view.blocks.map((b) => b.numberLabel)).toEqual([
      '1.',
      '2.',
      null,
      '3.',
      '4.',
      null,
      '5.',
      null,
      '6.',
      '7.',
      '8.',
      null,
      '9.',
      '10.',
    ]);
    expect(view.blocks.find((b) => b.id === 'p-op-7')!.alternatives).toEqual([
      { label: 'Alt. 1', text: TEXT.op7alt },
    ]);
  });

  it('prints a translation where a current one exists, otherwise the original, marked', () => {
    const view = buildVersionView(revision1(), { language: 'fr' });
    const get = (id: string) => view.blocks.find((b) => b.id === id)!;
    expect(get('p-op-2')).toMatchObject({
      language: 'fr',
      tag: 'fr-FR',
      state: 'translated',
      note: null,
    });
    expect(get('p-op-8')).toMatchObject({
      text: TEXT.op8,
      language: 'en',
      tag: 'en-GB',
      state: 'missing',
      note: 'Non traduit — imprimé dans l’original anglais',
    });
    expect(get('p-op-1')).toMatchObject({ text: TEXT.op1rev, language: 'en', state: 'outdated' });
    expect(view.front.translationNotice).toBe(
      'Version en français. Seul le texte anglais fait foi.',
    );
    expect(view.front.original).toBe('Original\u00a0: anglais');
  });

  it('treats a translation lacking an alternative as no translation', () => {
    const doc = zeroDraft();
    const op3 = doc.content.paragraphs.find((p) => p.id === 'p-op-3')!;
    op3.translations.fr!.alternatives = [op3.translations.fr!.alternatives[0]];
    const block = buildVersionView(doc, { language: 'fr' }).blocks.find((b) => b.id === 'p-op-3')!;
    expect(block).toMatchObject({ state: 'missing', language: 'en', text: TEXT.op3 });
    expect(block.alternatives.map((a) => a.text)).toEqual([TEXT.op3alt1, TEXT.op3alt2]);
  });

  it('prints the conference in the requested language', () => {
    const es = buildVersionView(adoptedDeclaration(), { language: 'es' }).front;
    expect(es).toMatchObject({
      conference: 'Conferencia Mundial sobre Ciudades y Migración',
      place: 'Malinas, Bélgica',
      title: 'Declaración de Malinas sobre Ciudades y Migración',
      versionLine: 'Aprobado en Malinas, Bélgica, el 17 de noviembre de 2017',
      distribution: 'Distr. general',
    });
    expect(es.facts).toEqual([
      {
        label: 'Marco de referencia',
        value: 'Pacto Mundial para una Migración Segura, Ordenada y Regular',
      },
    ]);
  });
});

describe('the adopted declaration', () => {
  it('is the version labelled Adopted of an adopted draft, nothing else', () => {
    expect(isAdoptedVersion(adoptedDeclaration())).toBe(true);
    const chairsLabel = revision1();
    chairsLabel.content.label = 'Adopted';
    expect(isAdoptedVersion(chairsLabel)).toBe(false);
    const afterAdoption = revision1();
    afterAdoption.meta.status = 'adopted';
    expect(isAdoptedVersion(afterAdoption)).toBe(false);
    expect(buildVersionView(revision1()).front.notice).toBe(
      'Draft under negotiation — not an adopted text',
    );
    expect(buildVersionView(adoptedDeclaration()).front.notice).toBeNull();
  });

  it('has an annex of provenance in document order, headings with nothing to say left out', () => {
    const annex = buildVersionView(adoptedDeclaration()).annex!;
    expect(annex.entries.map((e) => e.title)).toEqual([
      'Paragraph 1',
      'Paragraph 2',
      'Paragraph 3',
      'Paragraph 4',
      'Paragraph 5',
      'Paragraph 6',
      'Paragraph 7',
      'Paragraph 8',
      'Paragraph 9',
      'Paragraph 10',
    ]);
    const p3 = annex.entries[2];
    expect(p3.sources[0].title).toBe('Recommendation “Local data on migration”');
    expect(p3.sources[0].facts).toEqual([
      { label: 'Session', value: 'Data and evidence' },
      { label: 'Votes', value: '21 in support, 3 against, 2 abstaining' },
      { label: 'Bridging score', value: '67%' },
    ]);
    expect(p3.sources[0].support!.rows).toEqual([
      ['Local government', '12', '11', '92%'],
      ['Civil society', '6', '4', '67%'],
      ['Academia', '2', '2', '—'],
    ]);
    expect(p3.amendments).toEqual([
      {
        title: 'Amendment 1 — new wording',
        facts: [
          { label: 'Sponsors', value: 'Urząd Miasta Łodzi; Ville de Montréal' },
          { label: 'Decision', value: 'Accepted by the chair' },
          { label: 'Applied on', value: '16 November 2017' },
        ],
      },
    ]);
    const p10 = annex.entries[9];
    expect(p10.amendments[0].facts).toEqual([
      { label: 'Sponsors', value: 'Médecins du Monde Belgique' },
      { label: 'Decision', value: 'Adopted by vote' },
      { label: 'Vote', value: '31 in support, 7 against, 3 abstaining' },
      { label: 'Bridging score', value: '58%' },
      { label: 'Applied on', value: '16 November 2017' },
    ]);
    expect(annex.entries[0]).toMatchObject({
      noSources: 'Drafted in the drafting room: no source recommendation.',
      noAmendments: 'No amendment changed this paragraph.',
    });
  });

  it('names a heading that has provenance by its text', () => {
    const doc = adoptedDeclaration();
    doc
      .provenance!.find((p) => p.paragraphId === 'h-obj-15')!
      .amendments.push({
        ...doc.provenance!.find((p) => p.paragraphId === 'p-op-1')!.amendments[0],
      });
    const titles = buildVersionView(doc, { language: 'fr' }).annex!.entries.map((e) => e.title);
    expect(titles).toContain(
      'Intertitre\u00a0: Objectif 15 : Assurer l’accès des migrants aux services de base',
    );
  });
});

describe('the floor in the adopted declaration’s annex', () => {
  const speaking = [
    { constituency: 'local_government', turns: 3, seconds: 725 },
    { constituency: 'civil_society', turns: 1, seconds: 59 },
    { constituency: null, turns: 1, seconds: 3600 },
  ];

  it('reports turns and speaking time per constituency, as annex C does for sessions', () => {
    const doc = { ...adoptedDeclaration(), speaking };
    expect(buildVersionView(doc).annex!.floor).toEqual({
      heading: 'The floor: turns and speaking time per constituency',
      intro:
        'The turns finished on the draft’s speakers’ list up to its adoption, and how long they took, by the constituency of the speakers.',
      table: {
        columns: ['Constituency', 'Turns', 'Speaking time (min:s)'],
        numeric: [false, true, true],
        rows: [
          ['Local government', '3', '12:05'],
          ['Civil society', '1', '0:59'],
          ['—', '1', '60:00'],
        ],
      },
    });
    const fr = buildVersionView(doc, { language: 'fr' }).annex!.floor!;
    expect(fr.table.columns).toEqual([
      'Groupe de parties prenantes',
      'Interventions',
      'Temps de parole (min:s)',
    ]);
    expect(fr.table.rows[0]).toEqual(['Gouvernement local', '3', '12:05']);
  });

  it('is absent when nobody was given the floor', () => {
    expect(buildVersionView(adoptedDeclaration()).annex!.floor).toBeNull();
  });
});

describe('versionLabel', () => {
  it('translates the drafting room’s own labels and keeps a chair’s as typed', () => {
    const { fr } = DRAFT_CATALOGUES;
    const content = zeroDraft().content;
    expect(versionLabel(content, fr)).toBe('Avant-projet');
    expect(versionLabel({ ...content, version: 2, label: 'Rev.2' }, fr)).toBe('Rev.2');
    expect(versionLabel({ ...content, version: 3, label: 'Adopted' }, fr)).toBe('Texte adopté');
    expect(versionLabel({ ...content, version: 3, label: 'Chair’s text' }, fr)).toBe(
      'Chair’s text',
    );
    expect(versionLabel({ ...content, version: 3, label: '' }, fr)).toBe('Rev.3');
  });
});
