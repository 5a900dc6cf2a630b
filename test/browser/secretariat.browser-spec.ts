import { readFileSync } from 'node:fs';
import type {
  CreatedParticipantView,
  ParticipantView,
  ReportVersionView,
  SessionView,
} from '#contract';
import { parse } from 'csv-parse/sync';
import type { Download, Page } from 'playwright-core';
import {
  Api,
  demo,
  newPage,
  screenshot,
  signIn,
  startHarness,
  type BrowserHarness,
} from './support';

/** The secretariat's screens for correcting what was set up: codes, participants, sessions, compile. */
describe('web client (secretariat)', () => {
  let harness: BrowserHarness;
  let secretariat: Api;
  let conferenceId: string;

  beforeAll(async () => {
    harness = await startHarness();
    secretariat = await Api.signIn(harness.url, demo('secretariat'));
    conferenceId = (await secretariat.get<Array<{ id: string }>>('/conferences'))[0].id;
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function participantsPage(): Promise<Page> {
    const { page } = await newPage(harness);
    await page.goto(`${harness.url}/conferences/${conferenceId}/participants`);
    await signIn(page, demo('secretariat'));
    await page.getByRole('heading', { level: 1, name: 'Participants' }).waitFor();
    return page;
  }

  async function findRow(page: Page, name: string) {
    await page.getByLabel('Search participants').fill(name);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await row.waitFor();
    return row;
  }

  /** The downloaded file parsed as CSV (the byte-order mark is for spreadsheets). */
  function csvOf(download: Download, path: string): Array<Record<string, string>> {
    expect(download.suggestedFilename()).toMatch(/^access-codes-[\d-]+\.csv$/);
    return parse(readFileSync(path), { bom: true, columns: true });
  }

  async function download(page: Page, button: string): Promise<Array<Record<string, string>>> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    return csvOf(file, await file.path());
  }

  const canSignIn = async (email: string, code: string) =>
    (
      await fetch(`${harness.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: code }),
      })
    ).status === 200;

  it('reissues a lost access code after a confirmation, once, and as a file', async () => {
    const lost = await secretariat.post<CreatedParticipantView>('/participants', {
      name: 'Awa Ndiaye',
      email: 'awa.ndiaye@example.org',
      organisation: 'City of Dakar',
      constituency: 'local_government',
      country: 'SN',
      role: 'delegate',
      language: 'fr',
    });
    const page = await participantsPage();
    const row = await findRow(page, 'Awa Ndiaye');
    await row.getByRole('button', { name: 'New access code for Awa Ndiaye' }).click();
    const dialog = page.getByRole('dialog', { name: 'Issue a new access code for Awa Ndiaye?' });
    await dialog.getByText('The current code stops working at once.', { exact: false }).waitFor();
    // Cancelling changes nothing.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await canSignIn(lost.email!, lost.accessCode)).toBe(true);

    await row.getByRole('button', { name: 'New access code for Awa Ndiaye' }).click();
    await dialog.getByRole('button', { name: 'New access code' }).click();
    const notice = page.getByText(/^Access code of awa\.ndiaye@example\.org, shown only now: /);
    await notice.waitFor();
    const code = (await notice.innerText()).split(': ').pop()!.trim();
    expect(code).not.toBe(lost.accessCode);
    expect(await canSignIn(lost.email!, lost.accessCode)).toBe(false);
    expect(await canSignIn(lost.email!, code)).toBe(true);

    const rows = await download(page, 'Download the access code (CSV)');
    expect(rows).toEqual([
      { name: 'Awa Ndiaye', email: 'awa.ndiaye@example.org', accessCode: code },
    ]);
    await screenshot(page, 'participants-reissue');
    await page.context().close();
  });

  it('downloads the access codes of a CSV import and of a new account as a file', async () => {
    const page = await participantsPage();
    const csv = [
      'name,email,organisation,constituency,country,city,role,language',
      'Nadia Haddad,nadia.haddad.2@example.org,City of Beirut,local_government,LB,Beirut,delegate,fr',
      'Bad Line,bad.line@example.org,Somewhere,martians,BE,,delegate,en',
      '"=Pedro, Alves",pedro.alves.2@example.org,City of Lisbon,local_government,PT,Lisbon,delegate,es',
    ].join('\n');
    await page.getByLabel('CSV file').setInputFiles({
      name: 'delegates.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('2 created, 1 skipped.').waitFor();
    const shown = page.getByRole('table', { name: 'Access codes (shown only now)' });
    const codes = await shown.locator('tbody code').allInnerTexts();
    const rows = await download(page, 'Download the 2 access codes (CSV)');
    expect(rows).toEqual([
      { email: 'nadia.haddad.2@example.org', accessCode: codes[0] },
      { email: 'pedro.alves.2@example.org', accessCode: codes[1] },
    ]);
    expect(await canSignIn('pedro.alves.2@example.org', codes[1])).toBe(true);

    const form = page.getByRole('form', { name: 'Add participant' });
    await form.getByLabel('Name').fill('Li Wei');
    await form.getByLabel('Email').fill('li.wei@example.org');
    await form.getByLabel('Organisation').fill('=HYPERLINK("x")');
    await form.getByLabel('Country (ISO code)').fill('CN');
    await form.getByRole('button', { name: 'Add participant' }).click();
    const notice = form.getByText(/^Access code of li\.wei@example\.org, shown only now: /);
    await notice.waitFor();
    const code = (await notice.innerText()).split(': ').pop()!.trim();
    expect(await download(page, 'Download the access code (CSV)')).toEqual([
      { name: 'Li Wei', email: 'li.wei@example.org', accessCode: code },
    ]);
    await page.context().close();
  });

  it('edits a participant’s details and role, and never offers to deactivate one’s own account', async () => {
    const page = await participantsPage();
    let row = await findRow(page, 'Karin Johansson');
    await row.getByRole('button', { name: 'Edit Karin Johansson' }).click();
    const form = page.getByRole('form', { name: 'Edit Karin Johansson' });
    await form.getByLabel('Organisation').fill('City of Gothenburg');
    await form.getByLabel('City').fill('Gothenburg');
    await form.getByLabel('Role').selectOption('moderator');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Karin Johansson saved.').waitFor();
    row = await findRow(page, 'Karin Johansson');
    await row.getByRole('cell', { name: 'City of Gothenburg' }).waitFor();
    await row.getByRole('cell', { name: 'Moderator' }).waitFor();
    const karin = (
      await secretariat.get<{ items: ParticipantView[] }>(
        `/participants?conferenceId=${conferenceId}&q=Karin`,
      )
    ).items[0];
    expect(karin).toMatchObject({
      organisation: 'City of Gothenburg',
      city: 'Gothenburg',
      role: 'moderator',
    });

    // One's own row: no deactivate button, and the role cannot be changed.
    const me = await findRow(page, 'Conference Secretariat');
    await me.getByText('Your own account').waitFor();
    expect(await me.getByRole('button', { name: /^Deactivate/ }).count()).toBe(0);
    await me.getByRole('button', { name: /^Edit / }).click();
    const own = page.getByRole('form', { name: /^Edit / });
    expect(await own.getByLabel('Role').isDisabled()).toBe(true);
    await own.getByText('You cannot change your own role', { exact: false }).waitFor();
    // Others can be deactivated.
    row = await findRow(page, 'Awa Ndiaye');
    await row.getByRole('button', { name: 'Deactivate: Awa Ndiaye' }).click();
    await row.getByRole('button', { name: 'Reactivate: Awa Ndiaye' }).waitFor();
    await page.context().close();
  });

  it('edits a session’s title, times, room, description and translated titles', async () => {
    const sessions = await secretariat.get<SessionView[]>(`/conferences/${conferenceId}/sessions`);
    const target = sessions.find((s) => s.status === 'scheduled')!;
    const { page } = await newPage(harness);
    await page.goto(`${harness.url}/conferences/${conferenceId}/sessions`);
    await signIn(page, demo('secretariat'));
    await page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
    await page.getByRole('button', { name: `Edit ${target.title}` }).click();
    const form = page.getByRole('form', { name: `Edit ${target.title}` });
    await form.getByLabel('Title', { exact: true }).fill('Cities and the New Urban Agenda');
    await form.getByLabel('Starts').fill('2017-11-17T14:00');
    await form.getByLabel('Ends').fill('2017-11-17T15:45');
    await form.getByLabel('Room').fill('Salle Lamot');
    await form.getByLabel('Description').fill('What the commitments of Quito ask of cities.');
    await form.getByLabel('Title (Français)').fill('Les villes et le Nouvel Agenda urbain');
    await form.getByLabel('Title (Español)').fill('Las ciudades y la Nueva Agenda Urbana');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Cities and the New Urban Agenda saved.').waitFor();
    // Times are the venue's (Brussels), whatever the browser's time zone (New York).
    await page.getByText(/14:00–15:45 · Room: Salle Lamot/).waitFor();

    const saved = await secretariat.get<SessionView>(`/sessions/${target.id}`);
    expect(saved).toMatchObject({
      title: 'Cities and the New Urban Agenda',
      startsAt: '2017-11-17T13:00:00.000Z',
      endsAt: '2017-11-17T14:45:00.000Z',
      room: 'Salle Lamot',
      description: 'What the commitments of Quito ask of cities.',
    });
    expect(saved.translations.title).toMatchObject({
      fr: 'Les villes et le Nouvel Agenda urbain',
      es: 'Las ciudades y la Nueva Agenda Urbana',
    });
    await screenshot(page, 'session-edit');
    await page.context().close();
  });

  it('compiles only the closed sessions the secretariat chose', async () => {
    const sessions = await secretariat.get<SessionView[]>(`/conferences/${conferenceId}/sessions`);
    // A second closed session beside the demo's, so that there is a choice.
    const open = sessions.find((s) => s.status === 'open')!;
    await secretariat.post(`/sessions/${open.id}/close`);
    const closed = sessions.filter((s) => s.status === 'closed' || s.id === open.id);
    expect(closed.length).toBeGreaterThanOrEqual(2);

    const { page } = await newPage(harness);
    await page.goto(`${harness.url}/conferences/${conferenceId}/outcome`);
    await signIn(page, demo('secretariat'));
    await page.getByRole('heading', { level: 1, name: 'Outcome document' }).waitFor();
    const choice = page.getByRole('group', { name: 'Sessions to compile' });
    await choice.waitFor();
    expect(await choice.getByRole('checkbox').count()).toBe(closed.length);
    for (const s of closed)
      expect(
        await choice.getByRole('checkbox', { name: new RegExp(escape(s.title)) }).isChecked(),
      ).toBe(true);

    // None chosen: nothing to compile.
    for (const s of closed)
      await choice.getByRole('checkbox', { name: new RegExp(escape(s.title)) }).uncheck();
    await choice.getByText('Choose at least one session.').waitFor();
    expect(await page.getByRole('button', { name: 'Compile' }).isDisabled()).toBe(true);

    await choice.getByRole('checkbox', { name: new RegExp(escape(open.title)) }).check();
    await page.getByRole('button', { name: 'Compile' }).click();
    await page.getByText(/^Version \d+ compiled\.$/).waitFor();
    const versions = await secretariat.get<ReportVersionView[]>(
      `/conferences/${conferenceId}/reports`,
    );
    const newest = versions.sort((a, b) => b.version - a.version)[0];
    expect(newest.sessionIds).toEqual([open.id]);
    await screenshot(page, 'outcome-choose-sessions');
    await page.context().close();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
