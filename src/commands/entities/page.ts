// Pages of entity lists. The position of a page pins the revision the first page was read at, so
// paging through a roadmap that changes meanwhile neither skips nor repeats an entry.
import { createHash } from 'node:crypto';

export interface PagePosition {
  revisionId: string;
  offset: number;
  /** Fingerprint of the filter the pages were asked with: a position is only valid with the same one. */
  filter: string;
}

export function filterFingerprint(filter: unknown): string {
  return createHash('sha256').update(JSON.stringify(filter)).digest('base64url').slice(0, 12);
}
