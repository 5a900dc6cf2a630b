import type { Catalogue, DateParts } from './catalogue';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const day = (d: DateParts): string => `${d.day} ${MONTHS[d.month - 1]}`;
const date = (d: DateParts): string => `${day(d)} ${d.year}`;
const pad = (n: number): string => String(n).padStart(2, '0');

/** British spelling, as in United Nations English. */
export const en: Catalogue = {
  languageTag: 'en-GB',
  months: MONTHS,
  date,
  dateRange(from, to) {
    if (from.year !== to.year) return `${date(from)} – ${date(to)}`;
    if (from.month !== to.month) return `${day(from)} – ${day(to)} ${to.year}`;
    if (from.day === to.day) return date(from);
    return `${from.day}–${to.day} ${MONTHS[to.month - 1]} ${to.year}`;
  },
  time: (hour, minute) => `${pad(hour)}:${pad(minute)}`,
  timeRange: (from, to) => `${from}–${to}`,
  number: { decimal: '.', group: ',', groupFromDigits: 4, percentSuffix: '%' },

  colon: ':',
  comma: ', ',
  documentKind: 'Outcome document',
  titleBlock: {
    place: 'Venue',
    dates: 'Dates',
    targetProcess: 'Process',
    framework: 'Framework',
    hosts: 'Hosts',
    partners: 'Institutional partners',
    version: 'Version',
    status: 'Status',
    issuedOn: 'Issued on',
    sha256: 'Fingerprint (SHA-256)',
    contentSha256: 'Content fingerprint, the same in every language (SHA-256)',
    languageVersions: 'Language versions of this text',
  },
  status: { draft: 'Draft', final: 'Final' },
  versionStatus: (version, status) => `Version ${version} — ${status}`,
  languageNames: {
    en: 'English',
    fr: 'French',
    es: 'Spanish',
    ar: 'Arabic',
    zh: 'Chinese',
    ru: 'Russian',
  },
  languageVersion: (language, version) => `${language}, version ${version}`,
  listSeparator: '; ',
  contents: 'Contents',
  introduction: 'Introduction',
  chapter: (ordinal, title) => `Chapter ${ordinal}. ${title}`,
  theme: (number, title) => `Theme ${number}: ${title}`,
  recommendation: (number, title) => `Recommendation ${number}. ${title}`,
  seeRecommendation: (number, title, chapter) =>
    `Recommendation ${number}, “${title}”` + (chapter === null ? '' : ` (chapter ${chapter})`),
  alsoUnderThisTheme: 'Also relevant to this theme',
  noRecommendations: 'No recommendation is printed under this theme.',
  fields: {
    level: 'Level of government',
    session: 'Session of origin',
    sponsors: 'Sponsoring organisations',
    themes: 'Themes',
    votes: 'Votes',
    bridging: 'Bridging score',
    consensus: 'Consensus',
    disposition: 'Disposition',
    note: 'Note on the decision',
  },
  dispositions: { adopted: 'Adopted', noted: 'Noted', not_adopted: 'Not adopted' },
  decision(d) {
    const rule = 'as proposed by the adoption rule';
    if (d.by === 'rule') return `${d.disposition}, ${rule}`;
    const who =
      d.by === 'secretariat'
        ? 'the secretariat'
        : `the session’s moderator${d.name ? ` (${d.name})` : ''}`;
    if (!d.overridden) return `${d.disposition}, ${rule}; confirmed by ${who}`;
    return `${d.disposition} by decision of ${who}, against the adoption rule’s proposal: ${d.proposed.toLowerCase()}`;
  },
  overrideMark: 'Decision against the vote',
  none: 'None',
  noBridging: '— (fewer than two constituencies qualify)',
  levels: {
    local: 'Local',
    national: 'National',
    regional: 'Regional',
    global: 'Global',
    multi_level: 'Multilevel',
  },
  sessionKinds: {
    plenary: 'Plenary',
    led_discussion: 'Led discussion',
    parallel_workshop: 'Parallel workshop',
    thematic_session: 'Thematic session',
  },
  constituencies: {
    local_government: 'Local government',
    regional_government: 'Regional government',
    national_government: 'National government',
    international_organisation: 'International organisation or UN agency',
    civil_society: 'Civil society',
    migrant_diaspora_organisation: 'Migrant or diaspora organisation',
    academia: 'Academia',
    private_sector: 'Private sector',
  },
  consensus: { broad: 'Broad consensus', contested: 'Contested' },
  tally: { support: 'Support', oppose: 'Oppose', abstain: 'Abstain', total: 'Total' },
  supportTable: {
    caption: 'Support by constituency',
    constituency: 'Constituency',
    votes: 'Votes cast',
    support: 'Support',
    share: 'Support share',
    notQualified: (minVotes) => `— fewer than ${minVotes} votes: share not counted.`,
  },
  summaries: 'Session summaries',
  annexA: {
    heading: 'Annex A — Recommendations noted',
    intro: 'The sessions took note of the following recommendations without adopting them.',
    empty: 'No recommendation was noted.',
  },
  annexB: {
    heading: 'Annex B — Programme',
    timesIn: (timezone) => `Times are local times (${timezone}).`,
    when: 'Date and time',
    session: 'Session',
    kind: 'Format',
    room: 'Room',
    moderators: 'Moderators',
    empty: 'No session is listed.',
  },
  annexC: {
    heading: 'Annex C — Participation',
    total: (count) => `${count} participants were accredited to the conference.`,
    byConstituency: 'Participants by constituency',
    byCountry: 'Participants by country',
    constituency: 'Constituency',
    country: 'Country',
    participants: 'Participants',
    share: 'Share',
    chart: 'Bar chart of participants by constituency',
    turns: 'Turns',
    speakingTime: 'Speaking time (min:s)',
  },
  crossReferences: {
    heading: 'Cross-references',
    intro: 'Recommendations printed in another chapter that also address these themes.',
  },
  annexE: {
    heading: 'Annex E — Details and votes of each recommendation',
    intro:
      'For each recommendation: its level of government, session, sponsors and themes, its disposition, the votes cast and the support of each constituency. Annex D explains the marks.',
    entry: (number) => `Recommendation ${number}`,
    see: 'details and votes in annex E',
  },
  annexD: {
    heading: 'Annex D — Method',
    adoption: 'Adoption rule',
    adoptionRule: (minVotes, minShare) =>
      `A recommendation is proposed for adoption when it receives at least ${minVotes} votes in support or in opposition and at least ${minShare} of these votes are in support; with fewer votes it is proposed to be noted, and with enough votes but less support, not to be adopted. Abstentions are recorded but do not count towards the share. After each session closed, its moderators could confirm or amend the proposed disposition of each recommendation; where they recorded none, the proposed disposition stands. The recommendations noted are listed in annex A.`,
    consensus: 'Consensus across constituencies',
    consensusRule: (minVotes, minShare, minConstituencies) =>
      `For every recommendation, the support share (support votes divided by support and oppose votes) is computed within each constituency that cast at least ${minVotes} votes. The bridging score is the lowest of these shares, or 0 when fewer than two constituencies qualify. A recommendation is marked “broad consensus” when its bridging score is at least ${minShare} and at least ${minConstituencies} constituencies qualify.`,
    contestedRule: (r) =>
      `A recommendation is marked “contested” when the room is divided (at least ${r.minVotes} votes in support or in opposition, with a support share between ${r.low} and ${r.high}) or when qualifying constituencies disagree: one gives it a support share of at least ${r.supportive} while another gives it ${r.opposed} or less.`,
    supportShareNote:
      'In the tables of support by constituency, a dash marks a constituency that cast too few votes for its share to be counted.',
    votingPeriod: 'Voting period',
  },
  pageOf: ['Page ', ' of ', ''],
};
