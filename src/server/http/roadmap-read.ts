// Reading a roadmap for a response: which revision (?revision= id or number, or ?asOf=), plus
// the roadmap's visibility for Cache-Control.
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import { resolveSelector } from '../../commands/revision-selector.ts';
import type { RoadmapAtRevision, RoadmapSummary } from '../../storage/index.ts';
import { commandContext } from '../context.ts';
import { HttpError } from '../errors.ts';

export const AtQueryProperties = {
  revision: Type.Optional(Type.String({ minLength: 1, description: 'Revision id or number (1, 2, …).' })),
  asOf: Type.Optional(
    Type.String({
      minLength: 1,
      description: 'The roadmap as it was at this date (YYYY-MM-DD, end of day UTC) or ISO date-time.',
    }),
  ),
};

export interface RoadmapRead extends RoadmapAtRevision {
  summary: RoadmapSummary;
}

export async function readRoadmapAt(
  request: FastifyRequest,
  roadmapId: string,
  at: { revision?: string; asOf?: string },
): Promise<RoadmapRead> {
  if (at.revision !== undefined && at.asOf !== undefined) {
    throw new HttpError(400, 'invalid_request', 'give revision or asOf, not both', {
      pointer: '/query/asOf',
    });
  }
  const ctx = commandContext(request);
  const summary = await ctx.store.getRoadmap(ctx.workspaceId, roadmapId);
  const selector =
    at.revision !== undefined
      ? await resolveSelector(ctx, roadmapId, at.revision)
      : at.asOf !== undefined
        ? { asOf: at.asOf }
        : undefined;
  const read = await ctx.store.readRoadmap(ctx.workspaceId, roadmapId, selector);
  return { ...read, summary };
}
