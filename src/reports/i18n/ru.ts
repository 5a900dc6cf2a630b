import { plural } from '../../common/i18n/icu';
import type { Catalogue, DateParts } from './catalogue';

/** Russian typography: «ёлочки», a no-break space before % and inside numbers. */
const NB = '\u00a0';

/** Genitive, as after a day ("16 ноября"). */
const MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

const day = (d: DateParts): string => `${d.day} ${MONTHS[d.month - 1]}`;
const date = (d: DateParts): string => `${day(d)} ${d.year} года`;
const pad = (n: number): string => String(n).padStart(2, '0');
const quote = (text: string): string => `«${text}»`;
/** After «менее» and «не менее», which take the genitive: «1 голоса», «21 голоса», «5 голосов». */
const votes = (minVotes: string) =>
  plural(
    'ru',
    '{n, plural, one {{count} голоса} other {{count} голосов}}',
    Number(minVotes.replace(/\D/g, '')) || 0,
    minVotes,
  );

/** Russian as in United Nations documents ("Итоговый документ", "приложение А"). */
export const ru: Catalogue = {
  languageTag: 'ru-RU',
  months: MONTHS,
  date,
  dateRange(from, to) {
    if (from.year !== to.year) return `${date(from)} — ${date(to)}`;
    if (from.month !== to.month) return `${day(from)} — ${day(to)} ${to.year} года`;
    if (from.day === to.day) return date(from);
    const month = `${MONTHS[to.month - 1]} ${to.year} года`;
    if (to.day === from.day + 1) return `${from.day} и ${to.day} ${month}`;
    return `${from.day}–${to.day} ${month}`;
  },
  time: (hour, minute) => `${pad(hour)}:${pad(minute)}`,
  timeRange: (from, to) => `${from}–${to}`,
  number: { decimal: ',', group: NB, groupFromDigits: 5, percentSuffix: `${NB}%` },

  colon: ':',
  comma: ', ',
  documentKind: 'Итоговый документ',
  titleBlock: {
    place: 'Место проведения',
    dates: 'Даты',
    targetProcess: 'Процесс',
    framework: 'Рамочный документ',
    hosts: 'Принимающие стороны',
    partners: 'Институциональные партнеры',
    version: 'Версия',
    status: 'Статус',
    issuedOn: 'Дата выпуска',
    sha256: 'Отпечаток (SHA-256)',
    contentSha256: 'Отпечаток содержания, одинаковый для всех языков (SHA-256)',
    languageVersions: 'Языковые версии этого текста',
  },
  status: { draft: 'Проект', final: 'Окончательный вариант' },
  versionStatus: (version, status) => `Версия ${version} — ${status}`,
  languageNames: {
    en: 'английский',
    fr: 'французский',
    es: 'испанский',
    ar: 'арабский',
    zh: 'китайский',
    ru: 'русский',
  },
  languageVersion: (language, version) => `${language}, версия ${version}`,
  listSeparator: '; ',
  contents: 'Содержание',
  introduction: 'Введение',
  chapter: (ordinal, title) => `Глава ${ordinal}. ${title}`,
  theme: (number, title) => `Тема ${number}: ${title}`,
  recommendation: (number, title) => `Рекомендация ${number}. ${title}`,
  seeRecommendation: (number, title, chapter) =>
    `Рекомендация ${number}, ${quote(title)}` + (chapter === null ? '' : ` (глава ${chapter})`),
  alsoUnderThisTheme: 'Относятся также к этой теме',
  noRecommendations: 'По этой теме рекомендаций нет.',
  fields: {
    level: 'Уровень управления',
    session: 'Заседание',
    sponsors: 'Организации-авторы',
    themes: 'Темы',
    votes: 'Голоса',
    bridging: 'Индекс сближения',
    consensus: 'Консенсус',
    disposition: 'Решение',
    note: 'Примечание к решению',
  },
  dispositions: { adopted: 'Принята', noted: 'Принята к сведению', not_adopted: 'Не принята' },
  decision(d) {
    const rule = 'по предложению правила принятия';
    if (d.by === 'rule') return `${d.disposition} ${rule}`;
    const name = d.name ? ` (${d.name})` : '';
    if (!d.overridden) {
      const who = d.by === 'secretariat' ? 'секретариатом' : `модератором заседания${name}`;
      return `${d.disposition} ${rule}; подтверждено ${who}`;
    }
    const whose = d.by === 'secretariat' ? 'секретариата' : `модератора заседания${name}`;
    return `${d.disposition} по решению ${whose} вопреки предложению правила принятия: ${d.proposed.toLowerCase()}`;
  },
  overrideMark: 'Решение вопреки голосованию',
  none: 'Нет',
  noBridging: '— (условию отвечают менее двух групп)',
  levels: {
    local: 'Местный',
    national: 'Национальный',
    regional: 'Региональный',
    global: 'Глобальный',
    multi_level: 'Многоуровневый',
  },
  sessionKinds: {
    plenary: 'Пленарное заседание',
    led_discussion: 'Модерируемая дискуссия',
    parallel_workshop: 'Параллельный семинар',
    thematic_session: 'Тематическое заседание',
  },
  constituencies: {
    local_government: 'Местные органы власти',
    regional_government: 'Региональные органы власти',
    national_government: 'Национальное правительство',
    international_organisation: 'Международная организация или учреждение ООН',
    civil_society: 'Гражданское общество',
    migrant_diaspora_organisation: 'Организация мигрантов или диаспоры',
    academia: 'Научные круги',
    private_sector: 'Частный сектор',
  },
  consensus: { broad: 'Широкий консенсус', contested: 'Спорная' },
  tally: { support: 'За', oppose: 'Против', abstain: 'Воздержались', total: 'Всего' },
  supportTable: {
    caption: 'Поддержка по группам',
    constituency: 'Группа',
    votes: 'Поданные голоса',
    support: 'За',
    share: 'Доля поддержки',
    notQualified: (minVotes) => `— менее ${votes(String(minVotes))}: доля не рассчитывается.`,
  },
  summaries: 'Резюме заседаний',
  annexA: {
    heading: 'Приложение А — Рекомендации, принятые к сведению',
    intro: 'Заседания приняли к сведению следующие рекомендации, не утвердив их.',
    empty: 'Ни одна рекомендация не была принята к сведению.',
  },
  annexB: {
    heading: 'Приложение Б — Программа',
    timesIn: (timezone) => `Указано местное время (${timezone}).`,
    when: 'Дата и время',
    session: 'Заседание',
    kind: 'Формат',
    room: 'Зал',
    moderators: 'Модераторы',
    empty: 'Заседания не запланированы.',
  },
  annexC: {
    heading: 'Приложение В — Участие',
    total: (count) =>
      plural(
        'ru',
        '{n, plural, one {На конференции был аккредитован {count} участник.} few {На конференции были аккредитованы {count} участника.} many {На конференции были аккредитованы {count} участников.} other {На конференции были аккредитованы {count} участника.}}',
        Number(count.replace(/\D/g, '')) || 0,
        count,
      ),
    byConstituency: 'Участники по группам',
    byCountry: 'Участники по странам',
    constituency: 'Группа',
    country: 'Страна',
    participants: 'Участники',
    share: 'Доля',
    chart: 'Столбчатая диаграмма участников по группам',
    turns: 'Выступления',
    speakingTime: 'Время выступлений (мин:с)',
  },
  crossReferences: {
    heading: 'Перекрёстные ссылки',
    intro: 'Рекомендации из других глав, которые относятся также к этим темам.',
  },
  annexE: {
    heading: 'Приложение E — Сведения и голосование по каждой рекомендации',
    intro:
      'По каждой рекомендации: уровень управления, заседание, организации-авторы и темы, решение, поданные голоса и поддержка каждой группы. Пометки объясняются в приложении D.',
    entry: (number) => `Рекомендация ${number}`,
    see: 'сведения и голосование — в приложении E',
  },
  annexD: {
    heading: 'Приложение Г — Методика',
    adoption: 'Правило принятия',
    adoptionRule: (minVotes, minShare) =>
      `Рекомендация предлагается к принятию, если за нее или против нее подано не менее ${votes(minVotes)} и не менее ${minShare} из них — в ее поддержку; при меньшем числе голосов предлагается принять ее к сведению, а при достаточном числе голосов, но меньшей поддержке — не принимать ее. Воздержавшиеся учитываются, но не входят в расчет доли. После закрытия каждого заседания его модераторы могли подтвердить или изменить предложенное решение по каждой рекомендации; если они его не зафиксировали, остается в силе предложенное решение. Рекомендации, принятые к сведению, перечислены в приложении А.`,
    consensus: 'Консенсус между группами',
    consensusRule: (minVotes, minShare, minConstituencies) =>
      `Для каждой рекомендации доля поддержки (голоса «за», деленные на сумму голосов «за» и «против») рассчитывается в каждой группе, подавшей не менее ${votes(minVotes)}. Индекс сближения — наименьшая из этих долей или 0, если условию отвечают менее двух групп. Рекомендация отмечается как ${quote('широкий консенсус')}, если ее индекс сближения составляет не менее ${minShare} и условию отвечают не менее ${minConstituencies} групп.`,
    contestedRule: (r) =>
      `Рекомендация отмечается как ${quote('спорная')}, если зал разделился (не менее ${votes(r.minVotes)} «за» или «против» при доле поддержки от ${r.low} до ${r.high}) или если отвечающие условию группы расходятся: одна дает ей долю поддержки не менее ${r.supportive}, а другая — не более ${r.opposed}.`,
    supportShareNote:
      'В таблицах поддержки по группам прочерк обозначает группу, подавшую слишком мало голосов для расчета ее доли.',
    votingPeriod: 'Период голосования',
  },
  pageOf: ['Страница ', ' из ', ''],
};
