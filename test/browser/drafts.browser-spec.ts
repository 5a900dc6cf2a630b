import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import type { DraftView, ParagraphView } from '#contract';
import {
  Api,
  demo,
  describeViolations,
  goOffline,
  newPage,
  overflowsHorizontally,
  screenshot,
  seriousViolations,
  signIn,
  startHarness,
  useEnglish,
  type BrowserHarness,
} from './support';

/** Long enough for a socket to deliver, far shorter than the 15 s REST refresh of the fallback. */
const LIVE_MS = 5000;
const CHAIR = 'emilia.saiz';
/** Not the demo's own "Mechelen Declaration": a draft of this test's, so it starts clean of amendments. */
const TITLE = 'Declaration on cities and migration';
const PROPOSER = 'karin.johansson';
const VOTER = 'maria.santos';
/** Other delegates who vote over REST, so that the conference's rule (at least 5 votes) decides. */
const OTHER_VOTERS = ['lucas.peeters', 'priya.raman', 'kwame.mensah', 'sarah.klein'];

/**
 * The drafting room as a drafting committee uses it, from three browsers at once: a delegate
 * proposes an amendment, another sees it arrive and votes, the chair decides, and everyone's text
 * changes without a reload. The draft is made from the demo's compiled outcome document.
 */
describe('web client (drafting room)', () => {
  let harness: BrowserHarness;
  let conferenceId: string;
  let draft: DraftView;
  const paragraph = (n: number): ParagraphView => draft.paragraphs.find((p) => p.number === n)!;

  beforeAll(async () => {
    harness = await startHarness();
    const secretariat = await Api.signIn(harness.url, demo('secretariat'));
    conferenceId = (await secretariat.get<Array<{ id: string }>>('/conferences'))[0].id;
    const [report] = await secretariat.get<Array<{ id: string }>>(
      `/conferences/${conferenceId}/reports`,
    );
    const chair = await Api.signIn(harness.url, demo(CHAIR));
    const chairId = (await chair.get<{ id: string }>('/auth/me')).id;
    draft = await secretariat.post<DraftView>(`/conferences/${conferenceId}/drafts`, {
      title: TITLE,
      language: 'en',
      fromReportId: report.id,
      chairIds: [chairId],
    });
    expect(paragraph(3)).toBeDefined();
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

  const paragraphArticle = (page: Page, n: number) =>
    page.getByRole('article', { name: `Paragraph ${n}`, exact: true });
  const amendmentArticle = (page: Page, n: number, author: string) =>
    page.getByRole('article', { name: `Amendment to paragraph ${n} by ${author}`, exact: true });
  const textOf = (page: Page, n: number) =>
    paragraphArticle(page, n).locator('.paragraph-text').first();

  async function propose(page: Page, n: number, wording: string, reason: string) {
    const article = paragraphArticle(page, n);
    await article.getByRole('button', { name: 'Propose an amendment' }).click();
    const form = article.getByRole('form', { name: `Amendment to paragraph ${n}` });
    await form.getByLabel('Change').selectOption('replace');
    await form.getByLabel('New wording').fill(wording);
    await form.getByLabel('Reason').fill(reason);
    await form.getByRole('button', { name: 'Propose' }).click();
    await page.getByText('Your amendment was filed.').waitFor();
  }

  it('is reached from the programme, and shows the text numbered with its brackets marked', async () => {
    const { context, page } = await openAs(PROPOSER, `/conferences/${conferenceId}`, {
      width: 360,
    });
    await page.getByRole('heading', { name: 'Drafting room' }).waitFor();
    // The demo's draft declaration is listed too.
    await page.getByRole('link', { name: 'Mechelen Declaration', exact: true }).waitFor();
    await page.getByRole('link', { name: TITLE, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    await paragraphArticle(page, 1).getByText('Chapeau', { exact: true }).waitFor();
    await paragraphArticle(page, 2).getByText('Operative paragraph', { exact: true }).waitFor();
    // The chapeau's placeholder is bracketed: the text is not clean yet.
    expect(await paragraphArticle(page, 1).locator('mark.bracketed').count()).toBeGreaterThan(0);
    await page.getByText('Contested wording remains in brackets or alternatives.').waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    const violations = await seriousViolations(page);
    expect(describeViolations(violations)).toEqual([]);
    await screenshot(page, 'draft-delegate-360');
    await context.close();
  });

  it('lets a delegate amend, another see it live and vote, and the chair close the vote: the paragraph changes everywhere', async () => {
    const path = `/drafts/${draft.id}`;
    const wording = 'Cities and regions guarantee access to basic services for all residents.';
    const proposer = await openAs(PROPOSER, path);
    const voter = await openAs(VOTER, path, { width: 360 });
    const chair = await openAs(CHAIR, path);
    for (const { page } of [proposer, voter, chair]) {
      await page.getByText('Updates live', { exact: true }).waitFor({ timeout: LIVE_MS });
    }

    await propose(proposer.page, 2, wording, 'Whatever their status');

    // The other delegate and the chair see it arrive, with its word diff, without a reload.
    const seen = amendmentArticle(voter.page, 2, 'Karin Johansson');
    await seen.waitFor({ timeout: LIVE_MS });
    await seen.getByText('Proposed').waitFor();
    expect(await seen.locator('ins').count()).toBeGreaterThan(0);
    const atChair = amendmentArticle(chair.page, 2, 'Karin Johansson');
    await atChair.getByRole('button', { name: 'Put to the vote' }).click({ timeout: LIVE_MS });

    const support = seen.getByRole('button', { name: 'Support', exact: true });
    await support.click({ timeout: LIVE_MS });
    await seen.getByText('Support 1 · Oppose 0 · Abstain 0').waitFor();
    expect(await support.getAttribute('aria-pressed')).toBe('true');
    // The proposer's page follows the tally live.
    await amendmentArticle(proposer.page, 2, 'Karin Johansson')
      .getByText('Support 1 · Oppose 0 · Abstain 0')
      .waitFor({ timeout: LIVE_MS });

    const [amendment] = await (
      await Api.signIn(harness.url, demo(PROPOSER))
    ).get<Array<{ id: string }>>(`/drafts/${draft.id}/amendments`);
    for (const key of OTHER_VOTERS) {
      const api = await Api.signIn(harness.url, demo(key));
      await api.put(`/amendments/${amendment.id}/vote`, { value: 'support' });
    }
    await atChair.getByText('Support 5 · Oppose 0 · Abstain 0').waitFor({ timeout: LIVE_MS });
    await atChair.getByRole('button', { name: 'Close the vote' }).click();

    for (const { page } of [proposer, voter, chair]) {
      await textOf(page, 2).getByText(wording).waitFor({ timeout: LIVE_MS });
      await amendmentArticle(page, 2, 'Karin Johansson')
        .getByText('Adopted by vote')
        .waitFor({ timeout: LIVE_MS });
    }
    await screenshot(voter.page, 'draft-amendment-adopted-360');
    for (const { context } of [proposer, voter, chair]) await context.close();
  });

  it('lets the chair accept an amendment at once, and both delegates see the new wording', async () => {
    const path = `/drafts/${draft.id}`;
    const wording = 'Recognising the role of local governments in the reception of migrants,';
    const proposer = await openAs(PROPOSER, path);
    const other = await openAs(VOTER, path);
    const chair = await openAs(CHAIR, path);
    for (const { page } of [proposer, other, chair]) {
      await page.getByText('Updates live', { exact: true }).waitFor({ timeout: LIVE_MS });
    }
    const before = await textOf(other.page, 3).innerText();

    await propose(proposer.page, 3, wording, 'Name the reception of migrants');
    await amendmentArticle(other.page, 3, 'Karin Johansson').waitFor({ timeout: LIVE_MS });
    await amendmentArticle(chair.page, 3, 'Karin Johansson')
      .getByRole('button', { name: 'Accept', exact: true })
      .click({ timeout: LIVE_MS });

    for (const { page } of [proposer, other]) {
      await textOf(page, 3).getByText(wording).waitFor({ timeout: LIVE_MS });
      await amendmentArticle(page, 3, 'Karin Johansson')
        .getByText('Accepted', { exact: true })
        .waitFor({ timeout: LIVE_MS });
    }
    expect(await textOf(other.page, 3).innerText()).not.toBe(before);
    for (const { context } of [proposer, other, chair]) await context.close();
  });

  it('lets the chair freeze versions and everyone download the comparison with Word revision marks', async () => {
    const path = `/drafts/${draft.id}`;
    const wording = 'Welcoming the contribution of migrants to the cities where they live,';
    const chair = await openAs(CHAIR, path);
    const versions = chair.page.getByRole('region', { name: 'Versions' });
    await versions.getByRole('button', { name: 'Freeze a version' }).click();
    await chair.page.getByText('Zero draft frozen.').waitFor();

    const proposer = await openAs(PROPOSER, path);
    await proposer.page.getByText('Updates live', { exact: true }).waitFor({ timeout: LIVE_MS });
    await propose(proposer.page, 4, wording, 'Say what migrants bring');
    await amendmentArticle(chair.page, 4, 'Karin Johansson')
      .getByRole('button', { name: 'Accept', exact: true })
      .click({ timeout: LIVE_MS });
    await textOf(chair.page, 4).getByText(wording).waitFor({ timeout: LIVE_MS });
    await versions.getByRole('button', { name: 'Freeze a version' }).click();
    await chair.page.getByText('Rev.1 frozen.').waitFor();
    // The chair's view (procedure, paragraph tools, versions, silence) passes WCAG 2.1 AA checks.
    expect(describeViolations(await seriousViolations(chair.page))).toEqual([]);

    // The delegate's table follows the new version number live, and compares zero draft → Rev.1.
    const delegateVersions = proposer.page.getByRole('region', { name: 'Versions' });
    await delegateVersions
      .getByRole('button', { name: 'Download Rev.1 as PDF' })
      .waitFor({ timeout: LIVE_MS });
    await delegateVersions.getByLabel('From version').selectOption({ label: 'Zero draft' });
    await delegateVersions.getByLabel('To version').selectOption({ label: 'Rev.1' });
    const [download] = await Promise.all([
      proposer.page.waitForEvent('download'),
      delegateVersions.getByRole('button', { name: 'Compare as DOCX' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const xml = await zip.file('word/document.xml')!.async('string');
    // The accepted amendment's words as Word revisions (the zero draft's wording deleted).
    expect(xml).toMatch(/<w:ins [^>]*><w:r><w:t[^>]*>contribution<\/w:t>/);
    expect(xml).toMatch(/<w:del [^>]*><w:r><w:delText[^>]*>provision<\/w:delText>/);
    for (const { context } of [proposer, chair]) await context.close();
  });

  it('lets the chair start the silence procedure and a delegate break it, which everyone sees', async () => {
    // The chapeau's placeholder is the text's only bracket: the chair's wording makes it clean.
    const chairApi = await Api.signIn(harness.url, demo(CHAIR));
    const current = await chairApi.get<DraftView>(`/drafts/${draft.id}`);
    const chapeau = current.paragraphs.find((p) => p.kind === 'chapeau')!;
    await chairApi.request('PATCH', `/paragraphs/${chapeau.id}`, {
      version: chapeau.version,
      text: 'We, the participants, gathered in Mechelen on 16 and 17 November 2017,',
    });
    const path = `/drafts/${draft.id}`;
    const chair = await openAs(CHAIR, path);
    const delegate = await openAs(VOTER, path, { width: 360 });
    await delegate.page.getByText('Updates live', { exact: true }).waitFor({ timeout: LIVE_MS });
    const silence = chair.page.getByRole('region', { name: 'Silence procedure' });
    await silence.getByRole('button', { name: 'Start the silence procedure' }).click();
    await delegate.page.getByText(/^Under silence until/).waitFor({ timeout: LIVE_MS });
    // Under silence the text is frozen: nobody is offered an amendment.
    expect(await delegate.page.getByRole('button', { name: 'Propose an amendment' }).count()).toBe(
      0,
    );

    await delegate.page.getByRole('button', { name: 'Break silence' }).click();
    const form = delegate.page.getByRole('form', { name: 'Break silence' });
    await form.getByLabel('Paragraph numbers (comma-separated)').fill('2');
    await form.getByLabel('Reason').fill('Basic services must include shelter');
    await form.getByRole('button', { name: 'Break silence' }).click();
    for (const { page } of [chair, delegate]) {
      await page
        .getByText(
          /Silence was broken by Maria Santos .* on paragraph 2: Basic services must include shelter/,
        )
        .waitFor({ timeout: LIVE_MS });
    }
    await chair.page.getByText('Drafting', { exact: true }).waitFor();
    for (const { context } of [chair, delegate]) await context.close();
  });

  it('lets the secretariat make a blank draft with a chair from the programme', async () => {
    const { context, page } = await openAs('secretariat', `/conferences/${conferenceId}`);
    await page.getByRole('button', { name: 'New draft' }).click();
    const form = page.getByRole('form', { name: 'New draft' });
    await form.getByLabel('Title').fill('Annex on city partnerships');
    await form.getByLabel('Made from the outcome document').selectOption({ label: 'Blank draft' });
    await form.getByRole('checkbox', { name: /Emilia Saiz/ }).check();
    await form.getByRole('button', { name: 'Create the draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Annex on city partnerships' }).waitFor();
    await page.getByText('Chaired by Emilia Saiz').waitFor();
    await context.close();
  });

  it('shows the room screen the paragraph under discussion, the amendment’s changes and its tally live', async () => {
    const proposerApi = await Api.signIn(harness.url, demo(PROPOSER));
    const current = await proposerApi.get<DraftView>(`/drafts/${draft.id}`);
    const target = current.paragraphs.find((p) => p.number === 6)!;
    const amendment = await proposerApi.post<{ id: string }>(`/drafts/${draft.id}/amendments`, {
      paragraphId: target.id,
      kind: 'replace',
      text: 'Cities should set up standing advisory councils with migrant organisations.',
      reason: 'Shorter',
      baseVersion: target.version,
    });
    const chairApi = await Api.signIn(harness.url, demo(CHAIR));
    await chairApi.put(`/amendments/${amendment.id}/procedure`, { procedure: 'vote' });

    const { context, page } = await newPage(harness);
    await page.goto(`${harness.url}/screen/drafts/${draft.id}`);
    await signIn(page, demo('room.screen'));
    await page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Under discussion: Paragraph 6' }).waitFor();
    const shown = page.getByRole('article', {
      name: 'Amendment to paragraph 6 by Karin Johansson',
    });
    await shown.getByText('Being voted on').waitFor();
    expect(await shown.locator('del').count()).toBeGreaterThan(0);
    await shown.getByText('Support 0 · Oppose 0 · Abstain 0').waitFor();
    // Nothing on the projector can change anything.
    expect(await page.getByRole('button', { name: 'Support' }).count()).toBe(0);

    const voter = await Api.signIn(harness.url, demo(VOTER));
    await voter.put(`/amendments/${amendment.id}/vote`, { value: 'oppose' });
    await shown.getByText('Support 0 · Oppose 1 · Abstain 0').waitFor({ timeout: LIVE_MS });
    await screenshot(page, 'draft-room-screen');
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    await context.close();
  });

  it('lets the chair bracket contested wording and add an alternative, seen live, and refuses a stale edit (409)', async () => {
    const path = `/drafts/${draft.id}`;
    const chair = await openAs(CHAIR, path);
    const delegate = await openAs(PROPOSER, path);
    await delegate.page.getByText('Updates live', { exact: true }).waitFor({ timeout: LIVE_MS });
    const current = (await (await Api.signIn(harness.url, demo(CHAIR))).get<DraftView>(path))
      .paragraphs;
    const target = current.find((p) => p.number === 5)!;

    const article = paragraphArticle(chair.page, 5);
    await article.getByRole('button', { name: 'Edit the paragraph' }).click();
    const form = chair.page.getByRole('form', { name: 'Edit paragraph 5' });
    await form
      .getByLabel('Wording', { exact: true })
      .fill('Local and regional governments [bear a growing share] of the costs.');
    await form
      .getByLabel('Alternative wordings (one per line)')
      .fill('Local and regional governments share the costs.');
    await form.getByRole('button', { name: 'Save the paragraph' }).click();
    await chair.page.getByText('Paragraph saved.').waitFor();

    const seen = paragraphArticle(delegate.page, 5);
    await seen
      .locator('mark.bracketed', { hasText: '[bear a growing share]' })
      .waitFor({ timeout: LIVE_MS });
    await seen.getByText('Local and regional governments share the costs.').waitFor();
    await seen.getByText('Alt. 1').waitFor();

    // The chair starts another edit; meanwhile the paragraph changes from another device.
    await article.getByRole('button', { name: 'Edit the paragraph' }).click();
    await form.getByLabel('Wording', { exact: true }).fill('An edit made on an old version.');
    const fresh = (
      await (await Api.signIn(harness.url, demo(CHAIR))).get<DraftView>(path)
    ).paragraphs.find((p) => p.id === target.id)!;
    await (
      await Api.signIn(harness.url, demo(CHAIR))
    ).request('PATCH', `/paragraphs/${target.id}`, {
      version: fresh.version,
      text: 'Local and regional governments bear a growing share of the costs.',
    });
    await form.getByRole('button', { name: 'Save the paragraph' }).click();
    await form.getByRole('button', { name: 'Show the current wording' }).click();
    await form.getByText(/Someone changed this paragraph meanwhile/).waitFor();
    expect(await form.getByLabel('Wording', { exact: true }).inputValue()).toBe(
      'Local and regional governments bear a growing share of the costs.',
    );
    await textOf(delegate.page, 5)
      .getByText('Local and regional governments bear a growing share of the costs.')
      .waitFor({ timeout: LIVE_MS });
    for (const { context } of [chair, delegate]) await context.close();
  });

  it('lets the secretariat enter a translation, which a reader in that language sees beside the original', async () => {
    const path = `/drafts/${draft.id}`;
    const secretariat = await openAs('secretariat', path);
    const reader = await openAs(VOTER, path);
    await reader.page.locator('.language-select select').selectOption('fr');
    await reader.page
      .getByText('Mises à jour en direct', { exact: true })
      .waitFor({ timeout: LIVE_MS });

    await paragraphArticle(secretariat.page, 2)
      .getByRole('button', { name: 'Translation' })
      .click();
    const form = secretariat.page.getByRole('form', { name: 'Translation' });
    await form.getByLabel('Language of the translation').selectOption('fr');
    await form
      .getByLabel('Wording', { exact: true })
      .fill(
        'Les villes et les régions garantissent l’accès aux services de base à tous les habitants.',
      );
    await form.getByRole('button', { name: 'Save the translation' }).click();
    await secretariat.page.getByText('Translation saved.').waitFor();

    const seen = reader.page.getByRole('article', { name: 'Paragraphe 2', exact: true });
    await seen.getByText(/^Traduction \(Français\)/).waitFor({ timeout: LIVE_MS });
    await seen
      .getByText(
        'Les villes et les régions garantissent l’accès aux services de base à tous les habitants.',
      )
      .waitFor();
    for (const { context } of [secretariat, reader]) await context.close();
  });

  it('keeps a vote on an amendment cast while the Wi-Fi is down, and sends it once it is back', async () => {
    const proposerApi = await Api.signIn(harness.url, demo(PROPOSER));
    const current = await proposerApi.get<DraftView>(`/drafts/${draft.id}`);
    const target = current.paragraphs.find((p) => p.number === 7)!;
    const amendment = await proposerApi.post<{ id: string }>(`/drafts/${draft.id}/amendments`, {
      paragraphId: target.id,
      kind: 'delete',
      reason: 'Said elsewhere',
      baseVersion: target.version,
    });
    await (
      await Api.signIn(harness.url, demo(CHAIR))
    ).put(`/amendments/${amendment.id}/procedure`, { procedure: 'vote' });

    const { context, page } = await openAs(VOTER, `/drafts/${draft.id}`, { width: 360 });
    const card = amendmentArticle(page, 7, 'Karin Johansson');
    const support = card.getByRole('button', { name: 'Support', exact: true });
    await goOffline(context, page, support);
    await support.click();
    await card
      .getByText('Not sent yet: your vote will be sent when the connection returns.')
      .waitFor();
    expect(await support.getAttribute('aria-pressed')).toBe('true');

    await context.setOffline(false);
    await card.getByText('Support 1 · Oppose 0 · Abstain 0').waitFor({ timeout: 30000 });
    await card.locator('.pending-note').waitFor({ state: 'detached', timeout: 30000 });
    expect(await support.getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });
});
