import type { Catalogue, DateParts } from './catalogue';

/** French typography puts a no-break space before « : ; % » and inside guillemets. */
const NB = '\u00a0';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

const dayNumber = (d: DateParts): string => (d.day === 1 ? '1er' : String(d.day));
const day = (d: DateParts): string => `${dayNumber(d)} ${MONTHS[d.month - 1]}`;
const date = (d: DateParts): string => `${day(d)} ${d.year}`;
const quote = (text: string): string => `«${NB}${text}${NB}»`;

export const fr: Catalogue = {
  languageTag: 'fr-FR',
  months: MONTHS,
  date,
  dateRange(from, to) {
    if (from.year !== to.year) return `du ${date(from)} au ${date(to)}`;
    if (from.month !== to.month) return `du ${day(from)} au ${day(to)} ${to.year}`;
    if (from.day === to.day) return date(from);
    const month = `${MONTHS[to.month - 1]} ${to.year}`;
    if (to.day === from.day + 1) return `${dayNumber(from)} et ${to.day} ${month}`;
    return `du ${dayNumber(from)} au ${to.day} ${month}`;
  },
  time: (hour, minute) => `${hour}${NB}h${NB}${String(minute).padStart(2, '0')}`,
  timeRange: (from, to) => `${from} – ${to}`,
  number: { decimal: ',', group: NB, groupFromDigits: 4, percentSuffix: `${NB}%` },

  colon: `${NB}:`,
  comma: ', ',
  documentKind: 'Document final',
  titleBlock: {
    place: 'Lieu',
    dates: 'Dates',
    targetProcess: 'Processus',
    framework: 'Cadre de référence',
    hosts: 'Hôtes',
    partners: 'Partenaires institutionnels',
    version: 'Version',
    status: 'Statut',
    issuedOn: 'Date de publication',
    sha256: 'Empreinte (SHA-256)',
    contentSha256: 'Empreinte du contenu, la même dans chaque langue (SHA-256)',
    languageVersions: 'Versions linguistiques de ce texte',
  },
  status: { draft: 'Projet', final: 'Version définitive' },
  versionStatus: (version, status) => `Version ${version} — ${status}`,
  languageNames: {
    en: 'anglais',
    fr: 'français',
    es: 'espagnol',
    ar: 'arabe',
    zh: 'chinois',
    ru: 'russe',
  },
  languageVersion: (language, version) => `${language}, version ${version}`,
  listSeparator: ' ; ',
  contents: 'Table des matières',
  introduction: 'Introduction',
  chapter: (ordinal, title) => `Chapitre ${ordinal}. ${title}`,
  theme: (number, title) => `Thème ${number}${NB}: ${title}`,
  recommendation: (number, title) => `Recommandation ${number}. ${title}`,
  seeRecommendation: (number, title, chapter) =>
    `Recommandation ${number}, ${quote(title)}` +
    (chapter === null ? '' : ` (chapitre ${chapter})`),
  alsoUnderThisTheme: 'Concernent également ce thème',
  noRecommendations: 'Aucune recommandation ne figure sous ce thème.',
  fields: {
    level: 'Niveau de gouvernement',
    session: "Session d'origine",
    sponsors: 'Organisations auteurs',
    themes: 'Thèmes',
    votes: 'Votes',
    bridging: 'Indice de convergence',
    consensus: 'Consensus',
    disposition: 'Décision',
    note: 'Note sur la décision',
  },
  dispositions: { adopted: 'Adoptée', noted: 'Prise en note', not_adopted: 'Non adoptée' },
  decision(d) {
    const rule = 'sur proposition de la règle d’adoption';
    if (d.by === 'rule') return `${d.disposition}, ${rule}`;
    const moderation = `la modération de la séance${d.name ? ` (${d.name})` : ''}`;
    if (!d.overridden) {
      const who = d.by === 'secretariat' ? 'le secrétariat' : moderation;
      return `${d.disposition}, ${rule}${NB}; confirmée par ${who}`;
    }
    const of = d.by === 'secretariat' ? 'du secrétariat' : `de ${moderation}`;
    return `${d.disposition} par décision ${of}, contre la proposition de la règle d’adoption${NB}: ${d.proposed.toLowerCase()}`;
  },
  overrideMark: 'Décision contraire au vote',
  none: 'Aucune',
  noBridging: '— (moins de deux groupes remplissent la condition)',
  levels: {
    local: 'Local',
    national: 'National',
    regional: 'Régional',
    global: 'Mondial',
    multi_level: 'Multiniveau',
  },
  sessionKinds: {
    plenary: 'Séance plénière',
    led_discussion: 'Discussion dirigée',
    parallel_workshop: 'Atelier parallèle',
    thematic_session: 'Session thématique',
  },
  constituencies: {
    local_government: 'Gouvernement local',
    regional_government: 'Gouvernement régional',
    national_government: 'Gouvernement national',
    international_organisation: 'Organisation internationale ou agence des Nations Unies',
    civil_society: 'Société civile',
    migrant_diaspora_organisation: 'Organisation de migrants ou de la diaspora',
    academia: 'Milieu universitaire',
    private_sector: 'Secteur privé',
  },
  consensus: { broad: 'Large consensus', contested: 'Contestée' },
  tally: { support: 'Pour', oppose: 'Contre', abstain: 'Abstentions', total: 'Total' },
  supportTable: {
    caption: 'Soutien par groupe de parties prenantes',
    constituency: 'Groupe',
    votes: 'Votes exprimés',
    support: 'Pour',
    share: 'Part de soutien',
    notQualified: (minVotes) => `— moins de ${minVotes} votes${NB}: part non calculée.`,
  },
  summaries: 'Résumés des sessions',
  annexA: {
    heading: 'Annexe A — Recommandations dont il a été pris note',
    intro: 'Les sessions ont pris note des recommandations suivantes sans les adopter.',
    empty: "Il n'a été pris note d'aucune recommandation.",
  },
  annexB: {
    heading: 'Annexe B — Programme',
    timesIn: (timezone) => `Les heures sont indiquées en heure locale (${timezone}).`,
    when: 'Date et heure',
    session: 'Session',
    kind: 'Format',
    room: 'Salle',
    moderators: 'Modérateurs',
    empty: "Aucune session n'est inscrite au programme.",
  },
  annexC: {
    heading: 'Annexe C — Participation',
    total: (count) => `${count} participants étaient accrédités à la conférence.`,
    byConstituency: 'Participants par groupe de parties prenantes',
    byCountry: 'Participants par pays',
    constituency: 'Groupe',
    country: 'Pays',
    participants: 'Participants',
    share: 'Part',
    chart: 'Diagramme en barres des participants par groupe de parties prenantes',
    turns: 'Interventions',
    speakingTime: 'Temps de parole (min:s)',
  },
  crossReferences: {
    heading: 'Renvois',
    intro: 'Recommandations figurant dans un autre chapitre qui concernent également ces thèmes.',
  },
  annexE: {
    heading: 'Annexe E — Détail et votes de chaque recommandation',
    intro: `Pour chaque recommandation${NB}: niveau de gouvernement, session, organisations auteurs et thèmes, décision, votes exprimés et soutien de chaque groupe. L’annexe D explique les mentions.`,
    entry: (number) => `Recommandation ${number}`,
    see: 'détail et votes à l’annexe E',
  },
  annexD: {
    heading: 'Annexe D — Méthode',
    adoption: "Règle d'adoption",
    adoptionRule: (minVotes, minShare) =>
      `Une recommandation est proposée pour adoption lorsqu'elle recueille au moins ${minVotes} votes pour ou contre et qu'au moins ${minShare} de ces votes sont favorables${NB}; avec moins de votes, il est proposé d'en prendre note et, avec assez de votes mais un soutien moindre, de ne pas l'adopter. Les abstentions sont consignées mais n'entrent pas dans ce calcul. Après la clôture de chaque session, ses modérateurs pouvaient confirmer ou modifier la suite proposée pour chaque recommandation${NB}; à défaut de décision de leur part, la suite proposée s'applique. Les recommandations dont il a été pris note figurent à l'annexe A.`,
    consensus: 'Consensus entre groupes de parties prenantes',
    consensusRule: (minVotes, minShare, minConstituencies) =>
      `Pour chaque recommandation, la part de soutien (votes pour divisés par la somme des votes pour et contre) est calculée au sein de chaque groupe de parties prenantes ayant exprimé au moins ${minVotes} votes. L'indice de convergence est la plus faible de ces parts, ou 0 lorsque moins de deux groupes remplissent cette condition. Une recommandation est marquée ${quote('large consensus')} lorsque son indice de convergence atteint au moins ${minShare} et qu'au moins ${minConstituencies} groupes remplissent la condition.`,
    contestedRule: (r) =>
      `Une recommandation est marquée ${quote('contestée')} lorsque la salle est partagée (au moins ${r.minVotes} votes pour ou contre, avec une part de soutien comprise entre ${r.low} et ${r.high}) ou lorsque les groupes qui remplissent la condition divergent${NB}: l'un lui accorde une part de soutien d'au moins ${r.supportive}, tandis qu'un autre ne lui accorde pas plus de ${r.opposed}.`,
    supportShareNote:
      'Dans les tableaux du soutien par groupe, un tiret signale un groupe ayant exprimé trop peu de votes pour que sa part soit calculée.',
    votingPeriod: 'Période de vote',
  },
  pageOf: ['Page ', ' sur ', ''],
};
