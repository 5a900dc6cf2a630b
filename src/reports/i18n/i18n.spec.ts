import { CONSTITUENCY_LABELS } from '../../participants/participant.constants';
import { formatInteger, formatPercent, formatPeriod, formatSlot } from '../render/format';
import { CATALOGUES, catalogueFor, countryName, type Catalogue } from '.';

const { en, fr, es, ar, zh, ru } = CATALOGUES;
const ALL = [en, fr, es, ar, zh, ru];
const d = (year: number, month: number, day: number) => ({ year, month, day });

/** Every text of a catalogue by its path; functions stand for themselves. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, `${path}.${key}`));
  }
  return [[path, value]];
}

describe('report catalogues', () => {
  it('have the same keys in every language, and no empty text', () => {
    const keys = (catalogue: Catalogue) => leaves(catalogue).map(([path]) => path);
    for (const other of [fr, es, ar, zh, ru]) expect(keys(other)).toEqual(keys(en));
    for (const catalogue of ALL) {
      for (const [path, value] of leaves(catalogue)) {
        if (typeof value === 'function') continue;
        // Separators and the parts around the page fields may be blank on purpose.
        if (path.startsWith('.number.') || path.startsWith('.pageOf.')) continue;
        expect(typeof value === 'string' && value.trim() !== '' ? path : `empty: ${path}`).toBe(
          path,
        );
      }
    }
  });

  it('name constituencies as the participants module does', () => {
    for (const label of CONSTITUENCY_LABELS) {
      expect(ALL.map((c) => c.constituencies[label.code])).toEqual([
        label.en,
        label.fr,
        label.es,
        label.ar,
        label.zh,
        label.ru,
      ]);
    }
  });

  it('use UN-style annex and draft wording', () => {
    expect(fr.annexA.heading).toBe('Annexe A — Recommandations dont il a été pris note');
    expect(es.annexA.heading).toBe('Anexo A — Recomendaciones de las que se tomó nota');
    expect([en.status.draft, fr.status.draft, es.status.draft]).toEqual([
      'Draft',
      'Projet',
      'Proyecto',
    ]);
    expect([en.documentKind, fr.documentKind, es.documentKind]).toEqual([
      'Outcome document',
      'Document final',
      'Documento final',
    ]);
  });

  it('fill the adoption and consensus rules with their numbers', () => {
    expect(en.annexD.adoptionRule('5', '60%')).toContain(
      'at least 5 votes in support or in opposition and at least 60%',
    );
    expect(fr.annexD.consensusRule('3', '60\u00a0%', '3')).toContain('au moins 3 votes');
    expect(
      es.annexD.contestedRule({
        minVotes: '5',
        low: '35 %',
        high: '65 %',
        supportive: '60 %',
        opposed: '40 %',
      }),
    ).toContain('entre el 35 % y el 65 %');
  });

  it('write dates the way each language does', () => {
    expect(en.dateRange(d(2017, 11, 16), d(2017, 11, 17))).toBe('16–17 November 2017');
    expect(fr.dateRange(d(2017, 11, 16), d(2017, 11, 17))).toBe('16 et 17 novembre 2017');
    expect(es.dateRange(d(2017, 11, 16), d(2017, 11, 17))).toBe('16 y 17 de noviembre de 2017');
    expect(fr.dateRange(d(2017, 11, 1), d(2017, 11, 4))).toBe('du 1er au 4 novembre 2017');
    expect(es.dateRange(d(2017, 11, 30), d(2017, 12, 2))).toBe(
      'del 30 de noviembre al 2 de diciembre de 2017',
    );
    expect(en.dateRange(d(2017, 12, 30), d(2018, 1, 2))).toBe('30 December 2017 – 2 January 2018');
    expect(en.dateRange(d(2017, 11, 16), d(2017, 11, 16))).toBe('16 November 2017');
    expect(fr.date(d(2017, 8, 1))).toBe('1er août 2017');
  });

  it('write numbers, shares and times the way each language does', () => {
    expect([en, fr, es].map((t) => formatInteger(12345, t))).toEqual([
      '12,345',
      '12\u00a0345',
      '12.345',
    ]);
    expect([en, fr, es].map((t) => formatInteger(1234, t))).toEqual([
      '1,234',
      '1\u00a0234',
      '1234',
    ]);
    expect([en, fr, es].map((t) => formatPercent(0.6, t))).toEqual([
      '60%',
      '60\u00a0%',
      '60\u00a0%',
    ]);
    // Brussels is UTC+1 in November.
    expect(
      formatSlot('2017-11-16T08:00:00Z', '2017-11-16T09:15:00Z', 'Europe/Brussels', fr),
    ).toEqual(['16 novembre 2017', '9\u00a0h\u00a000 – 10\u00a0h\u00a015']);
    expect(
      formatPeriod('2017-11-16T09:30:00Z', '2017-11-17T10:00:00Z', 'Europe/Brussels', en),
    ).toBe('16 November 2017, 10:30 – 17 November 2017, 11:00');
    expect(formatSlot('2017-11-16T08:00:00Z', '2017-11-16T09:00:00Z', 'Not/AZone', en)).toEqual([
      '16 November 2017',
      '08:00–09:00',
    ]);
  });

  it('write Arabic, Chinese and Russian dates, numbers and plurals the UN way', () => {
    expect(ar.dateRange(d(2017, 11, 16), d(2017, 11, 17))).toBe('16 و 17 تشرين الثاني/نوفمبر 2017');
    expect(zh.dateRange(d(2017, 11, 16), d(2017, 11, 17))).toBe('2017年11月16日至17日');
    expect(ru.dateRange(d(2017, 11, 16), d(2017, 11, 17))).toBe('16 и 17 ноября 2017 года');
    expect(ru.dateRange(d(2017, 10, 30), d(2017, 11, 2))).toBe('30 октября — 2 ноября 2017 года');
    expect([ar, zh, ru].map((t) => formatInteger(12345, t))).toEqual([
      '12,345',
      '12,345',
      '12\u00a0345',
    ]);
    expect(formatPercent(0.6, ru)).toBe('60\u00a0%');
    // Russian has four plural forms, Arabic six: chosen by ICU through intl-messageformat.
    expect(['1', '3', '5', '21'].map((n) => ru.annexC.total(n))).toEqual([
      'На конференции был аккредитован 1 участник.',
      'На конференции были аккредитованы 3 участника.',
      'На конференции были аккредитованы 5 участников.',
      'На конференции был аккредитован 21 участник.',
    ]);
    expect(['1', '2', '3', '11', '100'].map((n) => ar.annexC.total(n))).toEqual([
      'اعتُمد مشارك واحد في المؤتمر.',
      'اعتُمد مشاركان في المؤتمر.',
      'اعتُمد 3 مشاركين في المؤتمر.',
      'اعتُمد 11 مشاركًا في المؤتمر.',
      'اعتُمد 100 مشارك في المؤتمر.',
    ]);
    expect(ru.supportTable.notQualified(3)).toBe('— менее 3 голосов: доля не рассчитывается.');
    expect(ru.annexD.adoptionRule('5', '60\u00a0%')).toContain('не менее 5 голосов');
    expect(ar.annexD.adoptionRule('5', '60%')).toContain('5 أصوات على الأقل');
  });

  it('name countries by their UN short names where CLDR differs, in every language', () => {
    expect(countryName('KR', 'en')).toBe('Republic of Korea');
    expect(countryName('CD', 'fr')).toBe('République démocratique du Congo');
    expect(countryName('KR', 'zh')).toBe('大韩民国');
    expect(countryName('RU', 'ru')).toBe('Российская Федерация');
    expect(countryName('US', 'ar')).toBe('الولايات المتحدة الأمريكية');
    // Names the UN list does not override come from Intl.DisplayNames (CLDR).
    expect(countryName('BE', 'ru')).toBe('Бельгия');
    expect(countryName('BE', 'ar')).toBe('بلجيكا');
  });

  it('fall back to English, and to the code for an unknown country', () => {
    expect(catalogueFor('de' as never)).toBe(en);
    expect(countryName('BE', 'fr')).toBe('Belgique');
    expect(countryName('not a code', 'en')).toBe('not a code');
  });
});
