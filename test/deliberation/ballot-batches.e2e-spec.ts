import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { toActor } from '../../src/auth/token.service';
import type { Actor } from '../../src/common/auth/actor';
import { NotAllowed } from '../../src/common/errors';
import { Participant } from '../../src/participants/participant.entity';
import { VoteRepository } from '../../src/tallies/vote.repository';
import { BallotCasting } from '../../src/votes/ballot-casting';
import { Vote } from '../../src/votes/vote.entity';
import { VotesService } from '../../src/votes/votes.service';
import type { SignedIn } from '../support/actors';
import { manyDelegates, scenario, submit, transition, type Scenario } from '../support/scenario';
import { storedCounters } from '../support/stored-tallies';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Votes arriving together are written together (BallotBox, BallotCasting): these call the
 * service both transports call, in one turn of the event loop, so which ballots share a batch is
 * known: a batch takes every ballot waiting when its transaction begins, so those sent at once
 * share one. What each ballot is answered, stores and audits must be what it would alone.
 */
describe('votes written in batches', () => {
  let t: TestApp;
  let s: Scenario;
  let crowd: SignedIn[];
  let votes: VotesService;
  let batchSizes: number[];
  /** Called when a batch begins (BallotCasting.apply is called in its transaction). */
  let begun: () => void;

  beforeAll(async () => {
    t = await startTestApp();
    s = await scenario(t.http, { delegates: 1 });
    crowd = await manyDelegates(t.http, s.admin, s.conferenceId, 40, 'batch');
    await transition(t.http, s.moderator, s.sessionId, 'open');
    votes = t.app.get(VotesService);
    const casting = t.app.get(BallotCasting);
    const apply = casting.apply.bind(casting);
    jest.spyOn(casting, 'apply').mockImplementation((tx, ballots) => {
      batchSizes.push(ballots.length);
      begun();
      return apply(tx, ballots);
    });
  }, 120_000);
  beforeEach(() => {
    batchSizes = [];
    begun = () => undefined;
  });
  afterAll(() => t.close());

  const actor = async (who: SignedIn): Promise<Actor> =>
    toActor(await t.dataSource.getRepository(Participant).findOneByOrFail({ id: who.id }));
  const storedValues = async (recommendationId: string, delegate: Actor) =>
    (
      await t.dataSource
        .getRepository(Vote)
        .findBy({ recommendationId, participantId: delegate.id })
    ).map((v) => v.value);
  const trailOf = async (recommendationId: string, delegate: Actor) =>
    (await auditsOn(recommendationId)).filter((a) => a.actorId === delegate.id);
  const auditsOn = async (targetId: string) =>
    (await t.dataSource.getRepository(AuditEntry).findBy({ targetId })).filter((a) =>
      a.action.startsWith('vote.'),
    );
  const settled = <T>(promises: Array<Promise<T>>) => Promise.allSettled(promises);

  it('forty delegates at once: one transaction, each vote answered, stored and audited once', async () => {
    const { id } = await submit(t.http, crowd[0], s.sessionId);
    const actors = await Promise.all(crowd.map(actor));
    const answers = await Promise.all(actors.map((a) => votes.cast(a, id, 'support')));

    expect(batchSizes).toEqual([40]);
    expect(answers.every((a) => a.myVote === 'support' && a.recommendationId === id)).toBe(true);
    expect(answers.map((a) => a.tally.support)).toEqual(Array(40).fill(40));
    expect(await t.dataSource.getRepository(Vote).countBy({ recommendationId: id })).toBe(40);
    expect(await storedCounters(t, id)).toEqual({ support: 40, oppose: 0, abstain: 0 });
    const audits = await auditsOn(id);
    expect(audits.filter((a) => a.action === 'vote.cast')).toHaveLength(40);
    expect(new Set(audits.map((a) => a.actorId)).size).toBe(40);
  });

  it('one refused ballot refuses only itself: the moderator gets 403, the delegates of the batch are counted', async () => {
    const { id } = await submit(t.http, crowd[0], s.sessionId);
    const delegates = await Promise.all(crowd.slice(0, 5).map(actor));
    const moderator = await actor(s.moderator);
    const outcomes = await settled([
      votes.cast(delegates[0], id, 'support'),
      votes.cast(delegates[1], id, 'oppose'),
      votes.cast(moderator, id, 'support'),
      votes.cast(delegates[2], id, 'abstain'),
      votes.cast(delegates[3], id, 'support'),
      votes.withdraw(delegates[4], id),
    ]);

    expect(batchSizes).toEqual([6]);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    const refused = outcomes[2] as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(NotAllowed);
    expect((refused.reason as Error).message).toBe('Only delegates vote');
    expect(await storedCounters(t, id)).toEqual({ support: 2, oppose: 1, abstain: 1 });
    const audits = await auditsOn(id);
    expect(audits.map((a) => a.actorId).sort()).toEqual(
      delegates
        .slice(0, 4)
        .map((d) => d.id)
        .sort(),
    );
  });

  it("a delegate's ballots on one text in one batch apply in order: the last one stands, each is audited", async () => {
    const { id } = await submit(t.http, crowd[0], s.sessionId);
    const [first, delegate] = await Promise.all([actor(crowd[1]), actor(crowd[2])]);
    const answers = await Promise.all([
      votes.cast(first, id, 'support'),
      votes.cast(delegate, id, 'support'),
      votes.cast(delegate, id, 'oppose'),
      votes.withdraw(delegate, id),
      votes.cast(delegate, id, 'abstain'),
      votes.cast(delegate, id, 'abstain'),
    ]);

    expect(batchSizes).toEqual([6]);
    expect(answers.map((a) => a.myVote)).toEqual([
      'support',
      'support',
      'oppose',
      null,
      'abstain',
      'abstain',
    ]);
    expect(await storedValues(id, delegate)).toEqual(['abstain']);
    expect(await storedCounters(t, id)).toEqual({ support: 1, oppose: 0, abstain: 1 });
    const trail = await trailOf(id, delegate);
    // Written in one statement with one timestamp, so ordered here by what each entry says.
    expect(trail.map((a) => `${a.action} ${JSON.stringify(a.details)}`).sort()).toEqual(
      [
        'vote.cast {"value":"support"}',
        'vote.change {"from":"support","value":"oppose"}',
        'vote.withdraw {"value":"oppose"}',
        'vote.cast {"value":"abstain"}',
      ].sort(),
    );
  });

  it("a delegate's ballot waits for the batch that holds their earlier one: it never overtakes it", async () => {
    const { id } = await submit(t.http, crowd[0], s.sessionId);
    const [delegate, ...others] = await Promise.all(crowd.slice(20, 26).map(actor));
    const started = new Promise<void>((resolve) => (begun = resolve));
    const first = votes.cast(delegate, id, 'support');
    await started;
    const rest = [
      ...others.map((o) => votes.cast(o, id, 'support')),
      votes.cast(delegate, id, 'oppose'),
    ];
    const answers = await Promise.all([first, ...rest]);

    // The others arrive while the first batch is written: they and the delegate's change go in
    // the next batch, whose transaction begins once the first is answered.
    expect(batchSizes).toEqual([1, 6]);
    expect(answers.map((a) => a.myVote)).toEqual([...Array(6).fill('support'), 'oppose']);
    expect(await storedValues(id, delegate)).toEqual(['oppose']);
    expect(await storedCounters(t, id)).toEqual({ support: 5, oppose: 1, abstain: 0 });
    const trail = await trailOf(id, delegate);
    expect(trail.map((a) => a.action).sort()).toEqual(['vote.cast', 'vote.change']);
  });

  it('a batch the database refuses as a whole is written again ballot by ballot: nobody is refused for a neighbour', async () => {
    const { id } = await submit(t.http, crowd[0], s.sessionId);
    const delegates = await Promise.all(crowd.slice(10, 16).map(actor));
    const repository = t.app.get(VoteRepository);
    const insertMany = repository.insertMany.bind(repository);
    // The batch of six fails once as a whole; each ballot is then written alone.
    let failed = false;
    const failing = jest.spyOn(repository, 'insertMany').mockImplementation(async (em, rows) => {
      if (rows.length > 1 && !failed) {
        failed = true;
        throw new Error('simulated lost connection');
      }
      await insertMany(em, rows);
    });
    try {
      const answers = await Promise.all(delegates.map((d) => votes.cast(d, id, 'oppose')));
      expect(batchSizes).toEqual([6, 1, 1, 1, 1, 1, 1]);
      expect(answers.every((a) => a.myVote === 'oppose')).toBe(true);
    } finally {
      failing.mockRestore();
    }
    expect(await storedCounters(t, id)).toEqual({ support: 0, oppose: 6, abstain: 0 });
    expect((await auditsOn(id)).filter((a) => a.action === 'vote.cast')).toHaveLength(6);
  });
});
