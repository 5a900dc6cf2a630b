import { plural } from '../../../common/i18n/icu';
import { ar as report } from '../../../reports/i18n/ar';
import type { DraftCatalogue } from './catalogue';

const quote = (text: string): string => `«${text}»`;
const count = (n: number, forms: string) => plural('ar', `{n, plural, ${forms}}`, n);

/** UN Arabic usage ("Distr.: General", "الأصل: بالإنكليزية", "المشروع الأولي"). */
export const ar: DraftCatalogue = {
  languageTag: report.languageTag,
  direction: 'rtl',
  formats: report,
  constituencies: report.constituencies,

  languageNames: {
    en: 'الإنكليزية',
    fr: 'الفرنسية',
    es: 'الإسبانية',
    ar: 'العربية',
    zh: 'الصينية',
    ru: 'الروسية',
  },
  original: (language) => `الأصل: ${language}`,
  distribution: 'Distr.: General',
  versionLabels: {
    zeroDraft: 'المشروع الأولي',
    revision: (n) => `Rev.${n}`,
    adopted: 'النص المعتمد',
  },
  draftNotice: 'مشروع قيد التفاوض — ليس نصًا معتمدًا',
  versionOf: (label, date) => `${label} المؤرخ ${date}`,
  adoptedAt: (place, date) => `اعتُمد في ${place} في ${date}`,
  translationNotice: (language, original) =>
    `النسخة ${language}. النص ${original} وحده هو النص ذو الحجية.`,
  framework: 'الإطار المرجعي',
  fingerprint: 'بصمة SHA-256 للنص',
  paragraph: (n) => `الفقرة ${n}`,
  heading: 'عنوان فرعي',
  alternative: (n) => `البديل ${n}`,
  untranslated: 'غير مترجم',
  untranslatedNote: (original) => `غير مترجم — مطبوع بلغة الأصل (${original})`,
  outdatedTranslationNote: (original) => `الترجمة غير محدَّثة — مطبوع بلغة الأصل (${original})`,
  runningHead: (title, label) => `${title} — ${label}`,

  annex: {
    heading: 'المرفق — مصدر الفقرات',
    intro:
      'لكل فقرة: التوصيات التي استُمدت منها، بالصيغة التي طُرحت بها للتصويت في جلسات المؤتمر، وكل تعديل غيّرها، بالترتيب الذي أُدخلت به.',
    sources: 'التوصيات المصدر',
    noSources: 'صيغت في لجنة الصياغة: لا توجد توصية مصدر.',
    recommendation: (title) => `التوصية ${quote(title)}`,
    session: 'الجلسة',
    votes: 'الأصوات',
    tally: (support, oppose, abstain) => `${support} مؤيد، ${oppose} معارض، ${abstain} ممتنع`,
    bridging: 'مؤشر التقارب',
    noBridging: '—',
    constituency: 'المجموعة',
    constituencyVotes: 'الأصوات',
    constituencySupport: 'تأييد',
    constituencyShare: 'نسبة التأييد',
    amendments: 'التعديلات',
    noAmendments: 'لم يغيّر أي تعديل هذه الفقرة.',
    amendment: (n, kind) => `التعديل ${n} — ${kind}`,
    amendmentKinds: {
      replace: 'صيغة جديدة',
      insert_after: 'فقرة جديدة',
      delete: 'حذف',
    },
    decision: 'القرار',
    decisions: {
      accepted: 'قبله الرئيس',
      accepted_modified: 'قبله الرئيس بصيغة توفيقية',
      adopted: 'اعتُمد بالتصويت',
    },
    sponsors: 'مقدمو التعديل',
    noSponsors: '—',
    vote: 'التصويت',
    appliedOn: 'تاريخ الإدخال',
    floor: {
      heading: 'الكلمة: المداخلات ومدة الكلام حسب المجموعة',
      intro:
        'المداخلات المنتهية في قائمة المتكلمين الخاصة بالمشروع حتى اعتماده، ومدتها، حسب مجموعة المتكلمين.',
    },
  },

  comparison: {
    kind: 'مقارنة الصيغ',
    fromTo: (from, to) => `التغييرات من ${from} إلى ${to}`,
    legend:
      'النص المدرج مسطَّر، والنص المحذوف مشطوب. أرقام الفقرات هي أرقام الصيغة الأحدث؛ ويظهر الرقم السابق مشطوبًا إذا تغيّر.',
    summary: (c) =>
      [
        count(
          c.changed,
          'zero {لم تتغير أي فقرة} one {تغيرت فقرة واحدة} two {تغيرت فقرتان} few {تغيرت # فقرات} many {تغيرت # فقرة} other {تغيرت # فقرة}',
        ),
        `أُدرج ${c.inserted}`,
        `حُذف ${c.deleted}`,
        `نُقل ${c.moved}`,
        `بقي ${c.unchanged} دون تغيير`,
      ].join('، ') + '.',
    noChanges: 'نص الصيغتين متطابق.',
    statuses: {
      inserted: 'فقرة مدرجة',
      deleted: 'فقرة محذوفة',
      changed: 'فقرة معدَّلة',
      moved: 'فقرة منقولة',
      unchanged: 'فقرة دون تغيير',
    },
    movedFrom: (n) => (n === null ? 'نُقلت إلى هنا' : `نُقلت إلى هنا من الفقرة ${n}`),
    movedTo: (n) => (n === null ? 'نُقلت إلى موضع لاحق' : `نُقلت: أصبحت الفقرة ${n}`),
    comparedIn: (language) =>
      `تُقارن الفقرات غير المترجمة في الصيغتين كلتيهما بلغة الصياغة (${language}).`,
    author: 'المؤلف',
    date: 'التاريخ',
    insertionStart: 'بداية الإدراج',
    insertionEnd: 'نهاية الإدراج',
    deletionStart: 'بداية الحذف',
    deletionEnd: 'نهاية الحذف',
  },
};
