import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { SessionClosing } from '../../src/sessions/session-closing.entity';
import { Vote } from '../../src/votes/vote.entity';
import {
  RECOMMENDATION,
  scenario,
  submit,
  transition,
  vote,
  type Scenario,
} from '../support/scenario';
import { settleTallies } from '../support/stored-tallies';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the whole life of a session over REST', () => {
  let t: TestApp;
  let s: Scenario;
  let recId: string;
  let secondId: string;

  beforeAll(async () => {
    t = await startTestApp();
    s = await scenario(t.http, { delegates: 6 });
  });
  afterAll(() => t.close());

  const api = (path: string) => `/api/v1${path}`;

  it('lists the scheduled session in the programme, with its moderator', async () => {
    const res = await t.http
      .get(api(`/conferences/${s.conferenceId}/sessions`))
      .set(s.delegates[0].auth);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({
      id: s.sessionId,
      status: 'scheduled',
      kind: 'led_discussion',
      moderators: [{ id: s.moderator.id, name: 'Moderator' }],
    });
  });

  it('refuses submissions before the session opens', async () => {
    const res = await t.http
      .post(api(`/sessions/${s.sessionId}/recommendations`))
      .set(s.delegates[0].auth)
      .send(RECOMMENDATION);
    expect(res.status).toBe(409);
  });

  it('opens (moderator), and refuses to open twice', async () => {
    const res = await t.http.post(api(`/sessions/${s.sessionId}/open`)).set(s.moderator.auth);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('open');
    expect(
      (await t.http.post(api(`/sessions/${s.sessionId}/open`)).set(s.moderator.auth)).status,
    ).toBe(409);
  });

  it('accepts a submission from a delegate, with its first revision and the author as sponsor', async () => {
    const res = await t.http
      .post(api(`/sessions/${s.sessionId}/recommendations`))
      .set(s.delegates[0].auth)
      .send(RECOMMENDATION);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      sessionId: s.sessionId,
      title: RECOMMENDATION.title,
      themes: ['GCM-15'],
      governanceLevel: 'local',
      status: 'submitted',
      version: 1,
      tally: { support: 0, oppose: 0, abstain: 0 },
      bridging: 0,
      myVote: null,
      disposition: null,
      author: { id: s.delegates[0].id },
      sponsors: [{ id: s.delegates[0].id }],
    });
    recId = res.body.id;
    secondId = (
      await submit(t.http, s.delegates[1], s.sessionId, {
        title: 'Local data on migrant populations',
        themes: ['GCM-1', 'GCM-15'],
      })
    ).id;
  });

  it('refuses themes outside the framework and unknown levels, naming the field', async () => {
    const res = await t.http
      .post(api(`/sessions/${s.sessionId}/recommendations`))
      .set(s.delegates[0].auth)
      .send({ ...RECOMMENDATION, themes: ['GCM-15', 'SDG-11'], governanceLevel: 'planetary' });
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/^governanceLevel/)]),
    );
    const themes = await t.http
      .post(api(`/sessions/${s.sessionId}/recommendations`))
      .set(s.delegates[0].auth)
      .send({ ...RECOMMENDATION, themes: ['SDG-11'] });
    expect(themes.status).toBe(400);
    expect(themes.body.message[0]).toMatch(/^themes\.0 "SDG-11"/);
  });

  it('lets the author edit with the current version, keeps a revision, and refuses a stale version with 409', async () => {
    const edit = await t.http
      .patch(api(`/recommendations/${recId}`))
      .set(s.delegates[0].auth)
      .send({ version: 1, title: 'Guarantee access to basic services for all migrants' });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({
      version: 2,
      title: 'Guarantee access to basic services for all migrants',
    });
    const stale = await t.http
      .patch(api(`/recommendations/${recId}`))
      .set(s.delegates[0].auth)
      .send({ version: 1, body: 'Overwriting someone else’s edit' });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/version/);
    const revisions = await t.http
      .get(api(`/recommendations/${recId}/revisions`))
      .set(s.delegates[3].auth);
    expect(
      revisions.body.map((r: { version: number; changedFields: string[] }) => [
        r.version,
        r.changedFields,
      ]),
    ).toEqual([
      [1, []],
      [2, ['title']],
    ]);
    expect(revisions.body[0].title).toBe(RECOMMENDATION.title);
  });

  it('does not let another delegate edit, and lets the moderator edit', async () => {
    expect(
      (
        await t.http
          .patch(api(`/recommendations/${recId}`))
          .set(s.delegates[1].auth)
          .send({ version: 2, title: 'Mine' })
      ).status,
    ).toBe(403);
    const byModerator = await t.http
      .patch(api(`/recommendations/${recId}`))
      .set(s.moderator.auth)
      .send({ version: 2, governanceLevel: 'multi_level' });
    expect(byModerator.status).toBe(200);
    expect(byModerator.body.version).toBe(3);
  });

  it('takes comments with a stance and replies; a hidden comment keeps its text for the audit only', async () => {
    const first = await t.http
      .post(api(`/recommendations/${recId}/comments`))
      .set(s.delegates[2].auth)
      .send({ body: 'Firewalls work in our city.', stance: 'for' });
    expect(first.status).toBe(201);
    const reply = await t.http
      .post(api(`/recommendations/${recId}/comments`))
      .set(s.delegates[3].auth)
      .send({ body: 'Which city?', stance: 'neutral', parentId: first.body.id });
    expect(reply.status).toBe(201);
    expect(reply.body.parentId).toBe(first.body.id);
    const abuse = await t.http
      .post(api(`/recommendations/${recId}/comments`))
      .set(s.delegates[4].auth)
      .send({ body: 'An insult', stance: 'against' });

    const hidden = await t.http
      .post(api(`/comments/${abuse.body.id}/hide`))
      .set(s.moderator.auth)
      .send({ reason: 'Insulting language' });
    expect(hidden.status).toBe(200);
    const asDelegate = await t.http
      .get(api(`/recommendations/${recId}/comments`))
      .set(s.delegates[0].auth);
    const seen = asDelegate.body.find((c: { id: string }) => c.id === abuse.body.id);
    expect(seen).toMatchObject({ hidden: true, body: '', hiddenReason: 'Insulting language' });
    const asModerator = await t.http
      .get(api(`/recommendations/${recId}/comments`))
      .set(s.moderator.auth);
    expect(asModerator.body.find((c: { id: string }) => c.id === abuse.body.id).body).toBe(
      'An insult',
    );
    expect(
      (
        await t.http
          .post(api(`/comments/${abuse.body.id}/hide`))
          .set(s.delegates[0].auth)
          .send({ reason: 'x' })
      ).status,
    ).toBe(403);
    expect(
      (await t.http.get(api(`/recommendations/${recId}`)).set(s.delegates[0].auth)).body
        .commentCount,
    ).toBe(2);
  });

  it('counts votes, changes and withdrawals, and shows each delegate their own vote', async () => {
    const first = await vote(t.http, s.delegates[0], recId, 'support');
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      recommendationId: recId,
      tally: { support: 1, oppose: 0, abstain: 0 },
      myVote: 'support',
    });
    await vote(t.http, s.delegates[1], recId, 'oppose');
    const changed = await vote(t.http, s.delegates[1], recId, 'support');
    expect(changed.body.tally).toEqual({ support: 2, oppose: 0, abstain: 0 });
    await vote(t.http, s.delegates[2], recId, 'abstain');
    const withdrawn = await t.http
      .delete(api(`/recommendations/${recId}/vote`))
      .set(s.delegates[2].auth);
    expect(withdrawn.body).toMatchObject({
      tally: { support: 2, oppose: 0, abstain: 0 },
      myVote: null,
    });

    // The order is the stored counters', which on PostgreSQL may trail by one broadcast interval
    // (docs/API.md); the tallies shown are always current.
    await settleTallies(t, s.sessionId);
    const list = await t.http
      .get(api(`/sessions/${s.sessionId}/recommendations?sort=top`))
      .set(s.delegates[1].auth);
    expect(list.status).toBe(200);
    expect(list.headers['x-total-count']).toBe('2');
    expect(list.body.map((r: { id: string }) => r.id)).toEqual([recId, secondId]);
    expect(list.body[0]).toMatchObject({
      myVote: 'support',
      tally: { support: 2, oppose: 0, abstain: 0 },
    });
    expect(list.body[1].myVote).toBeNull();
  });

  it('refuses votes from moderators and observers, and bad vote values', async () => {
    expect((await vote(t.http, s.moderator, recId, 'support')).status).toBe(403);
    expect((await vote(t.http, s.observer, recId, 'support')).status).toBe(403);
    const bad = await t.http
      .put(api(`/recommendations/${recId}/vote`))
      .set(s.delegates[0].auth)
      .send({ value: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.message[0]).toMatch(/^value/);
  });

  it('stops submissions on lock (voting goes on), and refuses late submissions with 409', async () => {
    await transition(t.http, s.moderator, s.sessionId, 'lock-submissions');
    const late = await t.http
      .post(api(`/sessions/${s.sessionId}/recommendations`))
      .set(s.delegates[0].auth)
      .send(RECOMMENDATION);
    expect(late.status).toBe(409);
    expect(
      (
        await t.http
          .patch(api(`/recommendations/${recId}`))
          .set(s.delegates[0].auth)
          .send({ version: 3, title: 'Late edit' })
      ).status,
    ).toBe(409);
    expect((await vote(t.http, s.delegates[3], recId, 'support')).status).toBe(200);
    expect((await vote(t.http, s.delegates[4], recId, 'oppose')).status).toBe(200);
    expect(
      (
        await t.http
          .post(api(`/recommendations/${recId}/comments`))
          .set(s.delegates[5].auth)
          .send({ body: 'Still discussing', stance: 'for' })
      ).status,
    ).toBe(201);
  });

  it('closes, freezing the tallies in a closing record; late votes and comments get 409', async () => {
    await vote(t.http, s.delegates[5], recId, 'support');
    await transition(t.http, s.moderator, s.sessionId, 'close');
    const late = await vote(t.http, s.delegates[2], recId, 'support');
    expect(late.status).toBe(409);
    expect(
      (await t.http.delete(api(`/recommendations/${recId}/vote`)).set(s.delegates[0].auth)).status,
    ).toBe(409);
    expect(
      (
        await t.http
          .post(api(`/recommendations/${recId}/comments`))
          .set(s.delegates[2].auth)
          .send({ body: 'late', stance: 'for' })
      ).status,
    ).toBe(409);

    const closing = await t.dataSource
      .getRepository(SessionClosing)
      .findOneByOrFail({ sessionId: s.sessionId });
    const frozen = closing.tallies.find((x) => x.recommendationId === recId);
    expect(frozen).toMatchObject({ support: 4, oppose: 1, abstain: 0 });
    expect(await t.dataSource.getRepository(Vote).countBy({ recommendationId: recId })).toBe(5);
  });

  it('proposes dispositions by the adoption rule; the moderator confirms or overrides (audited)', async () => {
    const list = await t.http
      .get(api(`/sessions/${s.sessionId}/recommendations`))
      .set(s.moderator.auth);
    const rec = list.body.find((r: { id: string }) => r.id === recId);
    expect(rec.proposedDisposition).toBe('adopted'); // 4 of 5 decided votes
    expect(list.body.find((r: { id: string }) => r.id === secondId).proposedDisposition).toBe(
      'noted',
    );

    const confirm = await t.http
      .put(api(`/recommendations/${recId}/disposition`))
      .set(s.moderator.auth)
      .send({ disposition: 'adopted' });
    expect(confirm.status).toBe(200);
    expect(confirm.body.disposition).toBe('adopted');
    const override = await t.http
      .put(api(`/recommendations/${secondId}/disposition`))
      .set(s.moderator.auth)
      .send({ disposition: 'not_adopted', note: 'Duplicate of national statistics work' });
    expect(override.status).toBe(200);
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'recommendation.disposition_override', targetId: secondId });
    expect(audit.details).toMatchObject({ disposition: 'not_adopted', proposed: 'noted' });
    expect(
      (
        await t.http
          .put(api(`/recommendations/${recId}/disposition`))
          .set(s.delegates[0].auth)
          .send({ disposition: 'noted' })
      ).status,
    ).toBe(403);
  });

  it('lets the moderator write the summary after close', async () => {
    const res = await t.http
      .put(api(`/sessions/${s.sessionId}/summary`))
      .set(s.moderator.auth)
      .send({ text: 'The session called for firewalls.' });
    expect(res.status).toBe(200);
    expect(res.body.summary).toBe('The session called for firewalls.');
  });

  it('reopens by the secretariat only (audited), back to voting, clearing dispositions', async () => {
    expect(
      (await t.http.post(api(`/sessions/${s.sessionId}/reopen`)).set(s.moderator.auth)).status,
    ).toBe(403);
    const res = await t.http.post(api(`/sessions/${s.sessionId}/reopen`)).set(s.admin.auth);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('voting');
    expect(
      (await t.http.get(api(`/recommendations/${recId}`)).set(s.moderator.auth)).body.disposition,
    ).toBeNull();
    expect((await vote(t.http, s.delegates[2], recId, 'support')).status).toBe(200);
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: 'session.reopen', sessionId: s.sessionId });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId).toBe(s.admin.id);
  });

  it('keeps an audit log the secretariat can page through', async () => {
    const first = await t.http
      .get(api(`/audit?conferenceId=${s.conferenceId}&limit=5`))
      .set(s.admin.auth);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(5);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await t.http
      .get(api(`/audit?conferenceId=${s.conferenceId}&limit=5&cursor=${first.body.nextCursor}`))
      .set(s.admin.auth);
    expect(second.body.items).toHaveLength(5);
    const ids = new Set(
      [...first.body.items, ...second.body.items].map((e: { id: string }) => e.id),
    );
    expect(ids.size).toBe(10);
    const times = [...first.body.items, ...second.body.items].map((e: { at: string }) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect((await t.http.get(api('/audit')).set(s.delegates[0].auth)).status).toBe(403);
    expect((await t.http.get(api('/audit?cursor=garbage')).set(s.admin.auth)).status).toBe(400);
  });
});
