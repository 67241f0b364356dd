// The one error shape every response uses, and the one place that turns thrown errors into it.
// Domain errors carry codes (src/domain/errors.ts); only this file knows their HTTP statuses.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import Type, { type Static } from 'typebox';
import { StaleRevisionError, ValidationError, WaymarkError } from '../domain/errors.ts';
import { etagOf } from './http/revision-headers.ts';

export const ErrorIssue = Type.Object({
  pointer: Type.String({ description: 'JSON pointer of the offending value ("" for the whole body).' }),
  message: Type.String(),
});

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable, machine-readable: not_found, stale_revision, …' }),
      message: Type.String(),
      status: Type.Integer(),
      pointer: Type.Optional(Type.String()),
      issues: Type.Optional(Type.Array(ErrorIssue)),
      currentRevision: Type.Optional(
        Type.String({ description: 'On stale_revision: the head the write must be based on instead.' }),
      ),
    }),
  },
  { $id: 'Error', description: 'Every error response has this shape.' },
);
export type ErrorBody = Static<typeof ErrorBody>;
type ErrorDetail = ErrorBody['error'];

/** An error the HTTP layer itself raises: a missing precondition, a bad header, a refused token. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Pick<ErrorDetail, 'pointer' | 'issues'> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorBody(status: number, code: string, message: string, extra: Partial<ErrorDetail> = {}) {
  return { error: { code, message, status, ...extra } } satisfies ErrorBody;
}

const DOMAIN_STATUS: Record<string, number> = {
  invalid_document: 422,
  not_found: 404,
  already_exists: 409,
  stale_revision: 412,
};

// Fastify names the request part a validation error came from; the pointer says where in it.
const PART_POINTER: Record<string, string> = {
  body: '',
  querystring: '/query',
  params: '/params',
  headers: '/headers',
};

interface ValidationEntry {
  instancePath?: string;
  message?: string;
  params?: { requiredProperties?: string[]; missingProperty?: string; additionalProperties?: string[] };
}

function validationIssues(error: FastifyError): { pointer: string; message: string }[] {
  const prefix = PART_POINTER[error.validationContext ?? 'body'] ?? '';
  // TypeBox reports a forbidden extra key twice: as a false schema and as an additional property.
  const entries = (error.validation ?? []).filter((entry) => entry.message !== 'schema is false');
  return entries.map((entry: ValidationEntry) => {
    const missing = entry.params?.requiredProperties?.[0] ?? entry.params?.missingProperty;
    const extra = entry.params?.additionalProperties?.[0];
    const field = missing ?? extra;
    const pointer = `${prefix}${entry.instancePath ?? ''}${field ? `/${field}` : ''}`;
    return { pointer, message: entry.message ?? 'invalid value' };
  });
}

function describe(part: string | undefined, issues: { pointer: string; message: string }[]): string {
  const where = part === 'querystring' ? 'query string' : (part ?? 'body');
  const first = issues[0];
  return first ? `invalid ${where}: ${first.pointer || '/'} ${first.message}` : `invalid ${where}`;
}

/** Fastify's error handler: every failure leaves as ErrorBody, never with a stack trace. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof HttpError) {
    reply.headers(error.headers);
    return reply.code(error.status).send(errorBody(error.status, error.code, error.message, error.details));
  }
  if (error instanceof WaymarkError) {
    const status = DOMAIN_STATUS[error.code] ?? 400;
    const extra: Partial<ErrorDetail> = {};
    if (error instanceof ValidationError && error.issues.length > 0) {
      extra.issues = error.issues.slice(0, 100).map(({ pointer, message }) => ({ pointer, message }));
      extra.pointer = error.issues[0]?.pointer ?? '';
    }
    if (error instanceof StaleRevisionError) {
      extra.currentRevision = error.currentRevisionId;
      reply.header('etag', etagOf(error.currentRevisionId));
    }
    return reply.code(status).send(errorBody(status, error.code, error.message, extra));
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const issues = validationIssues(fastifyError);
    return reply.code(400).send(
      errorBody(400, 'invalid_request', describe(fastifyError.validationContext, issues), {
        issues,
        pointer: issues[0]?.pointer ?? '',
      }),
    );
  }
  const status = fastifyError.statusCode ?? 500;
  if (status === 413) {
    return reply
      .code(413)
      .send(errorBody(413, 'body_too_large', 'the request body is larger than this endpoint accepts'));
  }
  if (status === 429) {
    return reply.code(429).send(errorBody(429, 'rate_limited', fastifyError.message));
  }
  if (status >= 400 && status < 500) {
    const code =
      fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? 'unsupported_media_type'
        : fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
          ? 'invalid_json'
          : 'bad_request';
    return reply.code(status).send(errorBody(status, code, fastifyError.message));
  }
  request.log.error({ err: error }, 'request failed');
  return reply
    .code(500)
    .send(errorBody(500, 'internal', `internal error; quote request id ${request.id} when reporting it`));
}

/** Runs a write whose document sits at `prefix` in the request body, so issue pointers name the body. */
export async function underPointer<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const issues = error.issues.map((issue) => ({
      pointer: `${prefix}${issue.pointer}`,
      message: issue.message,
    }));
    throw new ValidationError(error.message, issues);
  }
}

/** Unknown routes answer in the same shape as every other error. */
export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  return reply
    .code(404)
    .send(errorBody(404, 'route_not_found', `no route ${request.method} ${request.url.split('?')[0]}`));
}
