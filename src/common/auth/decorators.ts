import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import type { Role } from '#contract';
import { ApiErrors, ApiPublic } from '../http/api-errors';
import type { Actor } from './actor';

/** Metadata keys of the decorators below, read by the auth guard and the route-access test. */
export const IS_PUBLIC_KEY = 'agora:isPublic';
export const ROLES_KEY = 'agora:roles';
export const ANY_PARTICIPANT_KEY = 'agora:anyParticipant';

/** The route needs no token (sign-in, health). Everything else does. */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC_KEY, true), ApiPublic());

/**
 * Roles allowed on the route. Routes without @Roles are open to every signed-in
 * participant and must check ownership in their service (see the authorization test).
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiErrors([
      403,
      `Only ${roles.join(', ')}; the service may check more (ownership, moderation)`,
    ]),
  );

/**
 * Any signed-in participant may call the route (or send the message); the service decides per
 * object — conference membership, authorship, moderation of that session — and answers 404 or 403.
 * Every route and message must carry @Public(), @Roles() or this: a test enumerates them.
 */
export const AnyParticipant = (objectCheck: string): MethodDecorator & ClassDecorator =>
  SetMetadata(ANY_PARTICIPANT_KEY, objectCheck);

/** The signed-in participant, as the auth guard loaded it. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<{ actor?: Actor }>();
  if (!request.actor) throw new Error('CurrentActor used on a public route');
  return request.actor;
});
