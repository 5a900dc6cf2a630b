import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, lastValueFrom, Observable } from 'rxjs';
import type { Actor } from '../auth/actor';
import { IdempotencyService } from './idempotency.service';

/** Applies an `Idempotency-Key` header to a creating route (see @Idempotent()). */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly idempotency: IdempotencyService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const key = request.header('idempotency-key');
    if (key === undefined || !request.actor) return next.handle();
    const fingerprint = IdempotencyService.fingerprint(
      request.method,
      request.originalUrl,
      request.body,
    );
    return from(
      this.idempotency
        .run<unknown>(
          request.actor.id,
          key,
          fingerprint,
          () => lastValueFrom(next.handle()) as Promise<unknown>,
        )
        .then(({ body, replayed }) => {
          if (replayed)
            context.switchToHttp().getResponse<Response>().setHeader('Idempotent-Replayed', 'true');
          return body;
        }),
    );
  }
}
