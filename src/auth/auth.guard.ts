import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Actor } from '../common/auth/actor';
import { IS_PUBLIC_KEY, ROLES_KEY } from '../common/auth/decorators';
import type { Role } from '../participants/participant.constants';
import { TokenService } from './token.service';
import { NotAllowed, NotAuthenticated } from '../common/errors';

/**
 * Global HTTP guard: every route needs a valid bearer token unless marked @Public(),
 * and the participant's role must be one of the route's @Roles() when it has any.
 * (Guards do not run on socket connections; the realtime gateway checks tokens itself.)
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    try {
      request.actor = await this.tokens.authenticate(token);
    } catch {
      throw new NotAuthenticated(token ? 'Invalid or expired token' : 'Missing bearer token');
    }

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(request.actor.role)) {
      throw new NotAllowed(`This needs the role ${roles.join(' or ')}`);
    }
    return true;
  }
}
