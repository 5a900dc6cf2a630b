import { EventEmitter2 } from '@nestjs/event-emitter';
import { Test } from '@nestjs/testing';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { Injectable } from '@nestjs/common';
import type { TransactionContext } from '../../database/transaction-runner';
import type { ArgOf } from './domain-events';
import { OnDomainEvent } from './on-domain-event';

@Injectable()
class Listener {
  readonly seen: string[] = [];

  @OnDomainEvent('recommendation.created', 'recommendation.changed')
  recommendation(event: ArgOf<'recommendation.created' | 'recommendation.changed'>): void {
    this.seen.push(event.payload.recommendation.id);
  }

  @OnDomainEvent('tally.changed')
  tally(event: ArgOf<'tally.changed'>): void {
    this.seen.push(event.payload.recommendationId);
  }
}

describe('OnDomainEvent', () => {
  it('subscribes a listener to each event it names', async () => {
    const module = await Test.createTestingModule({
      imports: [EventEmitterModule.forRoot()],
      providers: [Listener],
    }).compile();
    await module.init();
    const emitter = module.get(EventEmitter2);
    const arg = { conferenceId: 'c', sessionId: 's' };
    const recommendation = {
      id: 'r1',
    } as ArgOf<'recommendation.created'>['payload']['recommendation'];
    emitter.emit('recommendation.created', { ...arg, payload: { recommendation } });
    emitter.emit('recommendation.changed', { ...arg, payload: { recommendation } });
    emitter.emit('tally.changed', { ...arg, payload: { recommendationId: 'r2' } });
    expect(module.get(Listener).seen).toEqual(['r1', 'r1', 'r2']);
    await module.close();
  });

  it('does not compile a listener or a publish that mismatches the event map (tsc in lint)', () => {
    class Mismatched {
      // @ts-expect-error a tally listener does not take a session's change
      @OnDomainEvent('tally.changed')
      wrong(event: ArgOf<'session.changed'>): void {
        void event;
      }

      // @ts-expect-error a listener of two events takes either
      @OnDomainEvent('draft.changed', 'session.changed')
      narrow(event: ArgOf<'draft.changed'>): void {
        void event;
      }
    }
    const published: unknown[] = [];
    const tx: Pick<TransactionContext, 'publish'> = {
      publish: (name, arg) => published.push({ name, arg }),
    };
    tx.publish('tally.changed', {
      conferenceId: 'c',
      sessionId: 's',
      // @ts-expect-error a tally carries which recommendation changed, not its counters
      payload: { tally: { recommendationId: 'r', support: 1 } },
    });
    const comment = {} as ArgOf<'comment.created'>['payload']['comment'];
    // @ts-expect-error a session's event names its session
    tx.publish('comment.created', { conferenceId: 'c', payload: { comment } });
    expect(new Mismatched()).toBeDefined();
    expect(published).toHaveLength(2);
  });
});
