import { describe, expect, it } from 'vitest';
import type { Language } from '#contract';
import {
  CatalogueLoader,
  catalogues,
  type CatalogueImports,
  type Messages,
  type PartImports,
} from './catalogue';
import { en } from './en';
import { enDrafting } from './en-drafting';
import { enStaff } from './en-staff';

/** Imports that count their calls and fail for the languages told (offline, never cached). */
function fakeImports(failing: Language[] = []) {
  const calls: Language[] = [];
  const down = new Set(failing);
  const importOf = (language: Language) => () => {
    calls.push(language);
    return down.has(language)
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : Promise.resolve({ ...en, appName: `Agora (${language})` } as Messages);
  };
  const imports = Object.fromEntries(
    (['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const).map((l) => [l, importOf(l)]),
  ) as CatalogueImports;
  return { imports, calls, down };
}

describe('catalogue loader', () => {
  it('loads the real catalogue of each language by itself', async () => {
    expect((await catalogues.load('fr')).signIn).toBe('Se connecter');
    expect((await catalogues.load('ar')).language).toBe('اللغة');
    expect((await catalogues.load('en')).signIn).toBe('Sign in');
  });

  it('fetches a language once, however often and concurrently it is asked for', async () => {
    const { imports, calls } = fakeImports();
    const loader = new CatalogueLoader(imports);
    const [a, b] = await Promise.all([loader.load('zh'), loader.load('zh')]);
    await loader.load('zh');
    expect(a).toBe(b);
    expect(calls).toEqual(['zh']);
  });

  it('forgets a failed fetch, so the next request retries it', async () => {
    const { imports, calls, down } = fakeImports(['ru']);
    const loader = new CatalogueLoader(imports);
    await expect(loader.load('ru')).rejects.toThrow('Failed to fetch');
    down.delete('ru');
    expect((await loader.load('ru')).appName).toBe('Agora (ru)');
    expect(calls).toEqual(['ru', 'ru']);
  });

  it('starts in the chosen language, in English when that one cannot come, or not at all', async () => {
    const { imports, calls } = fakeImports(['es']);
    const loader = new CatalogueLoader(imports);
    expect(await loader.first('fr')).toMatchObject({ language: 'fr' });
    const fallback = await loader.first('es');
    expect(fallback?.language).toBe('en');
    expect(fallback?.messages.appName).toBe('Agora (en)');
    expect(calls).toEqual(['fr', 'es', 'en']);

    const offline = new CatalogueLoader(fakeImports(['ar', 'en']).imports);
    expect(await offline.first('ar')).toBeNull();
  });

  it('leaves the staff’s and the drafting room’s strings out of the catalogue a delegate loads', async () => {
    const core = await catalogues.load('ru');
    for (const key of Object.keys(enStaff)) expect(core).not.toHaveProperty(key);
    for (const key of Object.keys(enDrafting.drafts)) expect(core.drafts).not.toHaveProperty(key);
    // What the programme page's list of drafts shows stays in it.
    expect(core.drafts.status.under_silence).toBe('Процедура молчания');
  });

  it('adds a part once it has come, the drafts group of both kept', async () => {
    const loader = new CatalogueLoader();
    const core = await loader.load('fr');
    expect(loader.hasPart('fr', 'drafting')).toBe(false);
    expect(loader.withParts(core, 'fr', ['drafting'])).toBe(core);
    await loader.loadPart('fr', 'drafting');
    const merged = loader.withParts(core, 'fr', ['drafting']) as Messages & typeof enDrafting;
    expect(merged.drafts.heading).toBe(core.drafts.heading);
    expect(merged.drafts.zeroDraft).toBe('Avant-projet');
    expect(merged.signIn).toBe('Se connecter');
    // The same object each render, so views and effects see no change.
    expect(loader.withParts(core, 'fr', ['drafting'])).toBe(merged);
  });

  it('loads the parts a page has used with a new language, and retries a failed part', async () => {
    const calls: string[] = [];
    let down = true;
    const partOf =
      <T>(part: string, value: T) =>
      (language: Language) =>
      () => {
        calls.push(`${language}/${part}`);
        return down && language === 'zh'
          ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
          : Promise.resolve(value);
      };
    const languages = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
    const table = <T>(part: string, value: T) =>
      Object.fromEntries(languages.map((l) => [l, partOf(part, value)(l)]));
    const parts = {
      staff: table('staff', enStaff),
      drafting: table('drafting', enDrafting),
    } as unknown as PartImports;
    const loader = new CatalogueLoader(fakeImports().imports, parts);
    loader.prefetch('staff');
    await loader.loadPart('en', 'staff');
    await expect(loader.loadWithParts('zh')).rejects.toThrow('Failed to fetch');
    expect(loader.takeFailure('zh', 'staff')?.message).toMatch('Failed to fetch');
    expect(loader.takeFailure('zh', 'staff')).toBeUndefined();
    down = false;
    expect((await loader.loadWithParts('zh')).appName).toBe('Agora (zh)');
    expect(loader.hasPart('zh', 'staff')).toBe(true);
    expect(loader.hasPart('zh', 'drafting')).toBe(false);
    expect(calls).toEqual(['en/staff', 'zh/staff', 'zh/staff']);
  });
});
