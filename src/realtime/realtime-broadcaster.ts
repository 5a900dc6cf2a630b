import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { DomainEvent } from '../common/events/domain-event';
import { DOMAIN_EVENTS } from '../common/events/domain-events';
import { LiveEmitter } from './live-emitter';

/** Turns committed, sequenced domain events into room events, exactly as the event log stored them. */
@Injectable()
export class RealtimeBroadcaster {
  constructor(private readonly live: LiveEmitter) {}

  @OnEvent(DOMAIN_EVENTS.sessionChanged)
  @OnEvent(DOMAIN_EVENTS.recommendationCreated)
  @OnEvent(DOMAIN_EVENTS.recommendationChanged)
  @OnEvent(DOMAIN_EVENTS.commentCreated)
  @OnEvent(DOMAIN_EVENTS.commentHidden)
  @OnEvent(DOMAIN_EVENTS.speakersChanged)
  broadcast(event: DomainEvent): void {
    if (event.sessionId && event.sequenced)
      this.live.toSession(event.sessionId, event.sequenced.name, event.sequenced.payload);
  }
}
