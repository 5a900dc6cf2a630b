import { en } from '../../client/src/i18n/en';
import type { SessionView } from '#contract';
import {
  Api,
  demo,
  describeViolations,
  newPage,
  screenshot,
  seriousViolations,
  signIn,
  startHarness,
  type BrowserHarness,
} from './support';
import type { Page } from 'playwright-core';

const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
type Language = (typeof LANGUAGES)[number];
const OWN_NAMES = ['العربية', '中文', 'English', 'Français', 'Русский', 'Español'];
/** Open in the demo, with recommendations and votes. */
const HUMAN_RIGHTS = 'Human rights of migrants';

/** Every fixed text of the English catalogue (messages with parameters given digits). */
function englishTexts(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (typeof tree === 'function') {
    const call = tree as (...a: unknown[]) => string;
    try {
      return [String(call(7, 8, 9))];
    } catch {
      // A message of named values (ICU, e.g. `{min}`): 7 for every name.
      return [String(call(new Proxy({}, { has: () => true, get: () => 7 })))];
    }
  }
  if (tree && typeof tree === 'object') return Object.values(tree).flatMap(englishTexts);
  return [];
}

/** Every text a server response carries: these are the conference's, not the interface's. */
function serverTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(serverTexts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(serverTexts);
  return [];
}

/**
 * The interface in the six UN languages on the demo: `lang` and `dir` on the document, Arabic
 * laid out right to left, no English interface text left in Chinese or Russian, and axe finding
 * no serious issue in any of them.
 */
