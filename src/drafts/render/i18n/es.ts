import { es as report } from '../../../reports/i18n/es';
import type { DraftCatalogue } from './catalogue';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** UN Spanish usage ("Distr. general", "Original: inglés", "borrador cero", "aprobado"). */
export const es: DraftCatalogue = {
  languageTag: report.languageTag,
  direction: 'ltr',
  formats: report,
  constituencies: report.constituencies,

  languageNames: {
    en: 'inglés',
    fr: 'francés',
    es: 'español',
    ar: 'árabe',
    zh: 'chino',
    ru: 'ruso',
  },
  original: (language) => `Original: ${language}`,
  distribution: 'Distr. general',
  versionLabels: {
    zeroDraft: 'Borrador cero',
    revision: (n) => `Rev.${n}`,
    adopted: 'Texto aprobado',
  },
  draftNotice: 'Proyecto en negociación — texto no aprobado',
  versionOf: (label, date) => `${label} del ${date}`,
  adoptedAt: (place, date) => `Aprobado en ${place}, el ${date}`,
  translationNotice: (language, original) =>
    `Versión en ${language}. Solo el texto en ${original} es auténtico.`,
  framework: 'Marco de referencia',
  fingerprint: 'Huella SHA-256 del texto',
  paragraph: (n) => `Párrafo ${n}`,
  heading: 'Epígrafe',
  alternative: (n) => `Alt. ${n}`,
  untranslated: 'sin traducir',
  untranslatedNote: (original) => `Sin traducir — se imprime el original en ${original}`,
  outdatedTranslationNote: (original) =>
    `Traducción desactualizada — se imprime el original en ${original}`,
  runningHead: (title, label) => `${title} — ${label}`,

  annex: {
    heading: 'Anexo — Origen de los párrafos',
    intro:
      'Para cada párrafo: las recomendaciones de las que procede, tal como se votaron en las sesiones de la conferencia, y cada una de las enmiendas que lo modificaron, en el orden en que se aplicaron.',
    sources: 'Recomendaciones de origen',
    noSources: 'Redactado en el comité de redacción: ninguna recomendación de origen.',
    recommendation: (title) => `Recomendación «${title}»`,
    session: 'Sesión',
    votes: 'Votos',
    tally: (support, oppose, abstain) =>
      `${support} a favor, ${oppose} en contra, ${abstain} ${abstain === '1' ? 'abstención' : 'abstenciones'}`,
    bridging: 'Índice de convergencia',
    noBridging: '—',
    constituency: 'Grupo de partes interesadas',
    constituencyVotes: 'Votos',
    constituencySupport: 'A favor',
    constituencyShare: 'Proporción a favor',
    amendments: 'Enmiendas',
    noAmendments: 'Ninguna enmienda modificó este párrafo.',
    amendment: (n, kind) => `Enmienda ${n} — ${kind}`,
    amendmentKinds: {
      replace: 'nueva redacción',
      insert_after: 'nuevo párrafo',
      delete: 'supresión',
    },
    decision: 'Decisión',
    decisions: {
      accepted: 'Aceptada por la presidencia',
      accepted_modified: 'Aceptada por la presidencia con una redacción de compromiso',
      adopted: 'Aprobada por votación',
    },
    sponsors: 'Patrocinadores',
    noSponsors: '—',
    vote: 'Votación',
    appliedOn: 'Aplicada el',
    floor: {
      heading:
        'El uso de la palabra: intervenciones y tiempo de palabra por grupo de partes interesadas',
      intro:
        'Las intervenciones terminadas en la lista de oradores del proyecto hasta su aprobación, y su duración, según el grupo de partes interesadas de los oradores.',
    },
  },

  comparison: {
    kind: 'Comparación de versiones',
    fromTo: (from, to) => `Cambios entre ${from} y ${to}`,
    legend:
      'El texto insertado aparece subrayado y el suprimido, tachado. Los números de párrafo son los de la versión más reciente; un número cambiado muestra el anterior, tachado.',
    summary: (c) =>
      [
        plural(c.changed, 'párrafo modificado', 'párrafos modificados'),
        plural(c.inserted, 'insertado', 'insertados'),
        plural(c.deleted, 'suprimido', 'suprimidos'),
        plural(c.moved, 'desplazado', 'desplazados'),
        plural(c.unchanged, 'sin cambios', 'sin cambios'),
      ].join(', ') + '.',
    noChanges: 'Las dos versiones tienen el mismo texto.',
    statuses: {
      inserted: 'Párrafo insertado',
      deleted: 'Párrafo suprimido',
      changed: 'Párrafo modificado',
      moved: 'Párrafo desplazado',
      unchanged: 'Párrafo sin cambios',
    },
    movedFrom: (n) => (n === null ? 'Desplazado aquí' : `Desplazado aquí desde el párrafo ${n}`),
    movedTo: (n) => (n === null ? 'Desplazado más adelante' : `Desplazado: ahora párrafo ${n}`),
    comparedIn: (language) =>
      `Los párrafos que no están traducidos en ambas versiones se comparan en ${language}, el idioma de redacción.`,
    author: 'Autor',
    date: 'Fecha',
    insertionStart: 'comienzo de inserción',
    insertionEnd: 'fin de inserción',
    deletionStart: 'comienzo de supresión',
    deletionEnd: 'fin de supresión',
  },
};
