import type { Catalogue, DateParts } from './catalogue';

const NB = '\u00a0';

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
] as const;

const day = (d: DateParts): string => `${d.day} de ${MONTHS[d.month - 1]}`;
const date = (d: DateParts): string => `${day(d)} de ${d.year}`;
const pad = (n: number): string => String(n).padStart(2, '0');

export const es: Catalogue = {
  languageTag: 'es-ES',
  months: MONTHS,
  date,
  dateRange(from, to) {
    if (from.year !== to.year) return `del ${date(from)} al ${date(to)}`;
    if (from.month !== to.month) return `del ${day(from)} al ${day(to)} de ${to.year}`;
    if (from.day === to.day) return date(from);
    const month = `de ${MONTHS[to.month - 1]} de ${to.year}`;
    if (to.day === from.day + 1) return `${from.day} y ${to.day} ${month}`;
    return `del ${from.day} al ${to.day} ${month}`;
  },
  time: (hour, minute) => `${pad(hour)}:${pad(minute)}`,
  timeRange: (from, to) => `${from}–${to}`,
  number: { decimal: ',', group: '.', groupFromDigits: 5, percentSuffix: `${NB}%` },

  colon: ':',
  comma: ', ',
  documentKind: 'Documento final',
  titleBlock: {
    place: 'Lugar',
    dates: 'Fechas',
    targetProcess: 'Proceso',
    framework: 'Marco de referencia',
    hosts: 'Anfitriones',
    partners: 'Socios institucionales',
    version: 'Versión',
    status: 'Estado',
    issuedOn: 'Fecha de publicación',
    sha256: 'Huella digital (SHA-256)',
    contentSha256: 'Huella del contenido, la misma en todos los idiomas (SHA-256)',
    languageVersions: 'Versiones lingüísticas de este texto',
  },
  status: { draft: 'Proyecto', final: 'Versión definitiva' },
  versionStatus: (version, status) => `Versión ${version} — ${status}`,
  languageNames: {
    en: 'inglés',
    fr: 'francés',
    es: 'español',
    ar: 'árabe',
    zh: 'chino',
    ru: 'ruso',
  },
  languageVersion: (language, version) => `${language}, versión ${version}`,
  listSeparator: '; ',
  contents: 'Índice',
  introduction: 'Introducción',
  chapter: (ordinal, title) => `Capítulo ${ordinal}. ${title}`,
  theme: (number, title) => `Tema ${number}: ${title}`,
  recommendation: (number, title) => `Recomendación ${number}. ${title}`,
  seeRecommendation: (number, title, chapter) =>
    `Recomendación ${number}, «${title}»` + (chapter === null ? '' : ` (capítulo ${chapter})`),
  alsoUnderThisTheme: 'También relacionadas con este tema',
  noRecommendations: 'No figura ninguna recomendación en este tema.',
  fields: {
    level: 'Nivel de gobierno',
    session: 'Sesión de origen',
    sponsors: 'Organizaciones patrocinadoras',
    themes: 'Temas',
    votes: 'Votos',
    bridging: 'Índice de convergencia',
    consensus: 'Consenso',
    disposition: 'Decisión',
    note: 'Nota sobre la decisión',
  },
  dispositions: { adopted: 'Aprobada', noted: 'Se tomó nota', not_adopted: 'No aprobada' },
  decision(d) {
    const rule = 'según la propuesta de la regla de aprobación';
    if (d.by === 'rule') return `${d.disposition}, ${rule}`;
    const who =
      d.by === 'secretariat'
        ? 'la secretaría'
        : `la moderación de la sesión${d.name ? ` (${d.name})` : ''}`;
    if (!d.overridden) return `${d.disposition}, ${rule}; confirmada por ${who}`;
    return `${d.disposition} por decisión de ${who}, en contra de la propuesta de la regla de aprobación: ${d.proposed.toLowerCase()}`;
  },
  overrideMark: 'Decisión contraria a la votación',
  none: 'Ninguna',
  noBridging: '— (menos de dos grupos cumplen la condición)',
  levels: {
    local: 'Local',
    national: 'Nacional',
    regional: 'Regional',
    global: 'Mundial',
    multi_level: 'Multinivel',
  },
  sessionKinds: {
    plenary: 'Sesión plenaria',
    led_discussion: 'Debate moderado',
    parallel_workshop: 'Taller paralelo',
    thematic_session: 'Sesión temática',
  },
  constituencies: {
    local_government: 'Gobierno local',
    regional_government: 'Gobierno regional',
    national_government: 'Gobierno nacional',
    international_organisation: 'Organización internacional o agencia de las Naciones Unidas',
    civil_society: 'Sociedad civil',
    migrant_diaspora_organisation: 'Organización de migrantes o de la diáspora',
    academia: 'Academia',
    private_sector: 'Sector privado',
  },
  consensus: { broad: 'Amplio consenso', contested: 'Controvertida' },
  tally: { support: 'A favor', oppose: 'En contra', abstain: 'Abstenciones', total: 'Total' },
  supportTable: {
    caption: 'Apoyo por grupo de partes interesadas',
    constituency: 'Grupo',
    votes: 'Votos emitidos',
    support: 'A favor',
    share: 'Proporción de apoyo',
    notQualified: (minVotes) => `— menos de ${minVotes} votos: proporción no calculada.`,
  },
  summaries: 'Resúmenes de las sesiones',
  annexA: {
    heading: 'Anexo A — Recomendaciones de las que se tomó nota',
    intro: 'Las sesiones tomaron nota de las siguientes recomendaciones sin aprobarlas.',
    empty: 'No se tomó nota de ninguna recomendación.',
  },
  annexB: {
    heading: 'Anexo B — Programa',
    timesIn: (timezone) => `Las horas se indican en hora local (${timezone}).`,
    when: 'Fecha y hora',
    session: 'Sesión',
    kind: 'Formato',
    room: 'Sala',
    moderators: 'Moderadores',
    empty: 'No figura ninguna sesión en el programa.',
  },
  annexC: {
    heading: 'Anexo C — Participación',
    total: (count) => `Se acreditaron ${count} participantes en la conferencia.`,
    byConstituency: 'Participantes por grupo de partes interesadas',
    byCountry: 'Participantes por país',
    constituency: 'Grupo',
    country: 'País',
    participants: 'Participantes',
    share: 'Proporción',
    chart: 'Gráfico de barras de los participantes por grupo de partes interesadas',
    turns: 'Intervenciones',
    speakingTime: 'Tiempo de palabra (min:s)',
  },
  crossReferences: {
    heading: 'Remisiones',
    intro: 'Recomendaciones que figuran en otro capítulo y que también se refieren a estos temas.',
  },
  annexE: {
    heading: 'Anexo E — Detalles y votos de cada recomendación',
    intro:
      'Para cada recomendación: nivel de gobierno, sesión, organizaciones autoras y temas, decisión, votos emitidos y apoyo de cada grupo. El anexo D explica las menciones.',
    entry: (number) => `Recomendación ${number}`,
    see: 'detalles y votos en el anexo E',
  },
  annexD: {
    heading: 'Anexo D — Metodología',
    adoption: 'Regla de aprobación',
    adoptionRule: (minVotes, minShare) =>
      `Se propone la aprobación de una recomendación cuando recibe al menos ${minVotes} votos a favor o en contra y al menos el ${minShare} de esos votos son a favor; con menos votos, se propone tomar nota de ella y, con votos suficientes pero menos apoyo, no aprobarla. Las abstenciones se registran, pero no se tienen en cuenta en ese cálculo. Tras el cierre de cada sesión, sus moderadores podían confirmar o modificar la decisión propuesta para cada recomendación; cuando no registraron ninguna, se mantiene la decisión propuesta. Las recomendaciones de las que se tomó nota figuran en el anexo A.`,
    consensus: 'Consenso entre grupos de partes interesadas',
    consensusRule: (minVotes, minShare, minConstituencies) =>
      `Para cada recomendación, la proporción de apoyo (votos a favor divididos por la suma de los votos a favor y en contra) se calcula dentro de cada grupo de partes interesadas que emitió al menos ${minVotes} votos. El índice de convergencia es la menor de esas proporciones, o 0 cuando menos de dos grupos cumplen esa condición. Una recomendación se marca como «amplio consenso» cuando su índice de convergencia es de al menos el ${minShare} y al menos ${minConstituencies} grupos cumplen la condición.`,
    contestedRule: (r) =>
      `Una recomendación se marca como «controvertida» cuando la sala está dividida (al menos ${r.minVotes} votos a favor o en contra, con una proporción de apoyo de entre el ${r.low} y el ${r.high}) o cuando los grupos que cumplen la condición discrepan: uno le concede una proporción de apoyo de al menos el ${r.supportive}, mientras que otro no le concede más del ${r.opposed}.`,
    supportShareNote:
      'En las tablas de apoyo por grupo, un guion indica un grupo que emitió demasiado pocos votos para que se calcule su proporción.',
    votingPeriod: 'Período de votación',
  },
  pageOf: ['Página ', ' de ', ''],
};
