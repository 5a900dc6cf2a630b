import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { runDemoRoom } from '../../scripts/demo-room';
import type { RecommendationView, SessionView } from '#contract';
import {
  Api,
  demo,
  describeViolations,
  newPage,
  overflowsHorizontally,
  screenshot,
  seriousViolations,
  signIn,
  startHarness,
  useEnglish,
  type BrowserHarness,
} from './support';

/** Closed in the demo, with its dispositions. */
const LED_1 =
  'Led discussion: what are the key elements that can inform the Global Compact on Migration?';
/** Scheduled in the demo: the tests run it from open to close. */
const LED_2 =
  'Led discussion: implementing the migration-related commitments of the New Urban Agenda';
const LED_2_MODERATOR = 'emilia.saiz';
/** Open in the demo, with recommendations and votes. */
const HUMAN_RIGHTS = 'Human rights of migrants';
const TITLE = 'Give cities a seat at the Global Compact table';
/** A recommendation the demo's first led discussion adopted. */
const DEMO_ADOPTED = 'Publish migration data disaggregated by city';
/** Long enough for a socket to deliver, far shorter than the 15 s REST refresh of the fallback. */
const LIVE_MS = 5000;

/**
 * A whole session as people run it, from several browsers at once, on the demo as `npm start`
 * loads it (the conference on its second morning). These need the deliberation API, the realtime
 * gateway and the outcome-document API.
 */
