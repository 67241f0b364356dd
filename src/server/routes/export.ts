// Export: a roadmap in any format of src/formats/render.ts, with its media type.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { Slug } from '../../domain/interchange/index.ts';
import { EXPORT_FORMATS, type ExportFormat, renderDocument } from '../../formats/render.ts';
import { commandContext, WorkspaceQueryProperties } from '../context.ts';
import { ErrorBody } from '../errors.ts';
import { answerConditionalRead } from '../http/revision-headers.ts';
import { AtQueryProperties, readRoadmapAt } from '../http/roadmap-read.ts';

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, { type: string; extension: string }> = {
  json: { type: 'application/json; charset=utf-8', extension: 'json' },
  yaml: { type: 'application/yaml; charset=utf-8', extension: 'yaml' },
  html: { type: 'text/html; charset=utf-8', extension: 'html' },
  md: { type: 'text/markdown; charset=utf-8', extension: 'md' },
  rst: { type: 'text/x-rst; charset=utf-8', extension: 'rst' },
  wikitext: { type: 'text/x-wiki; charset=utf-8', extension: 'wiki' },
  csv: { type: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  ics: { type: 'text/calendar; charset=utf-8', extension: 'ics' },
  mermaid: { type: 'text/vnd.mermaid; charset=utf-8', extension: 'mmd' },
  atom: { type: 'application/atom+xml; charset=utf-8', extension: 'atom' },
};

// The HTML export is a standalone page without script; the policy keeps it so if opened from here.
const HTML_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; base-uri 'none'; form-action 'none'";

export const exportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/roadmaps/:roadmapId/export',
    {
      schema: {
        tags: ['export'],
        summary: 'Export a roadmap',
        description: `Formats: ${EXPORT_FORMATS.join(', ')}. json is the waymark/v1 interchange document.`,
        params: Type.Object({ roadmapId: Slug }),
        querystring: Type.Object({
          ...WorkspaceQueryProperties,
          ...AtQueryProperties,
          format: Type.Enum([...EXPORT_FORMATS], { default: 'json' }),
        }),
        response: {
          200: Type.Unsafe<string>({ description: 'The roadmap in the requested format.' }),
          304: Type.Null(),
          400: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { roadmapId } = request.params;
      const format = request.query.format ?? 'json';
      const read = await readRoadmapAt(request, roadmapId, request.query);
      if (
        answerConditionalRead(request, reply, {
          revisionId: read.revision.id,
          visibility: read.summary.visibility,
        })
      ) {
        return reply.code(304).send(null);
      }
      const ctx = commandContext(request);
      // The feed lists the revisions up to the one exported.
      const revisions =
        format === 'atom'
          ? await ctx.store.listRevisions(ctx.workspaceId, roadmapId, {
              limit: 50,
              beforeSeq: read.revision.seq + 1,
            })
          : undefined;
      const text = renderDocument(
        { format: 'waymark/v1', roadmap: read.roadmap },
        format,
        revisions ? { revisions } : {},
      );
      const media = EXPORT_MEDIA_TYPES[format];
      reply
        .type(media.type)
        .header('content-disposition', `inline; filename="${roadmapId}.${media.extension}"`)
        .header('x-content-type-options', 'nosniff');
      if (format === 'html') reply.header('content-security-policy', HTML_POLICY);
      return reply.send(text);
    },
  );
};
