import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '../../participants/participant.constants';
import type { Actor } from './actor';

export const IS_PUBLIC = 'agora:isPublic';
export const ROLES = 'agora:roles';
export const ANY_PARTICIPANT = 'agora:anyParticipant';

/** The route needs no token (sign-in, health). Everything else does. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/**
 * Roles allowed on the route. Routes without @Roles are open to every signed-in
 * participant and must check ownership in their service (see the authorization test).
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES, roles);

/**
 * Any signed-in participant may call the route (or send the message); the service decides per
 * object — conference membership, authorship, moderation of that session — and answers 404 or 403.
 * Every route and message must carry @Public(), @Roles() or this: a test enumerates them.
 */
export const AnyParticipant = (objectCheck: string): MethodDecorator & ClassDecorator =>
  SetMetadata(ANY_PARTICIPANT, objectCheck);

/** The signed-in participant, as the auth guard loaded it. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<{ actor?: Actor }>();
  if (!request.actor) throw new Error('CurrentActor used on a public route');
  return request.actor;
});
