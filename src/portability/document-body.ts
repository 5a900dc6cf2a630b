import {
  createParamDecorator,
  ExecutionContext,
  Injectable,
  PipeTransform,
  ValidationPipe,
} from '@nestjs/common';
import type { Request } from 'express';
import { VALIDATION_OPTIONS } from '../common/http/validation';
import { ConferenceDocument } from './dto/conference-document.dto';
import { InvalidInput } from '../common/errors';

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The import's body, validated against ConferenceDocument with the options of every other body,
 * save one rule. The global pipe refuses `null` anywhere in a body, so that a PATCH cannot null a
 * column; a conference document states every nullable column as null, and audit details hold
 * nulls as data. So nulls are allowed here — each nullable field is `@IsOptional()` in the
 * records, each required one refuses null through its type check — and prototype keys are still
 * refused at any depth.
 */
@Injectable()
export class ConferenceDocumentPipe implements PipeTransform<unknown, Promise<ConferenceDocument>> {
  private readonly validation = new ValidationPipe({
    ...VALIDATION_OPTIONS,
    validateCustomDecorators: true,
  });

  async transform(value: unknown): Promise<ConferenceDocument> {
    const keys = prototypeKeys(value);
    if (keys.length) throw new InvalidInput(keys.map((k) => `property ${k} should not exist`));
    const doc = (await this.validation.transform(value, {
      type: 'custom',
      metatype: ConferenceDocument,
    })) as ConferenceDocument;
    return readable(doc);
  }
}

/**
 * Every version the import reads, as the current one: version 1 (before the drafting room) has
 * no `drafts`, and is read as a conference without drafts; from version 2 on the list is required.
 */
function readable(doc: ConferenceDocument): ConferenceDocument {
  if (doc.formatVersion === 1) {
    if (doc.drafts !== undefined && doc.drafts !== null)
      throw new InvalidInput(['drafts: a format version 1 document has no drafts'], {
        field: 'drafts',
      });
    return { ...doc, drafts: [] };
  }
  if (!Array.isArray(doc.drafts))
    throw new InvalidInput([`drafts must be an array (format version ${doc.formatVersion})`], {
      field: 'drafts',
    });
  return doc;
}

/** The raw JSON body: a custom parameter, so only the pipe above validates it. */
export const DocumentBody = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): unknown => ctx.switchToHttp().getRequest<Request>().body,
);

function prototypeKeys(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const found: string[] = [];
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) found.push(at);
    else found.push(...prototypeKeys((value as Record<string, unknown>)[key], at));
  }
  return found;
}
