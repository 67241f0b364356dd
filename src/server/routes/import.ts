// Import: a document in any supported format as the request body, parsed to waymark/v1 and
// stored as a new roadmap (201) or as the next revision of an existing one (If-Match required).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { putRoadmap } from '../../commands/put-roadmap.ts';
import { validateDocument } from '../../domain/interchange/index.ts';
import { decodeText, NotTextError } from '../../formats/decode.ts';
import { FORMAT_NAMES, type InputFormat } from '../../formats/detect.ts';
import { importText } from '../../formats/import-text.ts';
import { requireWriter } from '../auth.ts';
import { commandContext, roadmapUrl, WorkspaceQueryProperties } from '../context.ts';
import { ErrorBody, HttpError } from '../errors.ts';
import { parseIfMatch, requireBaseRevision, sendWrittenRevision } from '../http/revision-headers.ts';
import { VisibilityValue, WriteResult } from '../schemas/resources.ts';

const MAX_WARNINGS = 200;

const Warning = Type.Object({ line: Type.Integer(), column: Type.Integer(), message: Type.String() });

const ImportQuery = Type.Object({
  ...WorkspaceQueryProperties,
  format: Type.Optional(
    Type.Enum([...FORMAT_NAMES], {
      description: 'The document format; detected from filename and content when absent.',
    }),
  ),
  filename: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 500,
      description: 'Original file name: a format hint and the fallback title.',
    }),
  ),
  id: Type.Optional(
    Type.String({
      pattern: '^[a-z0-9][a-z0-9._-]*$',
      maxLength: 200,
      description: 'Roadmap id to use instead of the inferred one.',
    }),
  ),
  dryRun: Type.Optional(
    Type.Boolean({ description: 'Parse and check only: return the document and warnings, store nothing.' }),
  ),
  visibility: Type.Optional(VisibilityValue),
  message: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
});

const Parsed = Type.Object({
  format: Type.String(),
  document: Type.Unsafe<unknown>({
    type: 'object',
    additionalProperties: true,
    description: 'The parsed waymark/v1 document.',
  }),
  warnings: Type.Array(Warning),
  warningCount: Type.Integer(),
});

export const importRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // The body is the document itself, whatever its media type: read every type as raw bytes here.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: app.waymark.limits.importBodyBytes },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/import',
    {
      onRequest: requireWriter,
      bodyLimit: app.waymark.limits.importBodyBytes,
      schema: {
        tags: ['import'],
        summary: 'Import a document in any supported format',
        description: `The request body is the document (${FORMAT_NAMES.join(', ')}). A new roadmap is created (201); an existing one gets a new revision and needs If-Match.`,
        security: [{ adminToken: [] }],
        querystring: ImportQuery,
        body: Type.Unsafe<Buffer>({ description: 'The document bytes.' }),
        response: {
          200: Type.Union([
            Parsed,
            Type.Intersect([
              WriteResult,
              Type.Object({ warnings: Type.Array(Warning), warningCount: Type.Integer() }),
            ]),
          ]),
          201: Type.Intersect([
            WriteResult,
            Type.Object({ warnings: Type.Array(Warning), warningCount: Type.Integer() }),
          ]),
          400: ErrorBody,
          401: ErrorBody,
          409: ErrorBody,
          412: ErrorBody,
          413: ErrorBody,
          422: ErrorBody,
          428: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { format, filename, id, dryRun, visibility, message } = request.query;
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
        throw new HttpError(400, 'empty_body', 'send the document as the request body', { pointer: '' });
      }
      let text: string;
      let decodeWarnings: { line: number; column: number; message: string }[];
      try {
        ({ text, warnings: decodeWarnings } = decodeText(bytes));
      } catch (error) {
        if (error instanceof NotTextError)
          throw new HttpError(422, 'not_text', error.message, { pointer: '' });
        throw error;
      }
      const imported = importText(text, {
        ...(filename ? { path: filename } : {}),
        ...(format ? { format: format as InputFormat } : {}),
        ...(id ? { id } : {}),
      });
      const document = validateDocument(imported.document);
      const allWarnings = [...decodeWarnings, ...imported.warnings].map(({ line, column, message }) => ({
        line,
        column,
        message,
      }));
      const warnings = allWarnings.slice(0, MAX_WARNINGS);
      if (dryRun) return { format: imported.format, document, warnings, warningCount: allWarnings.length };

      const ctx = commandContext(request);
      const head = await ctx.store.headRevision(ctx.workspaceId, document.roadmap.id);
      const creating = head === undefined && parseIfMatch(request) === undefined;
      const revision = await putRoadmap(ctx, document, {
        baseRevisionId: creating ? null : requireBaseRevision(request),
        ...(visibility ? { visibility } : {}),
        ...(message ? { message } : {}),
        kind: 'import',
      });
      sendWrittenRevision(reply, revision.id);
      const { created, ...info } = revision;
      const body = { revision: info, created, warnings, warningCount: allWarnings.length };
      if (creating) {
        return reply.code(201).header('location', roadmapUrl(request, info.roadmapId)).send(body);
      }
      return body;
    },
  );
};
