import { describe, expect, it } from 'vitest';
import type { Language } from '#contract';
import { CatalogueLoader, catalogues, type CatalogueImports, type Messages } from './catalogue';
import { en } from './en';

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
});
