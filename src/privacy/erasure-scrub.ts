import type { EntityManager } from 'typeorm';
import type { AuditRepository } from '../audit/audit.repository';
import { Sql } from '../database/sql';

export const ERASED_NAME = 'Erased participant';
const ERASED_VALUE = '[erased]';
/** Fields of a participant that erasure removes (organisation and constituency stay). */
const PERSONAL_FIELDS = ['name', 'email', 'city', 'country'] as const;

/** A unique address on a reserved, never-routable domain (RFC 2606), so the unique index holds. */
export function erasedEmail(participantId: string): string {
  return `erased-${participantId}@erased.invalid`;
}

/**
 * What a conference's export shows instead of the email of a participant the exporting
 * secretariat does not manage (a platform-wide account): unique, on the same reserved domain
 * kind, and recognised on import.
 */
export function withheldEmail(participantId: string): string {
  return `withheld-${participantId}@withheld.invalid`;
}

export function isWithheldEmail(participantId: string, email: string): boolean {
  return email.toLowerCase() === withheldEmail(participantId);
}

/**
 * Copies of a participant's name and email outside their own row: the realtime events kept for
 * resync (authors, sponsors, moderators as {id, name, organisation}), the stored first answers of
 * idempotent requests, and the before/after values of profile changes in the audit. Rewritten
 * in the erasure's own transaction; returns how many rows of each were rewritten.
 */
export async function scrubCopies(
  em: EntityManager,
  participantId: string,
  auditEntries: AuditRepository,
): Promise<Record<string, number>> {
  const sql = new Sql(em);
  const like = `%${participantId}%`;
  let events = 0;
  for (const row of await sql.rows<{ sessionId: string; seq: number; payload: string }>(
    'SELECT "sessionId", "seq", "payload" FROM "session_events" WHERE "payload" LIKE ?',
    [like],
  )) {
    const payload: unknown = JSON.parse(row.payload);
    if (!scrubPerson(payload, participantId)) continue;
    await sql.run('UPDATE "session_events" SET "payload" = ? WHERE "sessionId" = ? AND "seq" = ?', [
      JSON.stringify(payload),
      row.sessionId,
      row.seq,
    ]);
    events++;
  }
  let responses = 0;
  for (const row of await sql.rows<{ participantId: string; key: string; responseBody: string }>(
    'SELECT "participantId", "key", "responseBody" FROM "idempotency_keys" WHERE "responseBody" LIKE ?',
    [like],
  )) {
    const body: unknown = JSON.parse(row.responseBody);
    if (!scrubPerson(body, participantId)) continue;
    await sql.run(
      'UPDATE "idempotency_keys" SET "responseBody" = ? WHERE "participantId" = ? AND "key" = ?',
      [JSON.stringify(body), row.participantId, row.key],
    );
    responses++;
  }
  let audit = 0;
  for (const entry of await auditEntries.aboutParticipant(em, participantId)) {
    const changes = entry.details?.changes as Record<string, unknown> | undefined;
    if (!changes) continue;
    let changed = false;
    for (const field of PERSONAL_FIELDS)
      if (field in changes) {
        changes[field] = { from: ERASED_VALUE, to: ERASED_VALUE };
        changed = true;
      }
    if (changed) {
      await auditEntries.rewriteDetails(em, entry.id, entry.details);
      audit++;
    }
  }
  return { events, responses, audit };
}

/** Rewrites, in place, every object of `value` that is this participant; true if any was. */
function scrubPerson(value: unknown, participantId: string): boolean {
  if (Array.isArray(value))
    return value.map((item) => scrubPerson(item, participantId)).some(Boolean);
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  let changed = false;
  if (record.id === participantId) {
    if ('name' in record) record.name = ERASED_NAME;
    if ('email' in record) record.email = erasedEmail(participantId);
    if ('city' in record) record.city = null;
    if ('country' in record) record.country = null;
    delete record.accessCode;
    changed = true;
  }
  for (const child of Object.values(record)) changed = scrubPerson(child, participantId) || changed;
  return changed;
}
