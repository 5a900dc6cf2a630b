import { plural } from '../../../common/i18n/icu';
import { ru as report } from '../../../reports/i18n/ru';
import type { DraftCatalogue } from './catalogue';

const quote = (text: string): string => `«${text}»`;
const count = (n: number, forms: string) => plural('ru', `{n, plural, ${forms}}`, n);

/** UN Russian usage ("Distr.: General", "Original: English", «нулевой проект»). */
export const ru: DraftCatalogue = {
  languageTag: report.languageTag,
  direction: 'ltr',
  formats: report,
  constituencies: report.constituencies,

  languageNames: {
    en: 'английский',
    fr: 'французский',
    es: 'испанский',
    ar: 'арабский',
    zh: 'китайский',
    ru: 'русский',
  },
  original: (language) => `Язык оригинала: ${language}`,
  distribution: 'Distr.: General',
  versionLabels: {
    zeroDraft: 'Нулевой проект',
    revision: (n) => `Rev.${n}`,
    adopted: 'Принятый текст',
  },
  draftNotice: 'Проект, находящийся на стадии переговоров, — не принятый текст',
  versionOf: (label, date) => `${label} от ${date}`,
  adoptedAt: (place, date) => `Принято в ${place} ${date}`,
  translationNotice: (language, original) =>
    `Текст на языке: ${language}. Аутентичным является только текст на языке: ${original}.`,
  framework: 'Рамочный документ',
  fingerprint: 'SHA-256 текста',
  paragraph: (n) => `Пункт ${n}`,
  heading: 'Подзаголовок',
  alternative: (n) => `Вариант ${n}`,
  untranslated: 'без перевода',
  untranslatedNote: (original) => `Без перевода — напечатано на языке оригинала (${original})`,
  outdatedTranslationNote: (original) =>
    `Перевод устарел — напечатано на языке оригинала (${original})`,
  runningHead: (title, label) => `${title} — ${label}`,

  annex: {
    heading: 'Приложение — Происхождение пунктов',
    intro:
      'Для каждого пункта: рекомендации, на основе которых он составлен, в том виде, в каком они были поставлены на голосование на заседаниях конференции, и все поправки, изменившие его, в порядке их внесения.',
    sources: 'Исходные рекомендации',
    noSources: 'Составлен в редакционном комитете: исходных рекомендаций нет.',
    recommendation: (title) => `Рекомендация ${quote(title)}`,
    session: 'Заседание',
    votes: 'Голоса',
    tally: (support, oppose, abstain) =>
      `за — ${support}, против — ${oppose}, воздержались — ${abstain}`,
    bridging: 'Индекс сближения',
    noBridging: '—',
    constituency: 'Группа',
    constituencyVotes: 'Голоса',
    constituencySupport: 'За',
    constituencyShare: 'Доля поддержки',
    amendments: 'Поправки',
    noAmendments: 'Этот пункт не изменялся поправками.',
    amendment: (n, kind) => `Поправка ${n} — ${kind}`,
    amendmentKinds: {
      replace: 'новая формулировка',
      insert_after: 'новый пункт',
      delete: 'исключение',
    },
    decision: 'Решение',
    decisions: {
      accepted: 'Принята председателем',
      accepted_modified: 'Принята председателем в компромиссной формулировке',
      adopted: 'Принята голосованием',
    },
    sponsors: 'Авторы',
    noSponsors: '—',
    vote: 'Голосование',
    appliedOn: 'Дата внесения',
    floor: {
      heading: 'Слово: выступления и время выступлений по группам',
      intro:
        'Выступления, завершённые по списку ораторов проекта до его принятия, и их продолжительность, по группам ораторов.',
    },
  },

  comparison: {
    kind: 'Сравнение версий',
    fromTo: (from, to) => `Изменения между ${from} и ${to}`,
    legend:
      'Вставленный текст подчеркнут, исключенный — зачеркнут. Номера пунктов соответствуют более поздней версии; измененный номер показывает прежний зачеркнутым.',
    summary: (c) =>
      [
        count(
          c.changed,
          'one {# пункт изменен} few {# пункта изменены} many {# пунктов изменены} other {# пункта изменены}',
        ),
        count(c.inserted, 'one {# вставлен} other {# вставлено}'),
        count(c.deleted, 'one {# исключен} other {# исключено}'),
        count(c.moved, 'one {# перемещен} other {# перемещено}'),
        count(c.unchanged, 'one {# без изменений} other {# без изменений}'),
      ].join(', ') + '.',
    noChanges: 'Тексты двух версий совпадают.',
    statuses: {
      inserted: 'Вставленный пункт',
      deleted: 'Исключенный пункт',
      changed: 'Измененный пункт',
      moved: 'Перемещенный пункт',
      unchanged: 'Пункт без изменений',
    },
    movedFrom: (n) => (n === null ? 'Перемещен сюда' : `Перемещен сюда из пункта ${n}`),
    movedTo: (n) => (n === null ? 'Перемещен ниже' : `Перемещен: теперь пункт ${n}`),
    comparedIn: (language) =>
      `Пункты, не переведенные в обеих версиях, сравниваются на языке редактирования (${language}).`,
    author: 'Автор',
    date: 'Дата',
    insertionStart: 'начало вставки',
    insertionEnd: 'конец вставки',
    deletionStart: 'начало исключения',
    deletionEnd: 'конец исключения',
  },
};
