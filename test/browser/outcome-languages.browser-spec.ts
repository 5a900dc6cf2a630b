import type { ReportVersionView } from '#contract';
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

/**
 * The secretariat's Outcome page with the demo's closed sessions compiled in English and Arabic:
 * each version shows the content fingerprint they share and names the other, in the Arabic
 * interface too, with no serious axe issue.
 */
describe('Outcome page: language versions of one outcome', () => {
  let harness: BrowserHarness;
  let conferenceId: string;
  let english: ReportVersionView;
  let arabic: ReportVersionView;

  beforeAll(async () => {
    harness = await startHarness();
    const secretariat = await Api.signIn(harness.url, demo('secretariat'));
    const conferences = await secretariat.get<Array<{ id: string }>>('/conferences');
    conferenceId = conferences[0].id;
    const compile = (language: string) =>
      secretariat.post<ReportVersionView>(`/conferences/${conferenceId}/reports`, { language });
    english = await compile('en');
    arabic = await compile('ar');
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('shows the shared content fingerprint and the other language version of each', async () => {
    expect(arabic.contentSha256).toBe(english.contentSha256);
    const { context, page } = await newPage(harness);
    await page.goto(harness.url);
    await signIn(page, demo('secretariat'));
    await page.locator('.account button').waitFor();
    await page.locator('.language-select select').selectOption('ar');
    // A locator, not a string waitForFunction: the app's CSP refuses that once it has to poll
    // (the Arabic catalogue now arrives in its own chunk, so it does).
    await page.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
    await page.goto(`${harness.url}/conferences/${conferenceId}/outcome`);
    const rows = page.locator('table.versions tbody tr');
    await rows.nth(1).waitFor();

    const cells = async (version: number) =>
      rows
        .filter({ has: page.locator('th', { hasText: new RegExp(`^${version}$`) }) })
        .locator('td')
        .allInnerTexts();
    const [arabicRow, englishRow] = [await cells(arabic.version), await cells(english.version)];
    // Status, language, compiled, SHA-256, content fingerprint, language versions, downloads.
    expect(arabicRow[3]).toBe(arabic.sha256);
    expect(englishRow[3]).toBe(english.sha256);
    expect([arabicRow[4], englishRow[4]]).toEqual([english.contentSha256, english.contentSha256]);
    // The demo's own English version may say the same, and is named too.
    expect(arabicRow[5].split('\n')).toContain(`English، الصيغة ${english.version}`);
    expect(englishRow[5].split('\n')).toContain(`العربية، الصيغة ${arabic.version}`);

    const violations = await seriousViolations(page);
    expect(describeViolations(violations)).toEqual([]);
    await screenshot(page, 'outcome-language-versions-ar');
    await context.close();
  });
});
