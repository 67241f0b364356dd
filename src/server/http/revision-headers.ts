// HTTP preconditions over revision ids: a roadmap's ETag is the id of the revision read, so a
// client's If-Match is exactly the base revision the store's compare-and-set needs.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../errors.ts';

export type Visibility = 'public' | 'private';

/** Strong, quoted entity tag of a revision. */
export function etagOf(revisionId: string): string {
  return `"${revisionId}"`;
}

/** Public roadmaps may sit in shared caches (a CDN) for a minute; private ones are revalidated. */
export function cacheControlFor(visibility: Visibility): string {
  return visibility === 'public' ? 'public, max-age=60' : 'private, no-cache';
}

function headerValue(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  const text = Array.isArray(value) ? value.join(', ') : value;
  return text?.trim() ? text.trim() : undefined;
}

function splitTags(value: string): string[] {
  return (value.match(/(W\/)?"[^"]*"|\*/g) ?? []).map((tag) => tag.trim());
}

/** True when If-None-Match names this entity tag (weak comparison, as RFC 9110 asks) or is `*`. */
export function clientHasCurrent(request: FastifyRequest, etag: string): boolean {
  const ifNoneMatch = headerValue(request, 'if-none-match');
  if (!ifNoneMatch) return false;
  return splitTags(ifNoneMatch).some((tag) => tag === '*' || tag.replace(/^W\//, '') === etag);
}

/**
 * Sets ETag and Cache-Control for a read of `revisionId`; true when the client's copy
 * (If-None-Match) is that revision, so the caller answers 304 with no body.
 */
export function answerConditionalRead(
  request: FastifyRequest,
  reply: FastifyReply,
  read: { revisionId: string; visibility: Visibility },
): boolean {
  const etag = etagOf(read.revisionId);
  reply.header('etag', etag).header('cache-control', cacheControlFor(read.visibility));
  return clientHasCurrent(request, etag);
}

/** The single revision id named by If-Match, or undefined when the header is absent. */
export function parseIfMatch(request: FastifyRequest): string | undefined {
  const value = headerValue(request, 'if-match');
  if (value === undefined) return undefined;
  const tags = splitTags(value);
  const only = tags[0];
  if (tags.length !== 1 || only === undefined) {
    throw new HttpError(
      400,
      'invalid_precondition',
      'If-Match must name exactly one ETag, e.g. If-Match: "<revision id>"',
      {
        pointer: '/headers/if-match',
      },
    );
  }
  if (only === '*') {
    throw new HttpError(
      400,
      'invalid_precondition',
      'If-Match: * would overwrite whatever is current; send the ETag of the revision you read',
      { pointer: '/headers/if-match' },
    );
  }
  if (only.startsWith('W/')) {
    throw new HttpError(
      400,
      'invalid_precondition',
      'If-Match needs the strong ETag the read returned, not a weak one',
      {
        pointer: '/headers/if-match',
      },
    );
  }
  const id = only.slice(1, -1);
  if (id === '') {
    throw new HttpError(400, 'invalid_precondition', 'If-Match names an empty ETag', {
      pointer: '/headers/if-match',
    });
  }
  return id;
}

/**
 * The revision a write is based on, from If-Match or `baseRevision` in the body. A write without
 * either is refused (428): the server never guesses a base, so no concurrent change is overwritten.
 */
export function requireBaseRevision(request: FastifyRequest, bodyBase?: string): string {
  const fromHeader = parseIfMatch(request);
  if (fromHeader !== undefined && bodyBase !== undefined && fromHeader !== bodyBase) {
    throw new HttpError(
      400,
      'invalid_precondition',
      `If-Match names revision ${fromHeader} but baseRevision in the body names ${bodyBase}`,
      { pointer: '/baseRevision' },
    );
  }
  const base = fromHeader ?? bodyBase;
  if (base === undefined) {
    throw new HttpError(
      428,
      'precondition_required',
      'this write must name the revision it is based on: send If-Match with the ETag of your last read, or baseRevision in the body',
      { pointer: '/headers/if-match' },
    );
  }
  return base;
}

/** After a write: the new head's ETag, so the client can chain its next write without a read. */
export function sendWrittenRevision(reply: FastifyReply, revisionId: string): void {
  reply.header('etag', etagOf(revisionId));
}
