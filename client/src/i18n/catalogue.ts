import { LANGUAGES_UN_ORDER, type FrameworkThemeView, type Language } from '#contract';
import type { DraftingMessages } from './en-drafting';
import type { StaffMessages } from './en-staff';
import type { Messages } from './en';

export type { DraftingMessages, Messages, StaffMessages };

/*
 * Each language's catalogue is its own chunk, loaded when the interface shows that language: a
 * phone on the venue's Wi-Fi (20 KB/s) downloads one catalogue, not six. The literal paths let the
 * bundler split them; `en.ts` stays the reference for the type.
 *
 * A catalogue is in three parts, so that a delegate downloads only what a delegate reads (about
 * half of it): `Messages` (en.ts: everything a delegate's pages show), and two parts that the views
 * needing them ask for with `useI18n('staff')` or `useI18n('drafting')`: the moderators' tools,
 * the room screen and the secretariat's pages (en-staff.ts), and the drafting room (en-drafting.ts).
 */
export type CatalogueImports = Record<Language, () => Promise<Messages>>;

export interface PartMessages {
  staff: StaffMessages;
  drafting: DraftingMessages;
}
export type Part = keyof PartMessages;
export type PartImports = { [P in Part]: Record<Language, () => Promise<PartMessages[P]>> };

const IMPORTS: CatalogueImports = {
  en: () => import('./en').then((m) => m.en),
  fr: () => import('./fr').then((m) => m.fr),
  es: () => import('./es').then((m) => m.es),
  ar: () => import('./ar').then((m) => m.ar),
  zh: () => import('./zh').then((m) => m.zh),
  ru: () => import('./ru').then((m) => m.ru),
};

const PART_IMPORTS: PartImports = {
  staff: {
    en: () => import('./en-staff').then((m) => m.enStaff),
    fr: () => import('./fr-staff').then((m) => m.frStaff),
    es: () => import('./es-staff').then((m) => m.esStaff),
    ar: () => import('./ar-staff').then((m) => m.arStaff),
    zh: () => import('./zh-staff').then((m) => m.zhStaff),
    ru: () => import('./ru-staff').then((m) => m.ruStaff),
  },
  drafting: {
    en: () => import('./en-drafting').then((m) => m.enDrafting),
    fr: () => import('./fr-drafting').then((m) => m.frDrafting),
    es: () => import('./es-drafting').then((m) => m.esDrafting),
    ar: () => import('./ar-drafting').then((m) => m.arDrafting),
    zh: () => import('./zh-drafting').then((m) => m.zhDrafting),
    ru: () => import('./ru-drafting').then((m) => m.ruDrafting),
  },
};

type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `base` with `part`'s keys added; a group both have (`drafts`) gets the keys of both. */
function mergeTrees(base: Tree, part: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(part)) {
    const known = out[key];
    out[key] = isTree(known) && isTree(value) ? mergeTrees(known, value) : value;
  }
  return out;
}

/**
 * Fetches each language's catalogue, and each part of it, once per page (the app-shell worker
 * keeps the chunks a page used, for a reload with no network). A failed fetch is forgotten, so
 * asking again retries it.
 */
export class CatalogueLoader {
  private readonly loading = new Map<Language, Promise<Messages>>();
  private readonly partLoading = new Map<string, Promise<unknown>>();
  private readonly parts = new Map<string, Tree>();
  private readonly partFailures = new Map<string, Error>();
  /** The parts some view has asked for: a change of language loads them with the catalogue. */
  private readonly used = new Set<Part>();
  /** Merged catalogues by core catalogue and parts, so a view gets the same object each render. */
  private readonly merged = new WeakMap<Messages, Map<string, Messages>>();
  /** The language the interface shows, for `prefetch`. */
  shown: Language = 'en';

  constructor(
    private readonly imports: CatalogueImports = IMPORTS,
    private readonly partImports: PartImports = PART_IMPORTS,
  ) {}

  load(language: Language): Promise<Messages> {
    const known = this.loading.get(language);
    if (known) return known;
    const pending = this.imports[language]();
    this.loading.set(language, pending);
    pending.catch(() => {
      if (this.loading.get(language) === pending) this.loading.delete(language);
    });
    return pending;
  }

  /** The catalogue and every part a view has used so far, for a change of language. */
  loadWithParts(language: Language): Promise<Messages> {
    const parts = [...this.used].map((part) => this.loadPart(language, part));
    return Promise.all([this.load(language), ...parts]).then(([messages]) => messages);
  }

