import { en as report } from '../../../reports/i18n/en';
import type { DraftCatalogue } from './catalogue';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** British spelling and UN English usage ("Distr.: General", "Original: English"). */
export const en: DraftCatalogue = {
  languageTag: report.languageTag,
  direction: 'ltr',
  formats: report,
  constituencies: report.constituencies,

  languageNames: {
    en: 'English',
    fr: 'French',
    es: 'Spanish',
    ar: 'Arabic',
    zh: 'Chinese',
    ru: 'Russian',
  },
  original: (language) => `Original: ${language}`,
  distribution: 'Distr.: General',
  versionLabels: { zeroDraft: 'Zero draft', revision: (n) => `Rev.${n}`, adopted: 'Adopted' },
  draftNotice: 'Draft under negotiation — not an adopted text',
  versionOf: (label, date) => `${label} of ${date}`,
  adoptedAt: (place, date) => `Adopted at ${place}, on ${date}`,
  translationNotice: (language, original) =>
    `${language} version. Only the ${original} text is authoritative.`,
  framework: 'Framework',
  fingerprint: 'SHA-256 of the text',
  paragraph: (n) => `Paragraph ${n}`,
  heading: 'Heading',
  alternative: (n) => `Alt. ${n}`,
  untranslated: 'untranslated',
  untranslatedNote: (original) => `Untranslated — printed in the ${original} original`,
  outdatedTranslationNote: (original) =>
    `Translation out of date — printed in the ${original} original`,
  runningHead: (title, label) => `${title} — ${label}`,

  annex: {
    heading: 'Annex — Provenance of the paragraphs',
    intro:
      'For each paragraph: the recommendations it was drawn from, as voted in the sessions of the conference, and every amendment that changed it, in the order in which they were applied.',
    sources: 'Source recommendations',
    noSources: 'Drafted in the drafting room: no source recommendation.',
    recommendation: (title) => `Recommendation “${title}”`,
    session: 'Session',
    votes: 'Votes',
    tally: (support, oppose, abstain) =>
      `${support} in support, ${oppose} against, ${abstain} abstaining`,
    bridging: 'Bridging score',
    noBridging: '—',
    constituency: 'Constituency',
    constituencyVotes: 'Votes',
    constituencySupport: 'Support',
    constituencyShare: 'Support share',
    amendments: 'Amendments',
    noAmendments: 'No amendment changed this paragraph.',
    amendment: (n, kind) => `Amendment ${n} — ${kind}`,
    amendmentKinds: {
      replace: 'new wording',
      insert_after: 'new paragraph',
      delete: 'deletion',
    },
    decision: 'Decision',
    decisions: {
      accepted: 'Accepted by the chair',
      accepted_modified: 'Accepted by the chair with compromise wording',
      adopted: 'Adopted by vote',
    },
    sponsors: 'Sponsors',
    noSponsors: '—',
    vote: 'Vote',
    appliedOn: 'Applied on',
    floor: {
      heading: 'The floor: turns and speaking time per constituency',
      intro:
        'The turns finished on the draft’s speakers’ list up to its adoption, and how long they took, by the constituency of the speakers.',
    },
  },

  comparison: {
    kind: 'Comparison of versions',
    fromTo: (from, to) => `Changes from ${from} to ${to}`,
    legend:
      'Inserted text is underlined, deleted text is struck through. Paragraph numbers are those of the later version; a changed number shows the former one struck through.',
    summary: (c) =>
      [
        plural(c.changed, 'paragraph changed', 'paragraphs changed'),
        `${c.inserted} inserted`,
        `${c.deleted} deleted`,
        `${c.moved} moved`,
        `${c.unchanged} unchanged`,
      ].join(', ') + '.',
    noChanges: 'The two versions have the same text.',
    statuses: {
      inserted: 'Inserted paragraph',
      deleted: 'Deleted paragraph',
      changed: 'Changed paragraph',
      moved: 'Moved paragraph',
      unchanged: 'Unchanged paragraph',
    },
    movedFrom: (n) => (n === null ? 'Moved here' : `Moved here from paragraph ${n}`),
    movedTo: (n) => (n === null ? 'Moved further on' : `Moved: now paragraph ${n}`),
    comparedIn: (language) =>
      `Paragraphs without a translation in both versions are compared in ${language}, the drafting language.`,
    author: 'Author',
    date: 'Date',
    insertionStart: 'start of insertion',
    insertionEnd: 'end of insertion',
    deletionStart: 'start of deletion',
    deletionEnd: 'end of deletion',
  },
};
