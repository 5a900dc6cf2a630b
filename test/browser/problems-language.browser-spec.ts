import type { CreatedParticipantView } from '#contract';
import type { Page } from 'playwright-core';
import { es as esCore } from '../../client/src/i18n/es';
import { esStaff } from '../../client/src/i18n/es-staff';
import {
  Api,
  demo,
  newPage,
  screenshot,
  signIn,
  startHarness,
  type BrowserHarness,
} from './support';

// The secretariat's forms read the staff part of the catalogue as well (client/src/i18n/catalogue.ts).
const es = { ...esCore, ...esStaff };
const COUNTRY_ES = 'Debe ser un código de país de dos letras (ISO 3166-1), como BE o MX.';

/**
 * A Spanish-speaking secretariat's bad input comes back in Spanish: the server sends each problem
 * as a rule with its parameters, the client words it from the Spanish catalogue — under the
 * field in the participant form, with the column's name in the CSV import's bad lines — and
 * nothing of class-validator's English ("must be a valid ISO31661 Alpha2 code") shows.
 */
describe('web client: server input problems in the user’s language', () => {
  let harness: BrowserHarness;
  let conferenceId: string;
  let secretaria: CreatedParticipantView;

  beforeAll(async () => {
    harness = await startHarness();
    const secretariat = await Api.signIn(harness.url, demo('secretariat'));
    conferenceId = (await secretariat.get<Array<{ id: string }>>('/conferences'))[0].id;
    secretaria = await secretariat.post<CreatedParticipantView>('/participants', {
      name: 'Lucía Fernández',
      email: 'lucia.fernandez@example.org',
      organisation: 'Ayuntamiento de Barcelona',
      constituency: 'local_government',
      country: 'ES',
      role: 'secretariat',
      language: 'es',
      conferenceId,
    });
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function participantsPage(): Promise<Page> {
    const { page } = await newPage(harness);
    await page.goto(`${harness.url}/conferences/${conferenceId}/participants`);
    await signIn(page, secretaria.email!, secretaria.accessCode);
    await page.getByRole('heading', { level: 1, name: es.participants }).waitFor();
    return page;
  }

  it('shows the participant form’s refused fields in Spanish, each under its field', async () => {
    const page = await participantsPage();
    const form = page.getByRole('form', { name: es.addParticipant });
    await form.getByLabel(es.name, { exact: true }).fill('Pedro Gómez');
    await form.getByLabel(es.email, { exact: true }).fill('pedro-sin-arroba');
    await form.getByLabel(es.country, { exact: true }).fill('ZZ');
    await form.getByRole('button', { name: es.addParticipant }).click();

    // Under the country field, and announced with it (its aria-describedby).
    const countryError = form.getByText(COUNTRY_ES, { exact: true });
    await countryError.waitFor();
    const country = form.getByLabel(es.country, { exact: true });
    expect(await country.getAttribute('aria-invalid')).toBe('true');
    expect((await country.getAttribute('aria-describedby'))!.split(' ')).toContain(
      await countryError.getAttribute('id'),
    );
    await form.getByText('Debe ser una dirección de correo electrónico.').waitFor();
    await form.getByText('No puede estar vacío.').waitFor();
    expect(await form.innerText()).not.toMatch(/must|ISO31661|should/);
    await screenshot(page, 'problems-es-participant-form');
    await page.context().close();
  });

  it('lists a CSV import’s bad lines in Spanish, with each column named', async () => {
    const page = await participantsPage();
    const csv = [
      'name,email,organisation,constituency,country,city,role,language',
      'Marta Ruiz,marta.ruiz@example.org,Gobierno de Jalisco,regional_government,MX,,delegate,es',
      'País Malo,pais.malo@example.org,Somewhere,academia,ZZ,,chair,es',
      'Marta Otra,MARTA.RUIZ@example.org,Gobierno de Jalisco,regional_government,MX,,delegate,es',
    ].join('\n');
    await page.getByLabel(es.csvFile).setInputFiles({
      name: 'delegados.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: es.import, exact: true }).click();
    await page.getByText('1 creado, 2 omitidos.').waitFor();
    const table = page.getByRole('table', { name: es.badLines });
    const row = (line: string) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: line, exact: true }) });
    expect(await row('3').getByRole('cell').innerText()).toBe(
      `country: ${COUNTRY_ES} role: Debe ser uno de estos valores: delegate, moderator, secretariat u observer.`,
    );
    expect(await row('4').getByRole('cell').innerText()).toBe(
      'email: marta.ruiz@example.org ya figura en la línea 2 del archivo.',
    );

    // A file refused as a whole: its wrong header, in Spanish too (no field to name).
    await page.getByLabel(es.csvFile).setInputFiles({
      name: 'otro.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('nombre,correo\nA,a@b.example\n'),
    });
    await page.getByRole('button', { name: es.import, exact: true }).click();
    await page
      .getByRole('alert')
      .getByText(/^A la primera línea le faltan las columnas name, email, organisation/)
      .waitFor();
    await screenshot(page, 'problems-es-csv-import');
    await page.context().close();
  });
});
