import type { Page, Route } from 'playwright-core';
import type { RecommendationView, SessionView } from '../../src/contract/views';
import {
  Api,
  demo,
  newPage,
  signIn,
  startHarness,
  useEnglish,
  type BrowserHarness,
} from './support';

/** Open in the demo, with recommendations and votes. */
const HUMAN_RIGHTS = 'Human rights of migrants';
const VOTE_ROUTE = '**/api/v1/recommendations/*/vote';

/**
 * The venue's Wi-Fi (issue 19): answers that never arrive, connections that drop. A vote is
 * never lost or undone by a bad connection.
 */
describe('web client on a bad connection', () => {
  let harness: BrowserHarness;
  let sessions: SessionView[];
  const sessionId = (title: string) => sessions.find((s) => s.title === title)!.id;

  beforeAll(async () => {
    harness = await startHarness();
    const secretariat = await Api.signIn(harness.url, demo('secretariat'));
    const conferenceId = (await secretariat.get<Array<{ id: string }>>('/conferences'))[0].id;
    sessions = await secretariat.get<SessionView[]>(`/conferences/${conferenceId}/sessions`);
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

  /** A submitted recommendation of the session this delegate has not voted on yet. */
  async function unvoted(api: Api, session: string, skip: string[] = []) {
    const list = await api.get<RecommendationView[]>(`/sessions/${session}/recommendations`);
    const found = list.find(
      (r) => r.status === 'submitted' && r.myVote === null && !skip.includes(r.id),
    );
    if (!found) throw new Error('no recommendation left to vote on');
    return found;
  }

  const article = (page: Page, title: string) => page.getByRole('article', { name: title });

  /** Lets the request reach the server (which stores the vote), then drops its answer. */
  function dropAnswers(page: Page) {
    const stored: string[] = [];
    const handler = async (route: Route) => {
      const response = await route.fetch();
      stored.push(`${route.request().method()} ${response.status()}`);
      await route.abort('connectionreset');
    };
    return {
      stored,
      start: () => page.route(VOTE_ROUTE, handler),
      stop: () => page.unroute(VOTE_ROUTE, handler),
    };
  }

  it('sets the vote: a retry after a lost answer leaves it as intended, never withdrawn', async () => {
    const account = 'hana.kim';
    const api = await Api.signIn(harness.url, demo(account));
    const session = sessionId(HUMAN_RIGHTS);
    const target = await unvoted(api, session);
    const { context, page } = await openAs(account, `/sessions/${session}`);
    const card = article(page, target.title);
    const support = card.getByRole('button', { name: 'Support', exact: true });
    await support.waitFor();
    expect(await support.getAttribute('aria-pressed')).toBe('false');

    const drop = dropAnswers(page);
    await drop.start();
    await support.click();
    await card.getByRole('alert').waitFor();
    expect(drop.stored).toEqual(['PUT 200']);
    // The server has the vote; the page never heard.
    expect((await api.get<RecommendationView>(`/recommendations/${target.id}`)).myVote).toBe(
      'support',
    );
    await drop.stop();

    // The delegate does as told and tries again, twice for good measure.
    await support.click();
    await card.getByRole('button', { name: 'Withdraw my vote' }).waitFor();
    expect(await support.getAttribute('aria-pressed')).toBe('true');
    await support.click();
    await page.getByText(`Support recorded on “${target.title}”.`).waitFor();
    const after = await api.get<RecommendationView>(`/recommendations/${target.id}`);
    expect(after.myVote).toBe('support');
    expect(after.tally.support).toBe(target.tally.support + 1);

    // Withdrawing is its own control.
    await card.getByRole('button', { name: 'Withdraw my vote' }).click();
    await page.getByText(`Your vote on “${target.title}” was withdrawn.`).waitFor();
    expect(await support.getAttribute('aria-pressed')).toBe('false');
    expect((await api.get<RecommendationView>(`/recommendations/${target.id}`)).myVote).toBe(null);
    await context.close();
  });

  it('keeps the sign-in across tabs of the device, and signing out in one signs out all', async () => {
    const { context, page } = await openAs('karin.johansson', '/');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const second = await context.newPage();
    await second.goto(`${harness.url}/sessions/${sessionId(HUMAN_RIGHTS)}`);
    await second.getByRole('heading', { level: 1, name: HUMAN_RIGHTS }).waitFor();
    expect(await second.getByLabel('Access code').count()).toBe(0);

    await second.getByRole('button', { name: 'Sign out' }).click();
    await second.getByLabel('Access code').waitFor();
    await page.getByLabel('Access code').waitFor();
    await page.reload();
    await page.getByLabel('Access code').waitFor();
    await context.close();
  });
});