  loadPart<P extends Part>(language: Language, part: P): Promise<PartMessages[P]> {
    const key = `${language}/${part}`;
    this.used.add(part);
    this.partFailures.delete(key);
    const known = this.partLoading.get(key) as Promise<PartMessages[P]> | undefined;
    if (known) return known;
    const pending = this.partImports[part][language]();
    this.partLoading.set(key, pending);
    pending.then(
      (messages) => this.parts.set(key, messages as unknown as Tree),
      (error: unknown) => {
        if (this.partLoading.get(key) === pending) this.partLoading.delete(key);
        this.partFailures.set(key, error instanceof Error ? error : new Error(String(error)));
      },
    );
    return pending;
  }

  /** Starts fetching a part in the language shown, with a view's chunk rather than after it. */
  prefetch(part: Part): void {
    this.loadPart(this.shown, part).catch(() => {
      // Offline: the view asks again when it renders (and says so if it still cannot come).
    });
  }

  /** Whether a part has arrived in a language (then `withParts` has it). */
  hasPart(language: Language, part: Part): boolean {
    return this.parts.has(`${language}/${part}`);
  }

  /** Why a part's last fetch failed, once (the next ask retries). */
  takeFailure(language: Language, part: Part): Error | undefined {
    const key = `${language}/${part}`;
    const error = this.partFailures.get(key);
    this.partFailures.delete(key);
    return error;
  }

  /** `messages` (the language's catalogue) with the parts that have arrived in that language. */
  withParts(messages: Messages, language: Language, parts: readonly Part[]): Messages {
    if (parts.length === 0) return messages;
    const key = `${language}/${parts.join('+')}`;
    let byParts = this.merged.get(messages);
    if (!byParts) this.merged.set(messages, (byParts = new Map<string, Messages>()));
    const known = byParts.get(key);
    if (known) return known;
    let tree = messages as unknown as Tree;
    for (const part of parts) {
      const loaded = this.parts.get(`${language}/${part}`);
      if (!loaded) return tree as unknown as Messages; // not kept: asked again once it has come
      tree = mergeTrees(tree, loaded);
    }
    const out = tree as unknown as Messages;
    byParts.set(key, out);
    return out;
  }

  /** The page's first catalogue: `language`'s, else English's; null when neither came. */
  async first(language: Language): Promise<{ language: Language; messages: Messages } | null> {
    const candidates: Language[] = language === 'en' ? ['en'] : [language, 'en'];
    for (const candidate of candidates) {
      try {
        const messages = await this.load(candidate);
        this.shown = candidate;
        return { language: candidate, messages };
      } catch {
        // Offline before this chunk was ever cached, or a deploy removed it: try the next.
      }
    }
    return null;
  }
}

export const catalogues = new CatalogueLoader();

/**
 * BCP 47 tags for Intl: a 24-hour clock and day-month order suit an international conference;
 * Arabic with the digits 0–9, as United Nations Arabic documents write them.
 */
export const LOCALE_TAGS: Record<Language, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  es: 'es-ES',
  ar: 'ar-u-nu-latn',
  zh: 'zh-CN',
  ru: 'ru-RU',
};

/** The document's `lang` and `dir` for each language. */
export const DOCUMENT_LANG: Record<Language, { lang: string; dir: 'ltr' | 'rtl' }> = {
  en: { lang: 'en', dir: 'ltr' },
  fr: { lang: 'fr', dir: 'ltr' },
  es: { lang: 'es', dir: 'ltr' },
  ar: { lang: 'ar', dir: 'rtl' },
  zh: { lang: 'zh-Hans', dir: 'ltr' },
  ru: { lang: 'ru', dir: 'ltr' },
};

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES_UN_ORDER as readonly unknown[]).includes(value);
}

/** This tab's choice of interface language (sessionStorage), written by the I18nProvider. */
export const LANGUAGE_CHOICE_KEY = 'agora.language';

/**
 * The language a page starts in: this tab's choice, else the signed-in participant's (a new tab
 * of a device that stays signed in), else the browser's among ours, else English. It lives here,
 * away from Preact, because the entry chunk calls it before the app's core has arrived.
 */
export function initialLanguage(participantLanguage?: string | null): Language {
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(LANGUAGE_CHOICE_KEY);
  } catch {
    // Storage refused: the choice lasts this page.
  }
  if (isLanguage(stored)) return stored;
  if (isLanguage(participantLanguage)) return participantLanguage;
  return browserLanguage(navigator.languages ?? [navigator.language]);
}

/** The browser's preferred language among ours, for the sign-in page before anyone is known. */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** Picks the per-language variant of a server text (session titles, conference titles). */
export function localised(
  base: string,
  translations: Partial<Record<string, string>> | undefined,
  language: Language,
): string {
  return translations?.[language] || base;
}

/** "5. Regular pathways" in the chosen language when the framework's data has it. */
export function themeLabel(theme: FrameworkThemeView, language: Language): string {
  return `${theme.number}. ${theme.translations?.[language]?.shortTitle || theme.shortTitle}`;
}
