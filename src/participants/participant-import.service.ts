import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { generateAccessCode, hashSecret } from './secret-hasher';
import type { Actor } from '../common/auth/actor';
import type { InputProblem, ProblemParams } from '#contract';
import {
  validationMessages,
  validationProblems,
  VALIDATION_OPTIONS,
} from '../common/http/validation';
import { TransactionRunner } from '../database/transaction-runner';
import { CreateParticipantDto } from './dto/create-participant.dto';
import { ParticipantImportResult } from './dto/participant-results.dto';
import { Participant } from './participant.entity';
import { ParticipantsService } from './participants.service';
import { InvalidInput } from '../common/errors';

export const IMPORT_MAX_ROWS = 5000;
const COLUMNS = [
  'name',
  'email',
  'organisation',
  'constituency',
  'country',
  'city',
  'role',
  'language',
];
const REQUIRED_COLUMNS = ['name', 'email', 'organisation', 'constituency', 'country', 'role'];

interface GoodRow {
  dto: CreateParticipantDto;
}

/**
 * Accreditation by CSV: every good line becomes a participant, every bad line is reported
 * with its line number and why, and nothing half-done is stored (good lines commit together).
 */
@Injectable()
export class ParticipantImportService {
  constructor(
    private readonly participants: ParticipantsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async importCsv(
    actor: Actor,
    csv: unknown,
    requestedConferenceId?: string,
  ): Promise<ParticipantImportResult> {
    if (typeof csv !== 'string' || csv.trim() === '') {
      throw bodyRefused('csvMissing', 'body must be a CSV file sent with Content-Type: text/csv');
    }
    const conferenceId = this.participants.resolveConference(actor, requestedConferenceId);
    const records = this.parse(csv);

    const errors: ParticipantImportResult['errors'] = [];
    const good: Array<GoodRow & { line: number }> = [];
    const seen = new Map<string, number>();
    for (const { line, record } of records) {
      const dto = plainToInstance(CreateParticipantDto, blankToUndefined(record));
      const refused = await validate(dto, { ...VALIDATION_OPTIONS, forbidUnknownValues: true });
      if (refused.length) {
        errors.push({
          line,
          message: validationMessages(refused).join('; '),
          problems: validationProblems(refused),
        });
        continue;
      }
      const firstLine = seen.get(dto.email);
      if (firstLine) {
        const message = `email ${dto.email} already appears on line ${firstLine}`;
        errors.push({
          line,
          message,
          problems: [problem('email', 'duplicateInFile', message, { email: dto.email, firstLine })],
        });
        continue;
      }
      seen.set(dto.email, line);
      good.push({ line, dto });
    }

    const codes = good.map(() => generateAccessCode());
    const hashes = await Promise.all(codes.map((code) => hashSecret(code)));

    return this.transactions.run(async ({ em }) => {
      await this.participants.assertConferenceExists(em, conferenceId);
      const existing = new Set(
        good.length
          ? (
              await em.find(Participant, {
                select: { email: true },
                where: { email: In(good.map((g) => g.dto.email)) },
              })
            ).map((p) => p.email)
          : [],
      );
      const accessCodes: ParticipantImportResult['accessCodes'] = [];
      const created: Participant[] = [];
      good.forEach(({ line, dto }, i) => {
        if (existing.has(dto.email)) {
          const message = `a participant with email ${dto.email} already exists`;
          errors.push({
            line,
            message,
            problems: [problem('email', 'alreadyExists', message, { email: dto.email })],
          });
          return;
        }
        created.push(
          em.create(Participant, {
            name: dto.name,
            email: dto.email,
            organisation: dto.organisation,
            constituency: dto.constituency,
            country: dto.country,
            city: dto.city ?? null,
            role: dto.role,
            language: dto.language ?? 'en',
            conferenceId,
            active: true,
            secretHash: hashes[i],
          }),
        );
        accessCodes.push({ email: dto.email, accessCode: codes[i] });
      });
      if (created.length) await em.save(created, { chunk: 200 });
      errors.sort((a, b) => a.line - b.line);
      await this.audit.record(em, {
        action: 'participant.import',
        actor,
        conferenceId,
        details: { created: created.length, skipped: errors.length },
      });
      return { created: created.length, skipped: errors.length, errors, accessCodes };
    });
  }

  private parse(csv: string): Array<{ line: number; record: Record<string, string> }> {
    let rows: Array<{ record: Record<string, string>; info: { lines: number } }>;
    try {
      rows = parse<{ record: Record<string, string>; info: { lines: number } }>(
        csv.replace(/^\uFEFF/, ''),
        {
          columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
          skip_empty_lines: true,
          trim: true,
          info: true,
          relax_column_count: true,
          to: IMPORT_MAX_ROWS + 1,
        },
      );
    } catch (error) {
      const line = (error as { lines?: unknown }).lines;
      throw bodyRefused(
        'csvSyntax',
        `body is not valid CSV: ${(error as Error).message}`,
        typeof line === 'number' ? { line } : undefined,
      );
    }
    if (rows.length > IMPORT_MAX_ROWS)
      throw bodyRefused(
        'csvTooManyRows',
        `body has more than ${IMPORT_MAX_ROWS} participants; split the file`,
        { max: IMPORT_MAX_ROWS },
      );
    const header = rows.length ? Object.keys(rows[0].record) : [];
    const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
    if (rows.length === 0 || missing.length) {
      const message = `body: the CSV header must have the columns ${COLUMNS.join(',')} (missing: ${missing.join(', ') || 'rows'})`;
      throw missing.length
        ? bodyRefused('csvMissingColumns', message, { columns: missing, expected: COLUMNS })
        : bodyRefused('csvNoRows', message, { expected: COLUMNS });
    }
    const unknown = header.filter((c) => !COLUMNS.includes(c));
    if (unknown.length)
      throw bodyRefused('csvUnknownColumns', `body: unknown CSV columns ${unknown.join(', ')}`, {
        columns: unknown,
        expected: COLUMNS,
      });
    return rows.map(({ record, info }) => ({ line: info.lines, record }));
  }
}

/** A line's problem in the shape of the validation pipe's, with a rule of the import's own. */
function problem(
  field: string,
  rule: string,
  message: string,
  params?: ProblemParams,
): InputProblem {
  return { field, rule, ...(params ? { params } : {}), message };
}

/** The whole file refused, with a rule (`csvMissingColumns`) a client can word itself. */
function bodyRefused(rule: string, message: string, params?: ProblemParams): InvalidInput {
  return new InvalidInput([message], {
    field: 'body',
    inputProblems: [problem('body', rule, message, params)],
  });
}

function blankToUndefined(record: Record<string, string>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v === '' ? undefined : v]));
}
