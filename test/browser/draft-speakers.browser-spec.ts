import type { DraftView } from '#contract';
import {
  Api,
  demo,
  describeViolations,
  newPage,
  screenshot,
  seriousViolations,
  signIn,
  startHarness,
  useEnglish,
  type BrowserHarness,
} from './support';

const CHAIR = 'emilia.saiz';
const SPEAKER = 'amina.diallo';
const PROPOSER = 'karin.johansson';
const TITLE = 'Declaration on the floor';

/**
 * The drafting room's floor, from three browsers at once: a delegate asks to speak on a paragraph,
 * the chair calls them with the keyboard, and the room screen shows them with a countdown beside
 * that paragraph and the amendment to it, its changes marked.
 */
describe("web client (a draft's speakers' list)", () => {
  let harness: BrowserHarness;
  let draft: DraftView;

  beforeAll(async () => {
    harness = await startHarness();
    const secretariat = await Api.signIn(harness.url, demo('secretariat'));
    const conferenceId = (await secretariat.get<Array<{ id: string }>>('/conferences'))[0].id;
    const [report] = await secretariat.get<Array<{ id: string }>>(
      `/conferences/${conferenceId}/reports`,
    );
    const chairId = (
      await (await Api.signIn(harness.url, demo(CHAIR))).get<{ id: string }>('/auth/me')
    ).id;
    draft = await secretariat.post<DraftView>(`/conferences/${conferenceId}/drafts`, {
      title: TITLE,
      language: 'en',
      fromReportId: report.id,
      chairIds: [chairId],
    });
    const target = draft.paragraphs.find((p) => p.number === 3)!;
    await (
      await Api.signIn(harness.url, demo(PROPOSER))
    ).post(`/drafts/${draft.id}/amendments`, {
      paragraphId: target.id,
      kind: 'replace',
      text: 'Cities commit to open their services to every resident, whatever their status.',
      reason: 'Plainer',
      baseVersion: target.version,
    });
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function openAs(account: string, path: string) {
    const { context, page } = await newPage(harness);
    await page.goto(harness.url + path);
    await signIn(page, demo(account));
    await useEnglish(page);
    return { context, page };
  }

  it('a delegate asks for the floor on paragraph 3, the chair calls them, the room screen counts down beside it', async () => {
    const screen = await newPage(harness, { width: 1920 });
    await screen.page.goto(`${harness.url}/screen/drafts/${draft.id}`);
    await signIn(screen.page, demo('room.screen'));
    await screen.page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();

    const delegate = await openAs(SPEAKER, `/drafts/${draft.id}`);
    const floor = delegate.page.getByRole('region', { name: 'Speakers’ list' });
    await floor.getByLabel('On', { exact: true }).selectOption({ label: 'Paragraph 3' });
    await floor.getByRole('button', { name: 'Request the floor' }).click();
    await floor.getByText('You are number 1 in the queue').waitFor();
    await screenshot(delegate.page, 'draft-speakers-delegate');

    const chair = await openAs(CHAIR, `/drafts/${draft.id}`);
    const panel = chair.page.getByRole('region', { name: 'Speakers’ list' });
    await panel
      .getByRole('listitem')
      .filter({ hasText: 'Amina Diallo' })
      .filter({ hasText: 'Paragraph 3' })
      .waitFor();
    // Keyboard only: focus the control and press Enter.
    await panel.getByRole('button', { name: 'Next speaker' }).focus();
    await chair.page.keyboard.press('Enter');
    await panel.getByText('Nobody is waiting for the floor.').waitFor();

    // The delegate is told, visibly and through a live region.
    await floor.getByText('You have the floor', { exact: true }).first().waitFor();
    expect(await floor.locator('[aria-live="assertive"]').textContent()).toBe('You have the floor');

    // The room screen: the speaker with their time left, counting down by itself …
    const speaker = screen.page.getByRole('region', { name: 'Now speaking' });
    await speaker.getByText('Amina Diallo').waitFor();
    expect(await speaker.locator('.screen-speaker-affiliation').textContent()).toContain(
      'Local government',
    );
    const timer = speaker.getByRole('timer');
    const first = (await timer.textContent())!;
    expect(first).toMatch(/^[23]:[0-5]\d$/);
    await timer.filter({ hasNotText: first }).waitFor();
    // … and the paragraph they asked to speak on, with the amendment to it, its changes marked.
    await screen.page.getByRole('heading', { name: 'Under discussion: Paragraph 3' }).waitFor();
    const shown = screen.page.getByRole('article', {
      name: 'Amendment to paragraph 3 by Karin Johansson',
    });
    await shown.waitFor();
    expect(await shown.locator('ins').count()).toBeGreaterThan(0);
    expect(await shown.locator('del').count()).toBeGreaterThan(0);
    // Readable from the back of the room, and the speaker beside the text on one 1920×1080 screen.
    const fontSize = await screen.page.evaluate<number>(
      `parseFloat(getComputedStyle(document.querySelector('.countdown-large .countdown-time')).fontSize)`,
    );
    expect(fontSize).toBeGreaterThanOrEqual(150);
    for (const shownAtOnce of [timer, shown.getByRole('heading')]) {
      const box = (await shownAtOnce.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(1080);
    }
    await screenshot(screen.page, 'draft-speakers-room-screen-1920');
    expect(describeViolations(await seriousViolations(screen.page))).toEqual([]);
    expect(describeViolations(await seriousViolations(chair.page))).toEqual([]);
    expect(describeViolations(await seriousViolations(delegate.page))).toEqual([]);

    // Ending the turn clears the floor on the screen.
    await panel.getByRole('button', { name: 'End turn' }).click();
    await speaker.waitFor({ state: 'detached' });
    await floor.getByRole('button', { name: 'Request the floor' }).waitFor();

    await Promise.all([screen.context, delegate.context, chair.context].map((c) => c.close()));
  });
});
