import { describe, expect, it } from 'vitest';
import { LANGUAGES_UN_ORDER, type Language } from '#contract';
import {
  browserLanguage,
  CatalogueLoader,
  localised,
  type DraftingMessages,
  type Messages,
  type StaffMessages,
} from './catalogue';

type Whole = Messages & StaffMessages & DraftingMessages;

// Every catalogue with its parts, through the loader the app uses (each is its own chunk in the
// build): what a page that has shown every view has.
const loader = new CatalogueLoader();
const CATALOGUES = Object.fromEntries(
  await Promise.all(
    LANGUAGES_UN_ORDER.map(async (l) => {
      const [messages] = await Promise.all([
        loader.load(l),
        loader.loadPart(l, 'staff'),
        loader.loadPart(l, 'drafting'),
      ]);
      return [l, loader.withParts(messages, l, ['staff', 'drafting'])] as const;
    }),
  ),
) as Record<Language, Whole>;
const en = CATALOGUES.en;

type Tree = { readonly [key: string]: unknown };

/** Every key path of a catalogue, with "()" marking messages that take parameters. */
function shape(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix + key;
    if (typeof value === 'function') return [`${path}(${value.length})`];
    if (typeof value === 'string') return [path];
    return shape(value as Tree, `${path}.`);
  });
}

function strings(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => {
    if (typeof value === 'string') return [value];
    // A count message takes a number (ICU plural), a named-values message an object of them
    // (here 3 for every name); every other takes texts.
    if (typeof value === 'function') {
      const call = value as (...a: unknown[]) => string;
      try {
        return [String(call(3, 'Y', 'Z'))];
      } catch {
        return [String(call(new Proxy({}, { has: () => true, get: () => 3 })))];
      }
    }
    return strings(value as Tree);
  });
}

describe('catalogues', () => {
  // The type system already refuses a missing key; this also catches a key left in English.
  it.each(['fr', 'es', 'ar', 'zh', 'ru'] as const)(
    '%s has exactly the keys and parameters of English',
    (language) => {
      expect(shape(CATALOGUES[language])).toEqual(shape(en));
    },
  );

  it.each(['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const)('%s has no empty message', (language) => {
    for (const text of strings(CATALOGUES[language])) expect(text.trim()).not.toBe('');
  });

  it.each(['ar', 'zh', 'ru'] as const)('%s leaves no message in English', (language) => {
    const english = strings(en);
    // A message made only of its parameters ("3: Y") has no words to translate.
    const same = strings(CATALOGUES[language]).filter(
      (text, i) => text === english[i] && /\p{L}{2,}/u.test(text),
    );
    // The product's name, the hash's name and each language's own name are the same everywhere.
    expect(same).toEqual([
      'Agora',
      'العربية',
      '中文',
      'English',
      'Français',
      'Русский',
      'Español',
      'SHA-256',
    ]);
  });

  it('chooses plural forms by ICU rules: four in Russian, six in Arabic', () => {
    const { ru, ar, zh } = CATALOGUES;
    expect([1, 2, 5, 21, 1000].map(ru.votesCast)).toEqual([
      '1 голос',
      '2 голоса',
      '5 голосов',
      '21 голос',
      '1\u00a0000 голосов',
    ]);
    expect([0, 1, 2, 3, 11, 100].map(ar.votesCast)).toEqual([
      'لا أصوات',
      'صوت واحد',
      'صوتان',
      '3 أصوات',
      '11 صوتًا',
      '100 صوت',
    ]);
    expect(zh.votesCast(1234)).toBe('1,234票');
    expect([1, 2].map(en.votesCast)).toEqual(['1 vote', '2 votes']);
  });

  it('keeps the accessible names DESIGN.md fixes (tests and screen readers rely on them)', () => {
    expect([en.email, en.accessCode, en.signIn, en.language]).toEqual([
      'Email',
      'Access code',
      'Sign in',
      'Language',
    ]);
    expect([
      en.newRecommendation,
      en.title,
      en.text,
      en.themes,
      en.levelOfGovernment,
      en.submit,
    ]).toEqual(['New recommendation', 'Title', 'Text', 'Themes', 'Level of government', 'Submit']);
    expect(en.vote).toEqual({ support: 'Support', oppose: 'Oppose', abstain: 'Abstain' });
    expect([en.openSession, en.stopSubmissions, en.closeSession]).toEqual([
      'Open session',
      'Stop submissions',
      'Close session',
    ]);
    expect(en.tally('12', '3', '1')).toBe('Support 12 · Oppose 3 · Abstain 1');
  });

  it('translates the labels, and offers each language in its own name', () => {
    expect(CATALOGUES.fr.signIn).toBe('Se connecter');
    expect(CATALOGUES.es.signIn).toBe('Iniciar sesión');
    for (const language of ['en', 'fr', 'es'] as const) {
      expect(CATALOGUES[language].languageName).toEqual({
        ar: 'العربية',
        zh: '中文',
        en: 'English',
        fr: 'Français',
        ru: 'Русский',
        es: 'Español',
      });
    }
    // No other control's name contains "Support": tests find the vote button by that name.
    const buttons = [en.votesByConstituency, en.coSponsor, en.withdrawVote];
    for (const name of buttons) expect(name.toLowerCase()).not.toContain('support');
  });

  it('picks the browser language among ours, else English', () => {
    expect(browserLanguage(['de-DE', 'fr-BE', 'en'])).toBe('fr');
    expect(browserLanguage(['de-DE'])).toBe('en');
  });

  it('uses a server text’s translation when there is one', () => {
    expect(localised('Opening', { fr: 'Ouverture' }, 'fr')).toBe('Ouverture');
    expect(localised('Opening', { fr: 'Ouverture' }, 'es')).toBe('Opening');
    expect(localised('Opening', undefined, 'fr')).toBe('Opening');
  });
});
