import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';
import { TokenService } from './auth/token.service';
import { clientDistPath } from './common/client-dist';
import { InvalidInput } from './common/errors/domain-error';
import { errorResponse } from './common/errors/error-response';
import { bodyParsing, tooLarge } from './common/http/body-parsing';
import { AllExceptionsFilter } from './common/http/all-exceptions.filter';
import { precompressedClient } from './common/http/client-assets';
import { createOpenApiDocument, serveOpenApi } from './common/http/openapi';
import { AppLogger } from './common/logging/app-logger';
import { securityHeaders } from './common/http/security-headers';
import { createValidationPipe } from './common/http/validation';
import { AppConfig, loadConfig } from './config/app-config';
import { createClusterAdapter, type ClusterAdapter } from './realtime/cluster-adapter';
import { LiveIoAdapter } from './realtime/live-io.adapter';
import { IMPORT_BODY_LIMIT, IMPORT_PATH } from './portability/import-body';

export const API_PREFIX = 'api/v1';
/** The participant import's CSV (thousands of lines); every other body keeps BODY_LIMIT_BYTES. */
const CSV_LIMIT = 2 * 1024 * 1024;

/** Builds the whole application — the same way for `npm start` and for the e2e tests. */
export async function createApp(config: AppConfig = loadConfig()): Promise<NestExpressApplication> {
  const logger = new AppLogger(config.logFormat, config.logLevel, process.stdout.isTTY === true);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: config.logLevel === 'silent' ? false : logger,
    abortOnError: false,
  });
  configureApp(app, config, await createClusterAdapter(config));
  return app;
}

export function configureApp(
  app: INestApplication,
  config: AppConfig,
  cluster: ClusterAdapter | null = null,
): void {
  if (config.trustProxy)
    (app as NestExpressApplication).set('trust proxy', parseTrustProxy(config.trustProxy));
  app.use(securityHeaders(config));
  // Before ServeStaticModule (AppModule): the build's brotli and gzip copies, to browsers that take them.
  const client = clientDistPath();
  if (client) app.use(precompressedClient(client));
  // Bodies are read only within limits, and only small ones without a token that verifies.
  const tokens = app.get(TokenService);
  app.use(
    bodyParsing(
      {
        general: config.bodyLimitBytes,
        largeJson: { paths: [`/${API_PREFIX}/${IMPORT_PATH}`], limit: IMPORT_BODY_LIMIT },
        largeCsv: { paths: [`/${API_PREFIX}/participants/import`], limit: CSV_LIMIT },
      },
      (token) => tokens.verifies(token),
    ),
  );
  app.use(bodyParserErrors);
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.useWebSocketAdapter(new LiveIoAdapter(app, config, cluster));
  app.enableShutdownHooks();
  if (config.allowedOrigins.length)
    app.enableCors({ origin: config.allowedOrigins, credentials: false });

  serveOpenApi(app, createOpenApiDocument(app));
}

/** Malformed JSON → 400 and an oversized body → 413, in the API's error shape (not Express's HTML page). */
function bodyParserErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const e = error as { type?: string; status?: number } | undefined;
  if (e?.type === 'entity.too.large') {
    res.status(413).json(tooLarge);
  } else if (e?.type === 'entity.parse.failed') {
    const { status, body } = errorResponse(new InvalidInput(['body is not valid JSON']));
    res.status(status).json(body);
  } else if (e?.status && e.status >= 400 && e.status < 500) {
    res.status(e.status).json({
      statusCode: e.status,
      message: 'The request body could not be read',
      error: 'Bad Request',
    });
  } else {
    next(error);
  }
}

/** TRUST_PROXY: a hop count (`1`), `true`, or addresses/subnets (`loopback`, `10.0.0.0/8`). */
function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
