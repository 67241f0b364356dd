// Who may write. Until accounts exist the only credential is the bootstrap admin token; with no
// token configured the server is read-only rather than open.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.ts';

const CHALLENGE = { 'www-authenticate': 'Bearer realm="waymark"' };

// Hashing first makes both sides the same length, so the comparison time says nothing about the token.
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
  return match?.[1];
}

// A writer may say on whose behalf it acts; the name is recorded as the revision's actor.
function actorName(request: FastifyRequest): string {
  const header = request.headers['x-waymark-actor'];
  const text = typeof header === 'string' ? header : '';
  const name = [...text]
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return code >= 32 && code !== 127;
    })
    .join('')
    .trim();
  return name === '' ? 'admin' : name.slice(0, 100);
}

/** onRequest hook of every write route (before the body is read or validated): 401 in the error shape unless the admin token is presented. */
export async function requireWriter(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const expected = request.server.waymark.config.adminToken;
  if (expected === undefined) {
    throw new HttpError(
      401,
      'writes_disabled',
      'this server accepts no writes: no admin token is configured. Set WAYMARK_ADMIN_TOKEN (16 characters or more) and restart, then send Authorization: Bearer <token>',
      {},
      CHALLENGE,
    );
  }
  const given = bearerToken(request);
  if (given === undefined) {
    throw new HttpError(
      401,
      'unauthenticated',
      'writing needs Authorization: Bearer <admin token>',
      {},
      CHALLENGE,
    );
  }
  if (!sameSecret(given, expected)) {
    throw new HttpError(
      401,
      'unauthenticated',
      'the bearer token is not valid',
      {},
      {
        'www-authenticate': 'Bearer realm="waymark", error="invalid_token"',
      },
    );
  }
  request.actor = actorName(request);
}
