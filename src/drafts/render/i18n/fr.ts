import { fr as report } from '../../../reports/i18n/fr';
import type { DraftCatalogue } from './catalogue';

/** French typography: a no-break space before « : ; » and inside guillemets. */
const NB = '\u00a0';
const quote = (text: string): string => `«${NB}${text}${NB}»`;
const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

/** UN French usage ("Distr. : générale", "Original : anglais", "avant-projet"). */
export const fr: DraftCatalogue = {
  languageTag: report.languageTag,
  direction: 'ltr',
  formats: report,
  constituencies: report.constituencies,

  languageNames: {
    en: 'anglais',
    fr: 'français',
    es: 'espagnol',
    ar: 'arabe',
    zh: 'chinois',
    ru: 'russe',
  },
  original: (language) => `Original${NB}: ${language}`,
  distribution: `Distr.${NB}: générale`,
  versionLabels: {
    zeroDraft: 'Avant-projet',
    revision: (n) => `Rev.${n}`,
    adopted: 'Texte adopté',
  },
  draftNotice: 'Projet en cours de négociation — texte non adopté',
  versionOf: (label, date) => `${label} du ${date}`,
  adoptedAt: (place, date) => `Adopté à ${place}, le ${date}`,
  translationNotice: (language, original) =>
    `Version en ${language}. Seul le texte ${original} fait foi.`,
  framework: 'Cadre de référence',
  fingerprint: 'Empreinte SHA-256 du texte',
  paragraph: (n) => `Paragraphe ${n}`,
  heading: 'Intertitre',
  alternative: (n) => `Variante ${n}`,
  untranslated: 'non traduit',
  untranslatedNote: (original) => `Non traduit — imprimé dans l’original ${original}`,
  outdatedTranslationNote: (original) =>
    `Traduction non mise à jour — imprimé dans l’original ${original}`,
  runningHead: (title, label) => `${title} — ${label}`,

  annex: {
    heading: 'Annexe — Origine des paragraphes',
    intro: `Pour chaque paragraphe${NB}: les recommandations dont il est issu, telles qu’elles ont été votées dans les sessions de la conférence, et chacun des amendements qui l’ont modifié, dans l’ordre où ils ont été appliqués.`,
    sources: 'Recommandations d’origine',
    noSources: `Rédigé au sein du comité de rédaction${NB}: aucune recommandation d’origine.`,
    recommendation: (title) => `Recommandation ${quote(title)}`,
    session: 'Session',
    votes: 'Votes',
    tally: (support, oppose, abstain) =>
      `${support} pour, ${oppose} contre, ${abstain} abstention${abstain === '0' || abstain === '1' ? '' : 's'}`,
    bridging: 'Indice de convergence',
    noBridging: '—',
    constituency: 'Groupe de parties prenantes',
    constituencyVotes: 'Votes',
    constituencySupport: 'Pour',
    constituencyShare: 'Part des votes pour',
    amendments: 'Amendements',
    noAmendments: 'Aucun amendement n’a modifié ce paragraphe.',
    amendment: (n, kind) => `Amendement ${n} — ${kind}`,
    amendmentKinds: {
      replace: 'nouveau libellé',
      insert_after: 'nouveau paragraphe',
      delete: 'suppression',
    },
    decision: 'Décision',
    decisions: {
      accepted: 'Accepté par la présidence',
      accepted_modified: 'Accepté par la présidence avec un libellé de compromis',
      adopted: 'Adopté par vote',
    },
    sponsors: 'Auteurs',
    noSponsors: '—',
    vote: 'Vote',
    appliedOn: 'Appliqué le',
    floor: {
      heading: `La parole${NB}: interventions et temps de parole par groupe de parties prenantes`,
      intro:
        'Les interventions achevées sur la liste des orateurs du projet jusqu’à son adoption, et leur durée, selon le groupe de parties prenantes des orateurs.',
    },
  },

  comparison: {
    kind: 'Comparaison des versions',
    fromTo: (from, to) => `Modifications entre ${from} et ${to}`,
    legend: `Le texte inséré est souligné, le texte supprimé est barré. Les numéros de paragraphe sont ceux de la version la plus récente${NB}; un numéro modifié montre l’ancien, barré.`,
    summary: (c) =>
      [
        plural(c.changed, 'paragraphe modifié', 'paragraphes modifiés'),
        plural(c.inserted, 'inséré', 'insérés'),
        plural(c.deleted, 'supprimé', 'supprimés'),
        plural(c.moved, 'déplacé', 'déplacés'),
        plural(c.unchanged, 'inchangé', 'inchangés'),
      ].join(', ') + '.',
    noChanges: 'Les deux versions ont le même texte.',
    statuses: {
      inserted: 'Paragraphe inséré',
      deleted: 'Paragraphe supprimé',
      changed: 'Paragraphe modifié',
      moved: 'Paragraphe déplacé',
      unchanged: 'Paragraphe inchangé',
    },
    movedFrom: (n) => (n === null ? 'Déplacé ici' : `Déplacé ici depuis le paragraphe ${n}`),
    movedTo: (n) => (n === null ? 'Déplacé plus loin' : `Déplacé${NB}: désormais paragraphe ${n}`),
    comparedIn: (language) =>
      `Les paragraphes qui ne sont pas traduits dans les deux versions sont comparés en ${language}, la langue de rédaction.`,
    author: 'Auteur',
    date: 'Date',
    insertionStart: 'début d’insertion',
    insertionEnd: 'fin d’insertion',
    deletionStart: 'début de suppression',
    deletionEnd: 'fin de suppression',
  },
};
