// The one list of route plugins mounted under /api/v1. Each plugin adds one resource's routes;
// append a line for a new one. Conventions all plugins follow:
// - roadmap resources sit under /roadmaps/:roadmapId/… in the workspace `workspaceOf(request)`
//   (spread WorkspaceQueryProperties from ../context.ts into the querystring schema);
// - writes use `onRequest: requireWriter` (../auth.ts) and take their base revision from
//   `requireBaseRevision` (../http/revision-headers.ts); reads of a roadmap call
//   `answerConditionalRead` and answer 304 when it says so;
// - errors are thrown (WaymarkError or HttpError) and leave through ../errors.ts; give each
//   route a schema with `tags` and `response` so the OpenAPI document describes it.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { checkinRoutes } from './checkins.ts';
import { diffRoutes } from './diff.ts';
import { eventRoutes } from './events.ts';
import { exportRoutes } from './export.ts';
import { feedRoutes } from './feeds.ts';
import { importRoutes } from './import.ts';
import { itemRoutes } from './items.ts';
import { kpiRoutes } from './kpis.ts';
import { revisionRoutes } from './revisions.ts';
import { roadmapRoutes } from './roadmaps.ts';
import { searchRoutes } from './search.ts';
import { sectionRoutes } from './sections.ts';
import { webhookRoutes } from './webhooks.ts';
import { workspaceRoutes } from './workspaces.ts';

export const apiRoutes: readonly FastifyPluginAsyncTypebox[] = [
  workspaceRoutes,
  roadmapRoutes,
  revisionRoutes,
  diffRoutes,
  searchRoutes,
  importRoutes,
  exportRoutes,
  feedRoutes,
  eventRoutes,
  webhookRoutes,
  itemRoutes,
  sectionRoutes,
  checkinRoutes,
  kpiRoutes,
];
