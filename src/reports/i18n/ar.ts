import { plural } from '../../common/i18n/icu';
import type { Catalogue, DateParts } from './catalogue';

/** The two month names of United Nations Arabic ("تشرين الثاني/نوفمبر"). */
const MONTHS = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
] as const;

const day = (d: DateParts): string => `${d.day} ${MONTHS[d.month - 1]}`;
const date = (d: DateParts): string => `${day(d)} ${d.year}`;
const pad = (n: number): string => String(n).padStart(2, '0');
const quote = (text: string): string => `«${text}»`;
const number = (text: string) => Number(text.replace(/\D/g, '')) || 0;
const votes = (count: string) =>
  plural(
    'ar',
    '{n, plural, zero {{count} صوت} one {صوت واحد} two {صوتان} few {{count} أصوات} many {{count} صوتًا} other {{count} صوت}}',
    number(count),
    count,
  );

/** Arabic as in United Nations documents (digits 0–9, the annexes ألف، باء، جيم، دال). */
export const ar: Catalogue = {
  languageTag: 'ar',
  months: MONTHS,
  date,
  dateRange(from, to) {
    if (from.year !== to.year) return `من ${date(from)} إلى ${date(to)}`;
    if (from.month !== to.month) return `من ${day(from)} إلى ${day(to)} ${to.year}`;
    if (from.day === to.day) return date(from);
    const month = `${MONTHS[to.month - 1]} ${to.year}`;
    if (to.day === from.day + 1) return `${from.day} و ${to.day} ${month}`;
    return `من ${from.day} إلى ${to.day} ${month}`;
  },
  time: (hour, minute) => `${pad(hour)}:${pad(minute)}`,
  timeRange: (from, to) => `${from}–${to}`,
  number: { decimal: '.', group: ',', groupFromDigits: 4, percentSuffix: '%' },

  colon: ':',
  comma: '، ',
  documentKind: 'الوثيقة الختامية',
  titleBlock: {
    place: 'المكان',
    dates: 'التواريخ',
    targetProcess: 'العملية',
    framework: 'الإطار المرجعي',
    hosts: 'الجهات المضيفة',
    partners: 'الشركاء المؤسسيون',
    version: 'الصيغة',
    status: 'الحالة',
    issuedOn: 'تاريخ الإصدار',
    sha256: 'البصمة (SHA-256)',
    contentSha256: 'بصمة المحتوى، وهي نفسها في كل اللغات (SHA-256)',
    languageVersions: 'الصيغ اللغوية لهذا النص',
  },
  status: { draft: 'مشروع', final: 'الصيغة النهائية' },
  versionStatus: (version, status) => `الصيغة ${version} — ${status}`,
  languageNames: {
    en: 'الإنكليزية',
    fr: 'الفرنسية',
    es: 'الإسبانية',
    ar: 'العربية',
    zh: 'الصينية',
    ru: 'الروسية',
  },
  languageVersion: (language, version) => `${language}، الصيغة ${version}`,
  listSeparator: '؛ ',
  contents: 'المحتويات',
  introduction: 'مقدمة',
  chapter: (ordinal, title) => `الفصل ${ordinal}. ${title}`,
  theme: (number, title) => `الموضوع ${number}: ${title}`,
  recommendation: (number, title) => `التوصية ${number}. ${title}`,
  seeRecommendation: (number, title, chapter) =>
    `التوصية ${number}، ${quote(title)}` + (chapter === null ? '' : ` (الفصل ${chapter})`),
  alsoUnderThisTheme: 'توصيات تتصل أيضًا بهذا الموضوع',
  noRecommendations: 'لا توجد توصيات في إطار هذا الموضوع.',
  fields: {
    level: 'مستوى الحكم',
    session: 'الجلسة',
    sponsors: 'المنظمات المقدِّمة',
    themes: 'المواضيع',
    votes: 'الأصوات',
    bridging: 'مؤشر التقارب',
    consensus: 'توافق الآراء',
    disposition: 'القرار',
    note: 'ملاحظة على القرار',
  },
  dispositions: { adopted: 'اعتُمدت', noted: 'أُحيط بها علماً', not_adopted: 'لم تُعتمد' },
  decision(d) {
    const rule = 'بناءً على اقتراح قاعدة الاعتماد';
    if (d.by === 'rule') return `${d.disposition}، ${rule}`;
    const who = d.by === 'secretariat' ? 'الأمانة' : `مدير الجلسة${d.name ? ` (${d.name})` : ''}`;
    if (!d.overridden) return `${d.disposition}، ${rule}؛ وأكّده ${who}`;
    return `${d.disposition} بقرار من ${who}، خلافاً لاقتراح قاعدة الاعتماد: ${d.proposed}`;
  },
  overrideMark: 'قرار مخالف للتصويت',
  none: 'لا يوجد',
  noBridging: '— (أقل من مجموعتين تستوفيان الشرط)',
  levels: {
    local: 'محلي',
    national: 'وطني',
    regional: 'إقليمي',
    global: 'عالمي',
    multi_level: 'متعدد المستويات',
  },
  sessionKinds: {
    plenary: 'جلسة عامة',
    led_discussion: 'مناقشة يديرها منسق',
    parallel_workshop: 'حلقة عمل موازية',
    thematic_session: 'جلسة مواضيعية',
  },
  constituencies: {
    local_government: 'الحكومات المحلية',
    regional_government: 'الحكومات الإقليمية',
    national_government: 'الحكومة الوطنية',
    international_organisation: 'منظمة دولية أو وكالة تابعة للأمم المتحدة',
    civil_society: 'المجتمع المدني',
    migrant_diaspora_organisation: 'منظمة للمهاجرين أو المغتربين',
    academia: 'الأوساط الأكاديمية',
    private_sector: 'القطاع الخاص',
  },
  consensus: { broad: 'توافق واسع في الآراء', contested: 'موضع خلاف' },
  tally: { support: 'تأييد', oppose: 'معارضة', abstain: 'امتناع', total: 'المجموع' },
  supportTable: {
    caption: 'التأييد حسب المجموعة',
    constituency: 'المجموعة',
    votes: 'الأصوات المدلى بها',
    support: 'تأييد',
    share: 'نسبة التأييد',
    notQualified: (minVotes) => `— أقل من ${votes(String(minVotes))}: لا تُحسب النسبة.`,
  },
  summaries: 'موجزات الجلسات',
  annexA: {
    heading: 'المرفق ألف — التوصيات المحاط علمًا بها',
    intro: 'أحاطت الجلسات علمًا بالتوصيات التالية دون أن تعتمدها.',
    empty: 'لم يُحَط علمًا بأي توصية.',
  },
  annexB: {
    heading: 'المرفق باء — البرنامج',
    timesIn: (timezone) => `الأوقات المبيّنة بالتوقيت المحلي (${timezone}).`,
    when: 'التاريخ والوقت',
    session: 'الجلسة',
    kind: 'الشكل',
    room: 'القاعة',
    moderators: 'المنسقون',
    empty: 'لا توجد جلسات مدرجة.',
  },
  annexC: {
    heading: 'المرفق جيم — المشاركة',
    total: (count) =>
      plural(
        'ar',
        '{n, plural, zero {لم يُعتمد أي مشارك في المؤتمر.} one {اعتُمد مشارك واحد في المؤتمر.} two {اعتُمد مشاركان في المؤتمر.} few {اعتُمد {count} مشاركين في المؤتمر.} many {اعتُمد {count} مشاركًا في المؤتمر.} other {اعتُمد {count} مشارك في المؤتمر.}}',
        number(count),
        count,
      ),
    byConstituency: 'المشاركون حسب المجموعة',
    byCountry: 'المشاركون حسب البلد',
    constituency: 'المجموعة',
    country: 'البلد',
    participants: 'المشاركون',
    share: 'النسبة',
    chart: 'رسم بياني بالأعمدة للمشاركين حسب المجموعة',
    turns: 'المداخلات',
    speakingTime: 'مدة الكلام (دقيقة:ثانية)',
  },
  crossReferences: {
    heading: 'إحالات',
    intro: 'توصيات واردة في فصل آخر تتناول هذه المواضيع أيضاً.',
  },
  annexE: {
    heading: 'المرفق هاء — تفاصيل كل توصية والتصويت عليها',
    intro:
      'لكل توصية: مستوى الحكم والجلسة والمنظمات المقدِّمة والمواضيع والقرار والأصوات المدلى بها وتأييد كل مجموعة. ويشرح المرفق دال العلامات.',
    entry: (number) => `التوصية ${number}`,
    see: 'التفاصيل والتصويت في المرفق هاء',
  },
  annexD: {
    heading: 'المرفق دال — المنهجية',
    adoption: 'قاعدة الاعتماد',
    adoptionRule: (minVotes, minShare) =>
      `يُقترح اعتماد التوصية إذا حصلت على ${votes(minVotes)} على الأقل تأييدًا أو معارضةً، وكان ${minShare} على الأقل من هذه الأصوات مؤيدًا؛ وإذا قلّ عدد الأصوات عن ذلك يُقترح الإحاطة علمًا بها، وإذا كفى عدد الأصوات وقلّ التأييد يُقترح عدم اعتمادها. وتُسجَّل أصوات الممتنعين ولكنها لا تدخل في حساب النسبة. وبعد اختتام كل جلسة، كان بوسع منسقيها تأكيد القرار المقترح بشأن كل توصية أو تعديله؛ وما لم يسجلوا قرارًا، يبقى القرار المقترح قائمًا. وترد التوصيات المحاط علمًا بها في المرفق ألف.`,
    consensus: 'توافق الآراء بين المجموعات',
    consensusRule: (minVotes, minShare, minConstituencies) =>
      `تُحسب لكل توصية نسبة التأييد (أصوات التأييد مقسومةً على مجموع أصوات التأييد والمعارضة) داخل كل مجموعة أدلت بـ ${votes(minVotes)} على الأقل. ومؤشر التقارب هو أدنى هذه النسب، أو 0 إذا كان عدد المجموعات المستوفية للشرط أقل من اثنتين. وتوسم التوصية بعبارة ${quote('توافق واسع في الآراء')} إذا بلغ مؤشر التقارب ${minShare} على الأقل واستوفت الشرط ${minConstituencies} مجموعات على الأقل.`,
    contestedRule: (r) =>
      `توسم التوصية بعبارة ${quote('موضع خلاف')} إذا انقسمت القاعة (${votes(r.minVotes)} على الأقل تأييدًا أو معارضةً، بنسبة تأييد بين ${r.low} و${r.high}) أو إذا اختلفت المجموعات المستوفية للشرط: فتمنحها إحداها نسبة تأييد لا تقل عن ${r.supportive} وتمنحها أخرى ${r.opposed} أو أقل.`,
    supportShareNote:
      'في جداول التأييد حسب المجموعة، تشير الشَّرطة إلى مجموعة أدلت بعدد أقل من أن تُحسب نسبتها.',
    votingPeriod: 'فترة التصويت',
  },
  pageOf: ['الصفحة ', ' من ', ''],
};