describe('web client in the six UN languages', () => {
  let harness: BrowserHarness;
  let conferenceId: string;
  let sessionPath: string;
  /** The conference's own texts (titles, descriptions, names), removed before looking for English. */
  let dataTexts: string[];

  beforeAll(async () => {
    harness = await startHarness();
    const secretariat = await Api.signIn(harness.url, demo('secretariat'));
    const conferences = await secretariat.get<Array<{ id: string }>>('/conferences');
    conferenceId = conferences[0].id;
    const sessions = await secretariat.get<SessionView[]>(`/conferences/${conferenceId}/sessions`);
    const humanRights = sessions.find((s) => s.title === HUMAN_RIGHTS)!;
    sessionPath = `/sessions/${humanRights.id}`;
    const recommendations = await secretariat.get<unknown>(
      `/sessions/${humanRights.id}/recommendations`,
    );
    // The framework's theme labels are not removed: the interface shows them translated.
    dataTexts = serverTexts([conferences, sessions, recommendations])
      .filter((text) => text.trim().length > 1)
      .sort((a, b) => b.length - a.length);
  });

  afterAll(async () => {
    await harness?.close();
  });

  async function choose(page: Page, language: Language) {
    await page.locator('.language-select select').selectOption(language);
    // A locator, not waitForFunction: a string predicate is polled through eval, which the
    // app's Content-Security-Policy refuses whenever the first check is false.
    await page.locator(`html[lang^="${language}"]`).waitFor({ state: 'attached' });
  }

  /** The page's visible text without the conference's own texts. */
  async function interfaceText(page: Page): Promise<string> {
    let text = await page.evaluate<string>('document.body.innerText');
    for (const data of dataTexts) text = text.split(data).join(' ');
    return text;
  }

  async function expectNoSeriousIssue(page: Page, where: string) {
    const violations = await seriousViolations(page);
    expect({ where, violations: describeViolations(violations) }).toEqual({
      where,
      violations: [],
    });
  }

  it('offers the six languages by their own names', async () => {
    const { context, page } = await newPage(harness);
    await page.goto(harness.url);
    const options = await page
      .locator('.language-select select option')
      .evaluateAll((all) => all.map((o) => [o.getAttribute('value'), o.textContent]));
    expect(options).toEqual(LANGUAGES.map((l, i) => [l, OWN_NAMES[i]]));
    await context.close();
  });

  it.each(LANGUAGES)(
    '%s: lang and dir on the document, and no serious axe issue',
    async (language) => {
      const { context, page } = await newPage(harness);
      await page.goto(harness.url);
      await choose(page, language);
      const html = page.locator('html');
      expect(await html.getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      expect(await html.getAttribute('lang')).toBe(language === 'zh' ? 'zh-Hans' : language);
      await expectNoSeriousIssue(page, `${language} sign-in`);

      await page.locator('.language-select select').selectOption('en');
      await signIn(page, demo('karin.johansson'));
      await page.locator('.account button').waitFor();
      await choose(page, language);
      await page.locator('main h1').waitFor();
      await expectNoSeriousIssue(page, `${language} programme`);

      await page.goto(harness.url + sessionPath);
      await page.locator('main h1').waitFor();
      await page.locator('.language-select select').waitFor();
      if (
        (await page.locator('html').getAttribute('lang')) !==
        (language === 'zh' ? 'zh-Hans' : language)
      )
        await choose(page, language);
      await page.locator('main article, main li').first().waitFor();
      await expectNoSeriousIssue(page, `${language} session`);
      await screenshot(page, `languages-${language}-session`);
      await context.close();
    },
  );

  it('lays Arabic out right to left: the mirrored header and text start on the right', async () => {
    const { context, page } = await newPage(harness);
    await page.goto(harness.url);
    await signIn(page, demo('karin.johansson'));
    await page.locator('.account button').waitFor();
    const brandX = async () => {
      const box = (await page.locator('.brand').boundingBox())!;
      return box.x + box.width / 2;
    };
    await choose(page, 'en');
    expect(await brandX()).toBeLessThan(640);
    await choose(page, 'ar');
    expect(await brandX()).toBeGreaterThan(640);
    // The heading is measured once the page shows it (a CI run measured it while still loading).
    await page.locator('main h1').first().waitFor();
    const heading = await page.evaluate<{
      direction: string;
      right: number;
      font: string;
    }>(`(() => {
      const h = document.querySelector('main h1');
      const style = getComputedStyle(h);
      return { direction: style.direction, right: h.getBoundingClientRect().right, font: style.fontFamily };
    })()`);
    expect(heading.direction).toBe('rtl');
    expect(heading.right).toBeGreaterThan(1000);
    expect(heading.font).toContain('Noto Sans Arabic');
    await screenshot(page, 'languages-ar-programme-rtl');
    await context.close();
  });

  it.each(['zh', 'ru'] as const)(
    '%s: no English interface text is left on the sign-in, programme and session pages',
    async (language) => {
      const allowed = new Set(['Agora', 'SHA-256', 'English', ...OWN_NAMES]);
      const english = [...new Set(englishTexts(en))].filter(
        (text) => /[A-Za-z]{2,}/.test(text) && !allowed.has(text),
      );
      const leftovers = (text: string) =>
        english.filter((phrase) =>
          new RegExp(
            `(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`,
            'u',
          ).test(text),
        );
      const { context, page } = await newPage(harness);
      await page.goto(harness.url);
      await choose(page, language);
      expect({ page: 'sign-in', left: leftovers(await interfaceText(page)) }).toEqual({
        page: 'sign-in',
        left: [],
      });
      await page.locator('.language-select select').selectOption('en');
      await signIn(page, demo('karin.johansson'));
      await page.locator('.account button').waitFor();
      await choose(page, language);
      await page.locator('main h1').waitFor();
      expect({ page: 'programme', left: leftovers(await interfaceText(page)) }).toEqual({
        page: 'programme',
        left: [],
      });
      await page.goto(harness.url + sessionPath);
      await page.locator('main article, main li').first().waitFor();
      expect({ page: 'session', left: leftovers(await interfaceText(page)) }).toEqual({
        page: 'session',
        left: [],
      });
      await context.close();
    },
  );

  it('loads only the catalogue it shows: the browser’s language first, another when chosen', async () => {
    const { context, page } = await newPage(harness, { locale: 'fr-FR' });
    const catalogues: string[] = [];
    page.on('request', (request) => {
      const found = /\/assets\/(en|fr|es|ar|zh|ru)-[\w-]+\.js$/.exec(request.url());
      if (found) catalogues.push(found[1]);
    });
    await page.goto(harness.url);
    // The first render is already French: the page waits for its catalogue, never shows keys.
    const signInButton = page.locator('form button[type="submit"]');
    await signInButton.waitFor();
    expect(await signInButton.textContent()).toBe('Se connecter');
    expect(catalogues).toEqual(['fr']);

    await choose(page, 'ru');
    expect(await signInButton.textContent()).toBe('Войти');
    expect(catalogues).toEqual(['fr', 'ru']);
    // Back to French: already loaded, nothing fetched again.
    await choose(page, 'fr');
    expect(await signInButton.textContent()).toBe('Se connecter');
    expect(catalogues).toEqual(['fr', 'ru']);

    // Offline, a catalogue this device never loaded cannot come: the page stays as it is.
    await context.setOffline(true);
    const select = page.locator('.language-select select');
    await select.selectOption('es');
    await page.locator('.language-select select[aria-busy="false"]').waitFor();
    expect(await select.inputValue()).toBe('fr');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await signInButton.textContent()).toBe('Se connecter');
    // Back online, asking again fetches it.
    await context.setOffline(false);
    await choose(page, 'es');
    expect(await signInButton.textContent()).toBe('Iniciar sesión');
    await context.close();
  });

  it('opens a new tab of a signed-in device in the participant’s language, from its first render', async () => {
    const { context, page } = await newPage(harness);
    await page.goto(harness.url);
    await signIn(page, demo('elodie.laurent'));
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    const second = await context.newPage();
    const catalogues: string[] = [];
    second.on('request', (request) => {
      const found = /\/assets\/(en|fr|es|ar|zh|ru)-[\w-]+\.js$/.exec(request.url());
      if (found) catalogues.push(found[1]);
    });
    await second.goto(`${harness.url}${sessionPath}`);
    await second.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    expect(await second.locator('html').getAttribute('lang')).toBe('fr');
    // The English catalogue never came: nothing was shown in English first.
    expect(catalogues).toEqual(['fr']);
    await context.close();
  });
});
