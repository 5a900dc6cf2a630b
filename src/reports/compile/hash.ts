import { createHash } from 'node:crypto';
import type { OutcomeDocument } from '../outcome-document';
import { canonicalJson } from '../render';

/**
 * The document's fingerprint: SHA-256 of its canonical JSON with the version number, the
 * draft/final status and the fingerprint itself left out. Everything else — every text, number,
 * heading choice and the issue date — is covered, so compiling the same closed sessions again
 * gives the same hash, and finalizing a version does not change it.
 */
export function contentHash(doc: OutcomeDocument): string {
  const meta: Partial<OutcomeDocument['meta']> = { ...doc.meta };
  delete meta.version;
  delete meta.status;
  delete meta.sha256;
  return createHash('sha256')
    .update(canonicalJson({ ...doc, meta }))
    .digest('hex');
}
