import { OnEvent } from '@nestjs/event-emitter';
import type { ArgOf, EventName } from './domain-events';

/**
 * `@OnEvent` typed by the domain event map: the method must take what the named events carry
 * (a listener of several takes the union), or it does not compile.
 */
export function OnDomainEvent<T extends EventName>(...names: T[]) {
  return (
    target: object,
    key: string | symbol,
    descriptor: { value?: (arg: ArgOf<T>) => unknown },
  ): void => {
    for (const name of names)
      OnEvent(name)(target, key, descriptor as TypedPropertyDescriptor<unknown>);
  };
}
