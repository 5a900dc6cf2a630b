import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { errorResponse } from '../errors/error-response';

/**
 * Answers every error of a REST route as `errorResponse` maps it: domain errors by their code,
 * in NestJS's shape `{message, error, statusCode}`. Unexpected errors are logged and answered
 * with a bare 500 (no stack, no SQL).
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;

    const { status, body, expected } = errorResponse(exception);
    if (!expected)
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    response.status(status).json(body);
  }
}
