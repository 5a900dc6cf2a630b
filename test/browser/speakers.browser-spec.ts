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
  useEnglish,
  type BrowserHarness,
} from './support';

/** Open in the demo; the secretariat runs it (it has no moderator in the programme). */
const HUMAN_RIGHTS = 'Human rights of migrants';

/**
 * The floor, from three browsers at once: a delegate requests it, the chair calls them with the
 * keyboard, the delegate is told they have the floor, and the room screen shows them with a
 * countdown that runs by itself.
 */
describe("web client (speakers' list)", () => {
  let harness: BrowserHarness;
  let sessionId: string;

  beforeAll(async () => {
    harness = await startHarness();
    const secretariat = await Api.signIn(harness.url, demo('secretariat'));
    const conferenceId = (await secretariat.get<Array<{ id: string }>>('/conferences'))[0].id;
    const sessions = await secretariat.get<SessionView[]>(`/conferences/${conferenceId}/sessions`);
    sessionId = sessions.find((s) => s.title === HUMAN_RIGHTS)!.id;
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function openAs(account: string, path: string, options: { width?: number } = {}) {
    const { context, page } = await newPage(harness, options);
    await page.goto(harness.url + path);
    await signIn(page, demo(account));
    await useEnglish(page);
    return { context, page };
  }

  it('a delegate requests the floor, the chair calls them, the room screen counts down', async () => {
    const screen = await newPage(harness, { width: 1920 });
    await screen.page.goto(`${harness.url}/screen/${sessionId}`);
    await signIn(screen.page, demo('room.screen'));
    await screen.page.getByRole('heading', { level: 1, name: HUMAN_RIGHTS }).waitFor();

    const delegate = await openAs('amina.diallo', `/sessions/${sessionId}`);
    const floor = delegate.page.getByRole('region', { name: 'Speakers’ list' });
    await floor.getByRole('button', { name: 'Request the floor' }).click();
    await floor.getByText('You are number 1 in the queue').waitFor();

    const chair = await openAs('secretariat', `/sessions/${sessionId}`);
    const panel = chair.page.getByRole('region', { name: 'Speakers’ list' });
    await panel.getByRole('listitem').filter({ hasText: 'Amina Diallo' }).waitFor();
    // Keyboard only: focus the control and press Enter.
    await panel.getByRole('button', { name: 'Next speaker' }).focus();
    await chair.page.keyboard.press('Enter');
    await panel.getByText('Amina Diallo').first().waitFor();

    // The delegate is told, visibly and through a live region.
    await floor.getByText('You have the floor', { exact: true }).first().waitFor();
    const announced = await floor.locator('[aria-live="assertive"]').textContent();
    expect(announced).toBe('You have the floor');

    // The room screen: name, organisation and constituency, and the time left, counting down.
    const speaker = screen.page.getByRole('region', { name: 'Now speaking' });
    await speaker.getByText('Amina Diallo').waitFor();
    expect(await speaker.locator('.screen-speaker-affiliation').textContent()).toContain(
      'Local government',
    );
    const timer = speaker.getByRole('timer');
    const first = (await timer.textContent())!;
    expect(first).toMatch(/^[23]:[0-5]\d$/);
    // It ticks on the screen by itself (no event arrives in between).
    await timer.filter({ hasNotText: first }).waitFor();
    const fontSize = await screen.page.evaluate<number>(
      `parseFloat(getComputedStyle(document.querySelector('.countdown-large .countdown-time')).fontSize)`,
    );
    expect(fontSize).toBeGreaterThanOrEqual(150);
    await screenshot(screen.page, 'speakers-room-screen-1920');
    expect(describeViolations(await seriousViolations(screen.page))).toEqual([]);
    expect(describeViolations(await seriousViolations(chair.page))).toEqual([]);

    // Ending the turn clears the floor everywhere (an idle list takes no room on the screen).
    await panel.getByRole('button', { name: 'End turn' }).click();
    await speaker.waitFor({ state: 'detached' });
    await panel.getByText('Nobody has the floor').waitFor();
    await floor.getByRole('button', { name: 'Request the floor' }).waitFor();

    await Promise.all([screen.context, delegate.context, chair.context].map((c) => c.close()));
  });
});
