import { zh as report } from '../../../reports/i18n/zh';
import type { DraftCatalogue } from './catalogue';

const quote = (text: string): string => `“${text}”`;

/** UN Chinese usage (“Distr.: General”, “Original: English”, 零草案). */
export const zh: DraftCatalogue = {
  languageTag: report.languageTag,
  direction: 'ltr',
  formats: report,
  constituencies: report.constituencies,

  languageNames: {
    en: '英文',
    fr: '法文',
    es: '西班牙文',
    ar: '阿拉伯文',
    zh: '中文',
    ru: '俄文',
  },
  original: (language) => `原件：${language}`,
  distribution: 'Distr.: General',
  versionLabels: { zeroDraft: '零草案', revision: (n) => `Rev.${n}`, adopted: '通过的案文' },
  draftNotice: '谈判中的草案——并非通过的案文',
  versionOf: (label, date) => `${date}${label}`,
  adoptedAt: (place, date) => `${date}在${place}通过`,
  translationNotice: (language, original) => `${language}本。仅${original}案文为作准文本。`,
  framework: '框架',
  fingerprint: '案文的SHA-256',
  paragraph: (n) => `第${n}段`,
  heading: '小标题',
  alternative: (n) => `备选案文${n}`,
  untranslated: '未翻译',
  untranslatedNote: (original) => `未翻译——以${original}原文印出`,
  outdatedTranslationNote: (original) => `译文未更新——以${original}原文印出`,
  runningHead: (title, label) => `${title}——${label}`,

  annex: {
    heading: '附件——各段来源',
    intro:
      '每一段落：其所依据的建议（按其在会议各次会议上付诸表决时的形式），以及修改该段落的每一项修正，按适用顺序排列。',
    sources: '来源建议',
    noSources: '在起草委员会中起草：没有来源建议。',
    recommendation: (title) => `建议${quote(title)}`,
    session: '会议',
    votes: '投票',
    tally: (support, oppose, abstain) => `${support}票赞成，${oppose}票反对，${abstain}票弃权`,
    bridging: '共识桥接分数',
    noBridging: '—',
    constituency: '群体',
    constituencyVotes: '投票',
    constituencySupport: '赞成',
    constituencyShare: '支持率',
    amendments: '修正',
    noAmendments: '没有修正改动本段。',
    amendment: (n, kind) => `修正${n}——${kind}`,
    amendmentKinds: {
      replace: '新措辞',
      insert_after: '新段落',
      delete: '删除',
    },
    decision: '决定',
    decisions: {
      accepted: '主席接受',
      accepted_modified: '主席以折中措辞接受',
      adopted: '经表决通过',
    },
    sponsors: '提案方',
    noSponsors: '—',
    vote: '表决',
    appliedOn: '适用日期',
    floor: {
      heading: '发言：各群体的发言次数和发言时间',
      intro: '截至通过时在本草案发言名单上完成的发言及其时长，按发言者所属群体统计。',
    },
  },

  comparison: {
    kind: '版本比较',
    fromTo: (from, to) => `从${from}到${to}的改动`,
    legend:
      '插入的文字加下划线，删除的文字加删除线。段落编号为较新版本的编号；编号有改动的，以删除线显示原编号。',
    summary: (c) =>
      `改动${c.changed}段，插入${c.inserted}段，删除${c.deleted}段，移动${c.moved}段，未改动${c.unchanged}段。`,
    noChanges: '两个版本的案文相同。',
    statuses: {
      inserted: '插入的段落',
      deleted: '删除的段落',
      changed: '改动的段落',
      moved: '移动的段落',
      unchanged: '未改动的段落',
    },
    movedFrom: (n) => (n === null ? '移至此处' : `从第${n}段移至此处`),
    movedTo: (n) => (n === null ? '移至后文' : `已移动：现为第${n}段`),
    comparedIn: (language) => `两个版本中均未翻译的段落以起草语言${language}进行比较。`,
    author: '作者',
    date: '日期',
    insertionStart: '插入开始',
    insertionEnd: '插入结束',
    deletionStart: '删除开始',
    deletionEnd: '删除结束',
  },
};
