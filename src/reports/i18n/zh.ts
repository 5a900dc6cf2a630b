import type { Catalogue, DateParts } from './catalogue';

const MONTHS = [
  '1月',
  '2月',
  '3月',
  '4月',
  '5月',
  '6月',
  '7月',
  '8月',
  '9月',
  '10月',
  '11月',
  '12月',
] as const;

const date = (d: DateParts): string => `${d.year}年${d.month}月${d.day}日`;
const pad = (n: number): string => String(n).padStart(2, '0');
const quote = (text: string): string => `“${text}”`;

/** Simplified Chinese as in United Nations documents (full-width punctuation, 附件A). */
export const zh: Catalogue = {
  languageTag: 'zh-CN',
  months: MONTHS,
  date,
  dateRange(from, to) {
    if (from.year !== to.year) return `${date(from)}至${date(to)}`;
    if (from.month !== to.month) return `${date(from)}至${to.month}月${to.day}日`;
    if (from.day === to.day) return date(from);
    return `${date(from)}至${to.day}日`;
  },
  time: (hour, minute) => `${pad(hour)}:${pad(minute)}`,
  timeRange: (from, to) => `${from}—${to}`,
  number: { decimal: '.', group: ',', groupFromDigits: 4, percentSuffix: '%' },

  colon: '：',
  comma: '，',
  documentKind: '成果文件',
  titleBlock: {
    place: '地点',
    dates: '日期',
    targetProcess: '进程',
    framework: '框架',
    hosts: '东道方',
    partners: '机构合作伙伴',
    version: '版本',
    status: '状态',
    issuedOn: '发布日期',
    sha256: '指纹（SHA-256）',
    contentSha256: '内容指纹（各语文本相同，SHA-256）',
    languageVersions: '本文本的各语文版本',
  },
  status: { draft: '草案', final: '定稿' },
  versionStatus: (version, status) => `第${version}版——${status}`,
  languageNames: { en: '英文', fr: '法文', es: '西班牙文', ar: '阿拉伯文', zh: '中文', ru: '俄文' },
  languageVersion: (language, version) => `${language}第${version}版`,
  listSeparator: '；',
  contents: '目录',
  introduction: '导言',
  chapter: (ordinal, title) => `第${ordinal}章\u3000${title}`,
  theme: (number, title) => `主题${number}：${title}`,
  recommendation: (number, title) => `建议${number}\u3000${title}`,
  seeRecommendation: (number, title, chapter) =>
    `建议${number}，${quote(title)}` + (chapter === null ? '' : `（第${chapter}章）`),
  alsoUnderThisTheme: '另涉及本主题的建议',
  noRecommendations: '本主题下没有建议。',
  fields: {
    level: '治理层级',
    session: '来源会议',
    sponsors: '提案组织',
    themes: '主题',
    votes: '投票',
    bridging: '共识桥接分数',
    consensus: '共识',
    disposition: '处理结果',
    note: '关于决定的说明',
  },
  dispositions: { adopted: '通过', noted: '注意到', not_adopted: '未通过' },
  decision(d) {
    const rule = '依通过规则的建议';
    if (d.by === 'rule') return `${d.disposition}（${rule}）`;
    const who = d.by === 'secretariat' ? '秘书处' : `会议主持人${d.name ? `（${d.name}）` : ''}`;
    if (!d.overridden) return `${d.disposition}（${rule}，经${who}确认）`;
    return `${d.disposition}：由${who}决定，与通过规则的建议（${d.proposed}）相反`;
  },
  overrideMark: '与表决结果相反的决定',
  none: '无',
  noBridging: '—（符合条件的群体少于两个）',
  levels: {
    local: '地方',
    national: '国家',
    regional: '区域',
    global: '全球',
    multi_level: '多层级',
  },
  sessionKinds: {
    plenary: '全体会议',
    led_discussion: '主持讨论',
    parallel_workshop: '平行讲习班',
    thematic_session: '专题会议',
  },
  constituencies: {
    local_government: '地方政府',
    regional_government: '区域政府',
    national_government: '国家政府',
    international_organisation: '国际组织或联合国机构',
    civil_society: '民间社会',
    migrant_diaspora_organisation: '移民或侨民组织',
    academia: '学术界',
    private_sector: '私营部门',
  },
  consensus: { broad: '广泛共识', contested: '有争议' },
  tally: { support: '赞成', oppose: '反对', abstain: '弃权', total: '合计' },
  supportTable: {
    caption: '各群体的支持情况',
    constituency: '群体',
    votes: '所投票数',
    support: '赞成',
    share: '支持率',
    notQualified: (minVotes) => `—少于${minVotes}票：不计算支持率。`,
  },
  summaries: '会议摘要',
  annexA: {
    heading: '附件A——已注意到的建议',
    intro: '各次会议注意到以下建议，但未予通过。',
    empty: '没有注意到任何建议。',
  },
  annexB: {
    heading: '附件B——议程',
    timesIn: (timezone) => `所列时间为当地时间（${timezone}）。`,
    when: '日期和时间',
    session: '会议',
    kind: '形式',
    room: '会议室',
    moderators: '主持人',
    empty: '未列出任何会议。',
  },
  annexC: {
    heading: '附件C——参与情况',
    total: (count) => `共有${count}名与会者获得会议注册。`,
    byConstituency: '按群体分列的与会者',
    byCountry: '按国家分列的与会者',
    constituency: '群体',
    country: '国家',
    participants: '与会者',
    share: '比例',
    chart: '按群体分列的与会者条形图',
    turns: '发言次数',
    speakingTime: '发言时间（分:秒）',
  },
  crossReferences: {
    heading: '相互参照',
    intro: '载于其他章节、同样涉及这些主题的建议。',
  },
  annexE: {
    heading: '附件E——各项建议的详情和表决',
    intro:
      '每项建议的治理层级、会议、提案组织和主题、处理结果、所投票数以及各群体的支持情况。附件D解释各项标记。',
    entry: (number) => `建议${number}`,
    see: '详情和表决见附件E',
  },
  annexD: {
    heading: '附件D——方法',
    adoption: '通过规则',
    adoptionRule: (minVotes, minShare) =>
      `一项建议获得至少${minVotes}张赞成票或反对票，且其中至少${minShare}为赞成票时，即提议予以通过；票数较少时，提议注意到该建议；票数足够但支持率较低时，提议不予通过。弃权票予以记录，但不计入支持率。每次会议闭幕后，其主持人可以确认或修改对每项建议提议的处理方式；主持人未作记录的，维持提议的处理方式。已注意到的建议列于附件A。`,
    consensus: '各群体之间的共识',
    consensusRule: (minVotes, minShare, minConstituencies) =>
      `对每项建议，在投票数至少为${minVotes}票的每个群体内计算支持率（赞成票除以赞成票与反对票之和）。共识桥接分数为这些支持率中的最低值；符合条件的群体少于两个时为0。共识桥接分数至少为${minShare}且至少有${minConstituencies}个群体符合条件的建议，标记为${quote('广泛共识')}。`,
    contestedRule: (r) =>
      `与会者意见分歧（赞成票或反对票至少${r.minVotes}张，支持率介于${r.low}与${r.high}之间）或符合条件的群体意见不一（一个群体的支持率至少为${r.supportive}，而另一个群体的支持率不超过${r.opposed}）时，建议标记为${quote('有争议')}。`,
    supportShareNote: '在各群体支持情况表中，破折号表示该群体所投票数过少，不计算其支持率。',
    votingPeriod: '投票期',
  },
  pageOf: ['第', '页，共', '页'],
};
