import { parse as parseCsv } from 'csv-parse/sync';
import JSZip from 'jszip';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import type TestAgent from 'supertest/lib/agent';
import { readPdf } from '../fixtures/reports/pdf-text';
import type { SignedIn } from '../support/actors';
import {
  createSession,
  manyDelegates,
  scenario,
  submit,
  transition,
  vote,
  type Scenario,
} from '../support/scenario';

export const FORMATS = ['docx', 'pdf', 'html', 'md', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface Download {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  message: unknown;
}

/** A download as raw bytes, whatever the content type. */
export async function download(
  http: TestAgent,
  actor: SignedIn,
  reportId: string,
  format: string,
): Promise<Download> {
  const res = await http
    .get(`/api/v1/reports/${reportId}/download?format=${format}`)
    .set(actor.auth)
    .buffer(true)
    .parse((response, callback) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  const body = res.body as Buffer;
  let message: unknown = null;
  if (res.status >= 400) message = JSON.parse(body.toString('utf8')).message;
  return { status: res.status, headers: res.headers, body, message };
}

/** The text of every paragraph of a DOCX, in order, as Word would show it. */
export async function docxParagraphs(docx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('word/document.xml is missing');
  return [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1])
      .join('')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

export async function pdfText(pdf: Buffer): Promise<string> {
  // pdf.js breaks lines where the layout does; compare on single spaces.
  return (await readPdf(pdf)).pages.join('\n').replace(/\s+/g, ' ');
}

export function html(body: Buffer): HTMLElement {
  return parseHtml(body.toString('utf8'));
}

export function csvRecords(body: Buffer): Array<Record<string, string>> {
  return parseCsv(body, { bom: true, columns: true });
}

export interface Outcomes extends Scenario {
  voters: SignedIn[];
  ids: {
    adopted: string;
    overridden: string;
    noted: string;
    notAdopted: string;
    hidden: string;
    withdrawn: string;
  };
  titles: Record<keyof Outcomes['ids'], string>;
}

export const TITLES = {
  adopted: 'Guarantee access to basic services regardless of status',
  overridden: 'Give cities a seat in the review of the Global Compact',
  noted: 'Produce local, disaggregated data on migrant residents',
  notAdopted: 'Replace national integration courses with city programmes',
  hidden: 'An offensive text the moderator hid',
  withdrawn: 'A draft its author withdrew',
};

async function castMany(
  http: TestAgent,
  voters: SignedIn[],
  recommendationId: string,
  values: Array<'support' | 'oppose' | 'abstain'>,
): Promise<void> {
  for (let i = 0; i < values.length; i++) {
    const res = await vote(http, voters[i], recommendationId, values[i]);
    if (res.status !== 200)
      throw new Error(`vote failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

const times = <T>(n: number, value: T): T[] => Array<T>(n).fill(value);

/**
 * One closed session with real votes, so the adoption rule (5 votes, 60 %) proposes each
 * outcome: adopted (two themes), noted (too few votes), not adopted, one the moderator
 * overrode to adopted, one hidden and one withdrawn; plus a co-sponsor and a summary.
 */
export async function closedSessionWithOutcomes(http: TestAgent): Promise<Outcomes> {
  const s = await scenario(http, { delegates: 2 });
  const voters = await manyDelegates(http, s.admin, s.conferenceId, 24);
  await transition(http, s.moderator, s.sessionId, 'open');
  const author = s.delegates[0];
  const ids = {
    adopted: (
      await submit(http, author, s.sessionId, {
        title: TITLES.adopted,
        themes: ['GCM-15', 'GCM-16'],
      })
    ).id,
    overridden: (
      await submit(http, author, s.sessionId, {
        title: TITLES.overridden,
        themes: ['GCM-23'],
        governanceLevel: 'multi_level',
      })
    ).id,
    noted: (await submit(http, author, s.sessionId, { title: TITLES.noted, themes: ['GCM-1'] })).id,
    notAdopted: (
      await submit(http, author, s.sessionId, { title: TITLES.notAdopted, themes: ['GCM-16'] })
    ).id,
    hidden: (await submit(http, author, s.sessionId, { title: TITLES.hidden, themes: ['GCM-15'] }))
      .id,
    withdrawn: (
      await submit(http, author, s.sessionId, { title: TITLES.withdrawn, themes: ['GCM-15'] })
    ).id,
  };
  const cosponsor = await http
    .post(`/api/v1/recommendations/${ids.adopted}/co-sponsor`)
    .set(voters[1].auth);
  if (cosponsor.status >= 300) throw new Error(`co-sponsor failed: ${cosponsor.status}`);

  await castMany(http, voters, ids.adopted, [
    ...times(18, 'support' as const),
    ...times(3, 'oppose' as const),
    ...times(3, 'abstain' as const),
  ]);
  await castMany(http, voters, ids.overridden, [
    ...times(2, 'support' as const),
    ...times(6, 'oppose' as const),
  ]);
  await castMany(http, voters, ids.noted, ['support', 'support', 'abstain']);
  await castMany(http, voters, ids.notAdopted, [
    ...times(2, 'support' as const),
    ...times(8, 'oppose' as const),
  ]);
  await castMany(http, voters, ids.hidden, times(8, 'support' as const));
  await castMany(http, voters, ids.withdrawn, times(8, 'support' as const));

  const hide = await http
    .post(`/api/v1/recommendations/${ids.hidden}/hide`)
    .set(s.moderator.auth)
    .send({ reason: 'abusive' });
  if (hide.status >= 300) throw new Error(`hide failed: ${hide.status}`);
  const withdraw = await http
    .post(`/api/v1/recommendations/${ids.withdrawn}/withdraw`)
    .set(author.auth);
  if (withdraw.status >= 300) throw new Error(`withdraw failed: ${withdraw.status}`);

  await transition(http, s.moderator, s.sessionId, 'close');
  const override = await http
    .put(`/api/v1/recommendations/${ids.overridden}/disposition`)
    .set(s.moderator.auth)
    .send({ disposition: 'adopted', note: 'Adopted by acclamation in the room' });
  if (override.status !== 200) throw new Error(`override failed: ${override.status}`);
  const summary = await http
    .put(`/api/v1/sessions/${s.sessionId}/summary`)
    .set(s.moderator.auth)
    .send({ text: 'Mayors asked for a seat at the table.\n\nOne proposal was noted.' });
  if (summary.status !== 200) throw new Error(`summary failed: ${summary.status}`);
  return { ...s, voters, ids, titles: TITLES };
}

export { createSession, transition, vote };
