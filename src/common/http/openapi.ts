import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ERROR_STATUSES, ErrorBody, PUBLIC_EXTENSION, type ErrorStatus } from './api-errors';

/** Where the document is served: the Swagger UI, Nest's JSON path and the conventional one. */
export const OPENAPI_PATHS = {
  ui: 'api/docs',
  json: 'api/docs/json',
  conventional: '/api/openapi.json',
} as const;

const BEARER = 'bearer';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

/**
 * The OpenAPI document of every controller, completed with what holds for the whole API rather
 * than per route (`redocly lint` with its recommended rules passes on it at zero findings;
 * test/foundation/openapi.e2e-spec.ts):
 * - security: every route needs the bearer token (the global AuthGuard) unless it is @Public();
 * - 401 on every route behind the guard, 429 on every route (the global throttler), 400 where
 *   the route takes parameters or a body (the validation pipe, UuidParam), 404 where a path
 *   parameter names an object, 413 where it takes a body (body-parsing.ts);
 * - every 4xx/5xx answer carries the shared ErrorBody schema.
 * What a route's service decides (403 beyond the role, 409) is declared on the route with ApiErrors.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Agora API')
      .setDescription(
        'Delegates draft policy recommendations live; the secretariat compiles the outcome ' +
          'document. The realtime contract (socket.io) is described in docs/asyncapi.yaml.',
      )
      .setVersion('1')
      // package.json's licence: UNLICENSED, i.e. no right to use is granted (npm's definition).
      .setLicense(
        'UNLICENSED: all rights reserved',
        'https://docs.npmjs.com/cli/v11/configuring-npm/package-json#license',
      )
      .addServer('/', 'This server (the API lives under /api/v1)')
      .addBearerAuth(
        { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'POST /auth/login' },
        BEARER,
      )
      .build(),
    { extraModels: [ErrorBody] },
  );
  for (const item of Object.values(document.paths))
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) complete(operation);
    }
  return document;
}

function complete(operation: Operation): void {
  const extensions = operation as unknown as Record<string, unknown>;
  const isPublic = PUBLIC_EXTENSION in extensions;
  delete extensions[PUBLIC_EXTENSION];
  operation.security = isPublic ? [] : [{ [BEARER]: [] }];

  const parameters = (operation.parameters ?? []) as { in?: string }[];
  const hasBody = operation.requestBody !== undefined;
  const shared: ErrorStatus[] = [429];
  if (!isPublic) shared.push(401);
  if (hasBody || parameters.length > 0) shared.push(400);
  if (parameters.some((p) => p.in === 'path')) shared.push(404);
  if (hasBody) shared.push(413);
  for (const status of shared)
    operation.responses[status] ??= { description: ERROR_STATUSES[status] };

  for (const [status, response] of Object.entries(operation.responses)) {
    if (Number(status) < 400 || !response || !('description' in response)) continue;
    response.content ??= {
      'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } },
    };
  }
}

/** Swagger UI at /api/docs, the JSON at /api/docs/json and at /api/openapi.json. */
export function serveOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup(OPENAPI_PATHS.ui, app, document, { jsonDocumentUrl: OPENAPI_PATHS.json });
  const http = app.getHttpAdapter();
  http.get(OPENAPI_PATHS.conventional, (_req: unknown, res: unknown) => {
    http.reply(res, document, 200);
  });
}
