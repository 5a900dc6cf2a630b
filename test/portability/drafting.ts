import type TestAgent from 'supertest/lib/agent';
import type { DraftView } from '#contract';
import type { SignedIn } from '../support/actors';
import type { Activity } from './activity';

export interface Drafting {
  draftId: string;
  reportId: string;
  /** Amendment ids by what became of them. */
  amendments: { voted: string; rejected: string; inserted: string; pending: string };
}

async function ok<T = Record<string, unknown>>(
  promise: PromiseLike<{ status: number; body: unknown }>,
  what: string,
): Promise<T> {
  const res = await promise;
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/**
 * The drafting room used on the activity's conference, every kind of its records: a draft made
 * from the compiled outcome document (paragraphs citing recommendations), a chair, a paragraph
 * added, moved and another deleted, a French translation, an amendment voted on, one rejected, one
 * accepted as an insertion and one still proposed and co-sponsored, a frozen Rev., a silence
 * broken by a delegate, and turns on the draft's speakers' list.
 */
export async function draftingOn(http: TestAgent, a: Activity): Promise<Drafting> {
  const [d0, d1, d2, d3] = a.delegates;
  const chair = a.moderator;
  const reports = await ok<Array<{ id: string }>>(
    http.get(`/api/v1/conferences/${a.conferenceId}/reports`).set(a.admin.auth),
    'reports',
  );
  const reportId = reports[0].id;
  const draft = await ok<DraftView>(
    http
      .post(`/api/v1/conferences/${a.conferenceId}/drafts`)
      .set(a.admin.auth)
      .send({
        title: 'Mechelen Declaration',
        language: 'en',
        fromReportId: reportId,
        chairIds: [chair.id],
      }),
    'draft from report',
  );
  const paragraphs = () =>
    ok<DraftView>(http.get(`/api/v1/drafts/${draft.id}`).set(chair.auth), 'draft').then(
      (d) => d.paragraphs,
    );
  const added = await ok<{ id: string; version: number }>(
    http
      .post(`/api/v1/drafts/${draft.id}/paragraphs`)
      .set(chair.auth)
      .send({ kind: 'preambular', text: 'Recognising that migration is a local reality,' }),
    'paragraph',
  );
  await ok(
    http.post(`/api/v1/paragraphs/${added.id}/move`).set(chair.auth).send({}),
    'move to the top',
  );
  const scratch = await ok<{ id: string; version: number }>(
    http
      .post(`/api/v1/drafts/${draft.id}/paragraphs`)
      .set(chair.auth)
      .send({ kind: 'operative', text: 'To be deleted.', afterId: added.id }),
    'paragraph',
  );
  await ok(
    http.delete(`/api/v1/paragraphs/${scratch.id}?version=${scratch.version}`).set(chair.auth),
    'delete',
  );
  // The activity adopted no recommendation, so the report gave only the chapeau and headings.
  await ok(
    http
      .post(`/api/v1/drafts/${draft.id}/paragraphs`)
      .set(chair.auth)
      .send({ kind: 'operative', text: 'Cities commit to ensure access to services for all.' }),
    'operative paragraph',
  );
  const operative = (await paragraphs()).find((p) => p.kind === 'operative')!;
  await ok(
    http
      .put(`/api/v1/paragraphs/${added.id}/translations/fr`)
      .set(a.admin.auth)
      .send({ text: 'Reconnaissant que la migration est une réalité locale,' }),
    'translation',
  );

  const propose = (who: SignedIn, body: Record<string, unknown>) =>
    ok<{ id: string }>(
      http.post(`/api/v1/drafts/${draft.id}/amendments`).set(who.auth).send(body),
      'amendment',
    );
  const procedure = (id: string, body: Record<string, unknown>) =>
    ok(http.put(`/api/v1/amendments/${id}/procedure`).set(chair.auth).send(body), 'procedure');

  const rejected = await propose(d2, {
    paragraphId: added.id,
    kind: 'delete',
    reason: 'Not needed',
    baseVersion: 1,
  });
  await procedure(rejected.id, { procedure: 'reject', note: 'The room keeps it' });
  const voted = await propose(d0, {
    paragraphId: operative.id,
    kind: 'replace',
    text: `${operative.text} Cities will report on progress.`,
    reason: 'Accountability',
    baseVersion: operative.version,
  });
  await ok(http.post(`/api/v1/amendments/${voted.id}/co-sponsor`).set(d1.auth), 'co-sponsor');
  await procedure(voted.id, { procedure: 'vote' });
  for (const [who, value] of [
    [d0, 'support'],
    [d1, 'support'],
    [d2, 'support'],
    [d3, 'oppose'],
  ] as const)
    await ok(http.put(`/api/v1/amendments/${voted.id}/vote`).set(who.auth).send({ value }), 'vote');
  await ok(http.post(`/api/v1/amendments/${voted.id}/close-vote`).set(chair.auth), 'close vote');
  const inserted = await propose(d1, {
    paragraphId: added.id,
    kind: 'insert_after',
    text: 'Acknowledging the [role] of [local and regional] governments,',
    reason: 'Context',
    baseVersion: 1,
  });
  await procedure(inserted.id, {
    procedure: 'accept_modified',
    text: 'Acknowledging the role of local and regional governments,',
  });
  const pending = await propose(d3, {
    paragraphId: added.id,
    kind: 'replace',
    text: 'Recognising that migration is, above all, a local reality,',
    reason: 'Emphasis',
    baseVersion: 1,
  });
  await ok(http.post(`/api/v1/amendments/${pending.id}/co-sponsor`).set(d2.auth), 'co-sponsor');
  await ok(http.post(`/api/v1/amendments/${pending.id}/withdraw`).set(d3.auth), 'withdraw');

  await ok(
    http.post(`/api/v1/drafts/${draft.id}/versions`).set(chair.auth).send({}),
    'freeze zero draft',
  );
  // The report's chapeau is a bracketed placeholder: a text under silence must be clean.
  for (const p of await paragraphs())
    if (/[[\]]/.test(p.text) || p.alternatives.length)
      await ok(
        http
          .patch(`/api/v1/paragraphs/${p.id}`)
          .set(chair.auth)
          .send({ version: p.version, text: p.text.replace(/[[\]]/g, ''), alternatives: [] }),
        'clean',
      );
  await ok(
    http
      .post(`/api/v1/drafts/${draft.id}/silence`)
      .set(chair.auth)
      .send({ until: new Date(Date.now() + 3_600_000).toISOString() }),
    'silence',
  );
  await ok(
    http
      .post(`/api/v1/drafts/${draft.id}/silence/break`)
      .set(d2.auth)
      .send({ paragraphNumbers: [1], reason: 'Our city cannot accept paragraph 1' }),
    'break silence',
  );

  const speakers = `/api/v1/drafts/${draft.id}/speakers`;
  await ok(
    http.put(`${speakers}/settings`).set(chair.auth).send({ mode: 'balanced', turnSeconds: 90 }),
    'speakers settings',
  );
  await ok(
    http
      .post(speakers)
      .set(d0.auth)
      .send({ topic: { paragraphId: operative.id } }),
    'floor',
  );
  await ok(
    http
      .post(speakers)
      .set(d1.auth)
      .send({ topic: { paragraphId: added.id } }),
    'floor',
  );
  await ok(http.post(`${speakers}/next`).set(chair.auth), 'next speaker');
  await ok(http.post(`${speakers}/end`).set(chair.auth), 'end turn');
  await ok(http.post(`${speakers}/next`).set(chair.auth), 'next speaker');
  await ok(http.post(speakers).set(d2.auth).send({}), 'floor');

  return {
    draftId: draft.id,
    reportId,
    amendments: {
      voted: voted.id,
      rejected: rejected.id,
      inserted: inserted.id,
      pending: pending.id,
    },
  };
}