describe('web client (sessions)', () => {
  let harness: BrowserHarness;
  let conferenceId: string;
  let sessions: SessionView[];
  const sessionId = (title: string) => sessions.find((s) => s.title === title)!.id;

  beforeAll(async () => {
    harness = await startHarness();
    const secretariat = await Api.signIn(harness.url, demo('secretariat'));
    conferenceId = (await secretariat.get<Array<{ id: string }>>('/conferences'))[0].id;
    sessions = await secretariat.get<SessionView[]>(`/conferences/${conferenceId}/sessions`);
  });

  afterAll(async () => {
    await harness?.close();
  });

  async function openAs(account: string, path: string, options: { width?: number } = {}) {
    const { context, page } = await newPage(harness, options);
    await page.goto(harness.url + path);
    await signIn(page, demo(account));
    await page
      .getByRole('button', { name: 'Sign out' })
      .or(page.getByRole('button', { name: 'Se déconnecter' }))
      .or(page.getByRole('button', { name: 'Cerrar sesión' }))
      .first()
      .waitFor();
    await useEnglish(page);
    return { context, page };
  }

  const article = (page: Page, title: string) => page.getByRole('article', { name: title });
  const versionRow = (page: Page, version: number) =>
    page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: String(version), exact: true }) });

  /** Downloads a version as DOCX from its row and returns word/document.xml. */
  async function downloadDocx(page: Page, row: Locator, version: number): Promise<string> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: `Download version ${version} as DOCX` }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    return zip.file('word/document.xml')!.async('string');
  }

  it('lets the secretariat compile and download the outcome document right after start, with no other step', async () => {
    const { context, page } = await openAs('secretariat', `/conferences/${conferenceId}/outcome`);
    await page.getByRole('heading', { level: 1, name: 'Outcome document' }).waitFor();
    // The demo's own draft, compiled when it was loaded.
    await versionRow(page, 1).getByText('Draft').waitFor();
    await page.getByLabel('Document language').selectOption('en');
    await page.getByRole('button', { name: 'Compile', exact: true }).click();
    await page.getByText('Version 2 compiled.').waitFor();
    const row = versionRow(page, 2);
    await row.getByRole('button', { name: 'Preview of version 2' }).click();
    await page
      .frameLocator('iframe[title="Preview of version 2"]')
      .getByText(DEMO_ADOPTED)
      .first()
      .waitFor();
    expect(await downloadDocx(page, row, 2)).toContain(DEMO_ADOPTED);
    await context.close();
  });

  it('shows a phone the open session with its tallies moving while demo:room runs', async () => {
    const { context, page } = await openAs('maria.santos', `/sessions/${sessionId(HUMAN_RIGHTS)}`, {
      width: 360,
    });
    await page.getByRole('heading', { level: 1, name: HUMAN_RIGHTS }).waitFor();
    await page.getByText('Live', { exact: true }).waitFor({ timeout: LIVE_MS });
    const tallies = page.locator('article .tally-text');
    await tallies.first().waitFor();
    const before = await tallies.allInnerTexts();
    expect(before.length).toBeGreaterThanOrEqual(5);

    const stop = new AbortController();
    const room = runDemoRoom({
      url: harness.url,
      minutes: 0.2,
      rate: 10,
      signal: stop.signal,
      log: () => {},
    });
    try {
      // Without reloading, some tally on the phone changes.
      await page.waitForFunction(
        (initial: string[]) => {
          const { document } = globalThis as unknown as {
            document: { querySelectorAll(s: string): Iterable<{ textContent: string | null }> };
          };
          return [...document.querySelectorAll('article .tally-text')].some(
            (element, i) => element.textContent !== initial[i],
          );
        },
        before,
        { timeout: 10_000 },
      );
      await screenshot(page, 'session-demo-room-360');
    } finally {
      stop.abort();
    }
    const stats = await room;
    expect(stats.votes + stats.changes).toBeGreaterThan(0);
    await context.close();
  });

  it('lets the moderator open the session, and a delegate submit, vote and see the tally', async () => {
    const path = `/sessions/${sessionId(LED_2)}`;
    const moderator = await openAs(LED_2_MODERATOR, path);
    await moderator.page.getByRole('heading', { level: 1, name: LED_2 }).waitFor();
    await moderator.page.getByRole('button', { name: 'Open session' }).click();
    await moderator.page.getByRole('button', { name: 'Stop submissions' }).waitFor();

    const delegate = await openAs('karin.johansson', path, { width: 360 });
    await delegate.page.getByRole('heading', { level: 1, name: LED_2 }).waitFor();
    await delegate.page.getByRole('button', { name: 'New recommendation' }).click();
    const form = delegate.page.getByRole('form', { name: 'New recommendation' });
    await form.getByLabel('Title').fill(TITLE);
    await form
      .getByLabel('Text')
      .fill(
        'Local governments should take part in the negotiation and the follow-up of the Global Compact.',
      );
    await form.getByRole('group', { name: 'Themes' }).getByRole('checkbox').nth(22).check();
    await form.getByLabel('Level of government').selectOption('multi_level');
    await form.getByRole('button', { name: 'Submit' }).click();

    const card = article(delegate.page, TITLE);
    await card.waitFor();
    await card.getByText('Support 0 · Oppose 0 · Abstain 0').waitFor();
    const support = card.getByRole('button', { name: 'Support', exact: true });
    expect(await support.getAttribute('aria-pressed')).toBe('false');
    await support.click();
    await card.getByText('Support 1 · Oppose 0 · Abstain 0').waitFor();
    expect(await support.getAttribute('aria-pressed')).toBe('true');
    expect(
      await card.getByRole('button', { name: 'Oppose', exact: true }).getAttribute('aria-pressed'),
    ).toBe('false');
    expect(await overflowsHorizontally(delegate.page)).toBe(false);
    await screenshot(delegate.page, 'session-delegate-360');

    await delegate.context.close();
    await moderator.context.close();
  });

  it('tells the author when someone else changed the recommendation during the edit (409)', async () => {
    const path = `/sessions/${sessionId(LED_2)}`;
    const { context, page } = await openAs('karin.johansson', path);
    const card = article(page, TITLE);
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByLabel('Title').fill(`${TITLE} (edited in the browser)`);

    // Meanwhile the same author changes it from another device.
    const api = await Api.signIn(harness.url, demo('karin.johansson'));
    const [rec] = (
      await api.get<RecommendationView[]>(`/sessions/${sessionId(LED_2)}/recommendations`)
    ).filter((r) => r.title === TITLE);
    await api.request('PATCH', `/recommendations/${rec.id}`, {
      version: rec.version,
      body: 'Changed elsewhere.',
    });

    await card.getByRole('button', { name: 'Save changes' }).click();
    await card
      .getByRole('alert')
      .getByText(/Someone changed this recommendation/)
      .waitFor();
    expect(await card.getByLabel('Text').inputValue()).toBe('Changed elsewhere.');
    await card.getByRole('button', { name: 'Cancel' }).click();
    await context.close();
  });

  it("shows another delegate's vote live in a second browser, without reloading", async () => {
    const path = `/sessions/${sessionId(LED_2)}`;
    const watcher = await openAs('karin.johansson', path);
    const voter = await openAs('maria.santos', path);
    await watcher.page.getByText('Live', { exact: true }).waitFor({ timeout: LIVE_MS });
    await article(watcher.page, TITLE).getByText('Support 1 · Oppose 0 · Abstain 0').waitFor();

    await article(voter.page, TITLE).getByRole('button', { name: 'Oppose', exact: true }).click();
    await article(voter.page, TITLE).getByText('Support 1 · Oppose 1 · Abstain 0').waitFor();
    await article(watcher.page, TITLE)
      .getByText('Support 1 · Oppose 1 · Abstain 0')
      .waitFor({ timeout: LIVE_MS });
    await screenshot(watcher.page, 'session-live');

    await voter.context.close();
    await watcher.context.close();
  });

  it('shows "Reconnecting…" when the connection drops, and no stale tally once back', async () => {
    const path = `/sessions/${sessionId(LED_2)}`;
    const watcher = await openAs('karin.johansson', path);
    await watcher.page.getByText('Live', { exact: true }).waitFor({ timeout: LIVE_MS });
    const tally = article(watcher.page, TITLE).locator('.tally-text');
    const before = await tally.innerText();

    await watcher.context.setOffline(true);
    await watcher.page.getByText('Reconnecting…').waitFor({ timeout: 15000 });
    // While this browser is away, another delegate votes.
    const voter = await Api.signIn(harness.url, demo('hana.kim'));
    const [rec] = (
      await voter.get<RecommendationView[]>(`/sessions/${sessionId(LED_2)}/recommendations`)
    ).filter((r) => r.title.startsWith(TITLE));
    await voter.put(`/recommendations/${rec.id}/vote`, { value: 'abstain' });
    expect(await tally.innerText()).toBe(before);

    await watcher.context.setOffline(false);
    await watcher.page.getByText('Live', { exact: true }).waitFor({ timeout: 20000 });
    await article(watcher.page, TITLE)
      .getByText('Support 1 · Oppose 1 · Abstain 1')
      .waitFor({ timeout: LIVE_MS });
    await watcher.context.close();
  });

  it('lets the moderator hide a recommendation with a reason and merge a duplicate', async () => {
    const path = `/sessions/${sessionId(LED_2)}`;
    const author = await Api.signIn(harness.url, demo('daniel.okafor'));
    const draft = { body: 'Duplicate text.', themes: ['GCM-23'], governanceLevel: 'local' };
    await author.post(`/sessions/${sessionId(LED_2)}/recommendations`, {
      ...draft,
      title: 'Cities at the table (duplicate)',
    });
    await author.post(`/sessions/${sessionId(LED_2)}/recommendations`, {
      ...draft,
      title: 'Off-topic advertisement',
    });
    const { context, page } = await openAs(LED_2_MODERATOR, path);

    const spam = article(page, 'Off-topic advertisement');
    await spam.getByRole('button', { name: 'Hide' }).click();
    await spam.getByLabel('Reason for hiding').fill('Advertising, not a recommendation');
    await spam.getByRole('button', { name: 'Hide' }).last().click();
    await page.getByText(/Withdrawn, merged and hidden \(1\)/).waitFor();

    const duplicate = article(page, 'Cities at the table (duplicate)');
    await duplicate.getByRole('button', { name: 'Merge into…' }).click();
    await duplicate.getByLabel('Recommendation to merge into').selectOption({ label: TITLE });
    await duplicate.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText(/Withdrawn, merged and hidden \(2\)/).waitFor();
    await context.close();
  });

  it('lets delegates comment with a stance, reply, and co-sponsor', async () => {
    const path = `/sessions/${sessionId(LED_2)}`;
    const { context, page } = await openAs('maria.santos', path);
    const card = article(page, TITLE);
    await card.getByRole('button', { name: 'Co-sponsor' }).click();
    await card.getByText('You co-sponsor this recommendation.').waitFor();
    // Daniel Okafor joined the sponsors when his duplicate was merged in.
    await card.getByText(/Co-sponsors: Daniel Okafor and Maria Santos/).waitFor();

    await card.getByRole('button', { name: /^Comments \(0\)/ }).click();
    const add = card.getByRole('form', { name: 'Add a comment' });
    await add.getByLabel('Comment').fill('Cities already do the work; give them the mandate.');
    await add.getByLabel('Stance').selectOption('for');
    await add.getByRole('button', { name: 'Post comment' }).click();
    const comment = card.locator('article.comment').filter({ hasText: 'give them the mandate' });
    await comment.getByText('For', { exact: true }).waitFor();

    await comment.getByRole('button', { name: 'Reply to Maria Santos' }).click();
    const reply = card.getByRole('form', { name: 'Reply' });
    await reply.getByLabel('Comment').fill('And the funding that goes with it.');
    await reply.getByRole('button', { name: 'Reply' }).click();
    await card.locator('.comment-list .comment-list').getByText('And the funding').waitFor();
    await card.getByRole('button', { name: /^Comments \(2\)/ }).waitFor();
    await screenshot(page, 'session-comments');
    await context.close();
  });

  it("locks the delegate's controls when the moderator closes the session", async () => {
    const path = `/sessions/${sessionId(LED_2)}`;
    const delegate = await openAs('karin.johansson', path);
    const moderator = await openAs(LED_2_MODERATOR, path);
    const support = article(delegate.page, TITLE).getByRole('button', {
      name: 'Support',
      exact: true,
    });
    expect(await support.isEnabled()).toBe(true);

    await moderator.page.getByRole('button', { name: 'Close session' }).click();
    const dialog = moderator.page.getByRole('dialog', { name: 'Close the session?' });
    await dialog.waitFor();
    await screenshot(moderator.page, 'session-close-dialog');
    await dialog.getByRole('button', { name: 'Close session' }).click();
    await moderator.page.getByText('The session is closed: the votes are final.').waitFor();

    await delegate.page
      .getByText('The session is closed: the votes are final.')
      .waitFor({ timeout: LIVE_MS });
    expect(await support.isDisabled()).toBe(true);
    expect(await support.getAttribute('aria-pressed')).toBe('true');
    expect(await delegate.page.getByRole('form', { name: 'New recommendation' }).count()).toBe(0);

    // After close the moderator records dispositions, with the adoption rule's suggestion shown.
    const card = article(moderator.page, TITLE);
    await card.getByText(/Suggested by the adoption rule: /).waitFor();
    await card.getByLabel('Disposition').selectOption('adopted');
    await card.getByRole('button', { name: 'Save disposition' }).click();
    await card.locator('.badge.disposition-adopted').waitFor();
    await screenshot(moderator.page, 'session-moderator-closed');
    await delegate.context.close();
    await moderator.context.close();
  });

  it('lets the secretariat compile the outcome document, preview it, download a DOCX and finalize it', async () => {
    // Friday's led discussion was closed above, with the delegate's recommendation adopted.
    const { context, page } = await openAs('secretariat', `/conferences/${conferenceId}/outcome`);
    await page.getByRole('heading', { level: 1, name: 'Outcome document' }).waitFor();
    await page.getByLabel('Document language').selectOption('en');
    await page.getByRole('button', { name: 'Compile', exact: true }).click();
    await page.getByText('Version 3 compiled.').waitFor();
    const row = versionRow(page, 3);
    await row.getByText('Draft').waitFor();
    // The version's own SHA-256 and the content fingerprint its language versions share.
    const hashes = await row.locator('code.hash').allInnerTexts();
    expect(hashes).toHaveLength(2);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);

    await row.getByRole('button', { name: 'Preview of version 3' }).click();
    const frame = page.frameLocator('iframe[title="Preview of version 3"]');
    await frame.getByText(TITLE).first().waitFor();
    expect(await page.locator('iframe.preview-frame').getAttribute('sandbox')).toBe('');

    const xml = await downloadDocx(page, row, 3);
    expect(xml).toContain(TITLE);
    expect(xml).toContain(DEMO_ADOPTED);
    await screenshot(page, 'outcome-document');

    await row.getByRole('button', { name: 'Finalize' }).click();
    const dialog = page.getByRole('dialog', { name: /Finalize version 3\?/ });
    await dialog.getByRole('button', { name: 'Finalize' }).click();
    await row.getByText('Final', { exact: true }).waitFor();
    expect(await row.getByRole('button', { name: 'Finalize' }).count()).toBe(0);

    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    await context.close();
  });

  it('has no serious accessibility violations on the session page, and fits 360 px', async () => {
    const path = `/sessions/${sessionId(LED_2)}`;
    for (const account of ['karin.johansson', LED_2_MODERATOR, 'secretariat']) {
      for (const width of [1280, 360]) {
        const { context, page } = await openAs(account, path, { width });
        await article(page, TITLE).waitFor();
        await article(page, TITLE)
          .getByRole('button', { name: /^Comments/ })
          .click();
        await article(page, TITLE).getByRole('button', { name: 'Votes by constituency' }).click();
        await page.waitForLoadState('networkidle');
        expect(describeViolations(await seriousViolations(page))).toEqual([]);
        expect(await overflowsHorizontally(page)).toBe(false);
        await screenshot(page, `session-${account}-${width}`);
        await context.close();
      }
    }
  });

  it.each([
    ['closed', LED_1, DEMO_ADOPTED],
    [
      'open',
      HUMAN_RIGHTS,
      'Let migrants report crimes and labour abuse without fear of deportation',
    ],
  ])(
    "shows the demo's %s session with its recommendations, without serious accessibility violations",
    async (_status, title, recommendation) => {
      for (const width of [1280, 360]) {
        const { context, page } = await openAs('karin.johansson', `/sessions/${sessionId(title)}`, {
          width,
        });
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        const card = article(page, recommendation);
        await card.getByText(/^Support \d+ · Oppose \d+ · Abstain \d+$/).waitFor();
        await card.getByRole('button', { name: /^Comments \([1-9]/ }).click();
        await card.locator('article.comment').first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(describeViolations(await seriousViolations(page))).toEqual([]);
        expect(await overflowsHorizontally(page)).toBe(false);
        await screenshot(page, `demo-session-${_status}-${width}`);
        await context.close();
      }
    },
  );
});
