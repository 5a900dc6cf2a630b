import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';

export const DEMO_CODE = 'mechelen-2017';
export const demo = (key: string) => `${key}@demo.agora.example`;

const SCREENSHOTS = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The app with the Mechelen demo, served with the built client, plus one headless Chromium. */
export interface BrowserHarness {
  app: TestApp;
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

export async function startHarness(): Promise<BrowserHarness> {
  if (!existsSync(join(__dirname, '..', '..', 'client', 'dist', 'index.html'))) {
    throw new Error(
      'client/dist is missing: run `npm run build` first (npm run test:browser does)',
    );
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  }
  const app = await startTestApp({ listen: true, env: { DEMO: '1' } });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    app,
    browser,
    url: app.url,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

/** A fresh browser profile (its own sessionStorage), English unless told otherwise. */
export async function newPage(
  harness: BrowserHarness,
  options: { width?: number; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await harness.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: options.locale ?? 'en-GB',
    timezoneId: 'America/New_York',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    process.stderr.write(`page error: ${error.message}\n`);
  });
  return { context, page };
}

export async function signIn(page: Page, email: string, code = DEMO_CODE): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Access code').fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Cuts the page's network (the venue's Wi-Fi drops) once `ready` is on the page, and waits until
 * the header says so. "Live" in the header means the socket is up, not that the session page has
 * its list yet: cut before the list arrived, the page has nothing to act on until it is back (CI
 * of 08573d2 failed so, waiting 30 s for a vote button).
 */
export async function goOffline(
  context: BrowserContext,
  page: Page,
  ready: Locator,
): Promise<void> {
  await ready.waitFor();
  await context.setOffline(true);
  await page.getByText('Reconnecting…').waitFor({ timeout: 15000 });
}

/** Switches the interface to English (several demo accounts prefer French or Spanish). */
export async function useEnglish(page: Page): Promise<void> {
  // After the sign-in has landed: it sets the participant's own language.
  await page.locator('.account button').waitFor();
  await page.locator('.language-select select').selectOption('en');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Runs axe-core (WCAG 2.1 A/AA rules) on the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Result[]> {
  // Evaluated over the DevTools protocol: the app's Content-Security-Policy (rightly) refuses injected script tags.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const results = await page.evaluate<AxeResults>(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`,
  );
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable summary for a failing expectation. */
export function describeViolations(violations: Result[]): string[] {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Whether the page scrolls sideways (it must not at 360 px). */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate<boolean>(
    'document.documentElement.scrollWidth > document.documentElement.clientWidth + 1',
  );
}

/** A small REST client for setting up scenes (the browser tests what people do, not this). */
export class Api {
  constructor(
    private readonly url: string,
    private token = '',
  ) {}

  static async signIn(url: string, email: string, code = DEMO_CODE): Promise<Api> {
    const api = new Api(url);
    const result = await api.request<{ accessToken: string }>('POST', '/auth/login', {
      email,
      password: code,
    });
    api.token = result.accessToken;
    return api;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  put<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}/api/v1${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
