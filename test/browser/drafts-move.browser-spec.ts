import type { Page } from 'playwright-core';
import type { DraftView } from '#contract';
import {
  Api,
  demo,
  describeViolations,
  newPage,
  seriousViolations,
  signIn,
  startHarness,
  useEnglish,
  type BrowserHarness,
} from './support';

const LIVE_MS = 5000;
const CHAIR = 'emilia.saiz';
const DELEGATE = 'karin.johansson';
const TEXTS = [
  'Recognising that migration is a local reality,',
  'Cities commit to ensure access to health care for all migrants.',
  'Cities will share data on services with their residents.',
];

/**
 * A chair reorders paragraphs from the keyboard: Move up / Move down on a paragraph, named with
 * its number; the numbers follow at once in the chair's browser and a delegate's, without a
 * reload; focus stays on the moved paragraph's button so the chair can press again.
 */
describe('web client (drafting room: moving paragraphs)', () => {
  let harness: BrowserHarness;
  let draft: DraftView;

  beforeAll(async () => {
    harness = await startHarness();
    const secretariat = await Api.signIn(harness.url, demo('secretariat'));
    const conferenceId = (await secretariat.get<Array<{ id: string }>>('/conferences'))[0].id;
    const chair = await Api.signIn(harness.url, demo(CHAIR));
    const chairId = (await chair.get<{ id: string }>('/auth/me')).id;
    draft = await secretariat.post<DraftView>(`/conferences/${conferenceId}/drafts`, {
      title: 'Declaration to reorder',
      language: 'en',
      chairIds: [chairId],
    });
    let afterId: string | undefined;
    for (const text of TEXTS) {
      const p = await chair.post<{ id: string }>(`/drafts/${draft.id}/paragraphs`, {
        kind: 'operative',
        text,
        ...(afterId ? { afterId } : {}),
      });
      afterId = p.id;
    }
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function openAs(account: string) {
    const { context, page } = await newPage(harness);
    await page.goto(`${harness.url}/drafts/${draft.id}`);
    await signIn(page, demo(account));
    await useEnglish(page);
    await page.getByText('Updates live', { exact: true }).waitFor({ timeout: LIVE_MS });
    return { context, page };
  }
  /** Waits until paragraphs 1…3 read `texts` in that order (numbers as the page shows them). */
  const inOrder = async (page: Page, texts: string[]) => {
    for (const [i, text] of texts.entries())
      await page
        .getByRole('article', { name: `Paragraph ${i + 1}`, exact: true })
        .locator('.paragraph-text')
        .getByText(text, { exact: true })
        .waitFor({ timeout: LIVE_MS });
  };
  /** Waits until the button of that name has the keyboard focus. */
  const focusOn = (page: Page, name: string) =>
    page
      .getByRole('button', { name, exact: true })
      .and(page.locator(':focus'))
      .waitFor({ timeout: LIVE_MS });

  it('moves a paragraph down and up from the keyboard, renumbered live for everyone', async () => {
    const delegate = await openAs(DELEGATE);
    const chair = await openAs(CHAIR);
    const [a, b, c] = TEXTS;
    // A delegate has no such buttons.
    expect(
      await delegate.page.getByRole('button', { name: /^Move (up|down) paragraph/ }).count(),
    ).toBe(0);
    const up1 = chair.page.getByRole('button', { name: 'Move up paragraph 1', exact: true });
    const down3 = chair.page.getByRole('button', { name: 'Move down paragraph 3', exact: true });
    expect(await up1.isDisabled()).toBe(true);
    expect(await down3.isDisabled()).toBe(true);

    await chair.page.getByRole('button', { name: 'Move down paragraph 1', exact: true }).focus();
    await chair.page.keyboard.press('Enter');
    for (const { page } of [chair, delegate]) await inOrder(page, [b, a, c]);
    // Focus followed the paragraph, now number 2: Enter again moves it on.
    await focusOn(chair.page, 'Move down paragraph 2');
    await chair.page.keyboard.press('Enter');
    for (const { page } of [chair, delegate]) await inOrder(page, [b, c, a]);
    // At the bottom its Move down is disabled, so focus went to its Move up.
    await focusOn(chair.page, 'Move up paragraph 3');
    await chair.page.keyboard.press('Space');
    for (const { page } of [chair, delegate]) await inOrder(page, [b, a, c]);
    await focusOn(chair.page, 'Move up paragraph 2');
    await chair.page.getByText('Paragraph moved.').first().waitFor();

    // The server agrees, and nothing on the chair's page is inaccessible.
    const api = await Api.signIn(harness.url, demo(CHAIR));
    const stored = await api.get<DraftView>(`/drafts/${draft.id}`);
    expect(stored.paragraphs.map((p) => [p.number, p.text])).toEqual([
      [1, b],
      [2, a],
      [3, c],
    ]);
    const violations = await seriousViolations(chair.page);
    expect(describeViolations(violations)).toEqual([]);
    for (const { context } of [chair, delegate]) await context.close();
  });
});
