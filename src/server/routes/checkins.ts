// Check-ins of a roadmap and their entries: list, read, create, put, edit, delete.
import Type from 'typebox';
import {
  addEntry,
  createCheckin,
  deleteCheckin,
  deleteEntry,
  getCheckin,
  getEntry,
  listCheckins,
  putCheckin,
  updateCheckin,
  updateEntry,
} from '../../commands/entities/checkins.ts';
import { Slug } from '../../domain/interchange/index.ts';
import { requireWriter } from '../auth.ts';
import { WorkspaceQueryProperties } from '../context.ts';
import {
  atEveryBase,
  BaseRevision,
  baseOf,
  conditionalRead,
  entityContext,
  locationOf,
  Message,
  messageOf,
  Position,
  paramsAt,
  readErrors,
  security,
  writeErrors,
  written,
} from './entities-http.ts';
import {
  Checkin,
  CheckinDraft,
  CheckinEntry,
  CheckinPatchSet,
  EntryDraft,
  EntryPatchSet,
  WriteAnswer,
} from './entities-schemas.ts';

const tags = ['check-ins'];
const WorkspaceQuery = Type.Object(WorkspaceQueryProperties);
const CheckinWrite = WriteAnswer(
  { checkin: Checkin },
  'The new revision and the check-in as written (or as deleted).',
);
const EntryWrite = WriteAnswer(
  {
    checkin: Checkin,
    entry: CheckinEntry,
    index: Type.Integer({ description: 'The entry’s index in the check-in.' }),
  },
  'The new revision, the check-in, and the entry as written (or as deleted).',
);
const CheckinBody = Type.Object(
  { checkin: CheckinDraft, baseRevision: BaseRevision, message: Message },
  { additionalProperties: false },
);
const EntryIndex = Type.Integer({ minimum: 0, description: 'Index of the entry in the check-in, from 0.' });

export const checkinRoutes = atEveryBase((app, base) => {
  const checkinPath = `${base.path}/checkins/:checkinId`;
  const entryPath = `${checkinPath}/entries/:entryIndex`;
  const CheckinParams = paramsAt(base, { checkinId: Slug });
  const EntryParams = paramsAt(base, { checkinId: Slug, entryIndex: EntryIndex });
  const checkinOf = (params: unknown) => (params as { checkinId: string }).checkinId;
  const entryOf = (params: unknown) => (params as { entryIndex: number }).entryIndex;

  app.get(
    `${base.path}/checkins`,
    {
      schema: {
        tags,
        summary: 'List check-ins, oldest first',
        params: paramsAt(base, {}),
        querystring: WorkspaceQuery,
        response: { 200: Type.Object({ items: Type.Array(Checkin) }), 304: Type.Null(), ...readErrors },
      },
    },
    async (request, reply) => {
      const revisionId = await conditionalRead(request, reply);
      if (revisionId === undefined) return reply;
      const ctx = entityContext(request);
      return { items: (await listCheckins(ctx, { roadmapId: ctx.roadmapId, revisionId })).checkins };
    },
  );

  app.post(
    `${base.path}/checkins`,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Record a check-in',
        security,
        params: paramsAt(base, {}),
        querystring: WorkspaceQuery,
        body: CheckinBody,
        response: { 201: CheckinWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const result = await createCheckin(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        checkin: request.body.checkin,
        ...messageOf(request),
      });
      return reply
        .code(201)
        .header('location', locationOf(request, result.checkin.id))
        .send({ ...written(reply, result.revision), checkin: result.checkin });
    },
  );

  app.get(
    checkinPath,
    {
      schema: {
        tags,
        summary: 'Read a check-in',
        params: CheckinParams,
        querystring: WorkspaceQuery,
        response: { 200: Checkin, 304: Type.Null(), ...readErrors },
      },
    },
    async (request, reply) => {
      const revisionId = await conditionalRead(request, reply);
      if (revisionId === undefined) return reply;
      const ctx = entityContext(request);
      return (
        await getCheckin(ctx, { roadmapId: ctx.roadmapId, checkinId: checkinOf(request.params), revisionId })
      ).checkin;
    },
  );

  app.put(
    checkinPath,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Create the check-in with this id, or replace it',
        security,
        params: CheckinParams,
        querystring: WorkspaceQuery,
        body: CheckinBody,
        response: { 200: CheckinWrite, 201: CheckinWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const result = await putCheckin(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        checkinId: checkinOf(request.params),
        checkin: request.body.checkin,
        ...messageOf(request),
      });
      return reply
        .code(result.created ? 201 : 200)
        .send({ ...written(reply, result.revision), checkin: result.checkin });
    },
  );

  app.patch(
    checkinPath,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Change a check-in’s fields',
        security,
        params: CheckinParams,
        querystring: WorkspaceQuery,
        body: Type.Object(
          { ...CheckinPatchSet, baseRevision: BaseRevision, message: Message },
          { additionalProperties: false },
        ),
        response: { 200: CheckinWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const { set, unset } = request.body;
      const result = await updateCheckin(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        checkinId: checkinOf(request.params),
        patch: {
          ...(set ? { set } : {}),
          ...(unset
            ? { unset: unset as ('date' | 'title' | 'scope' | 'health' | 'entries' | 'summary')[] }
            : {}),
        },
        ...messageOf(request),
      });
      return { ...written(reply, result.revision), checkin: result.checkin };
    },
  );

  app.delete(
    checkinPath,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Delete a check-in',
        security,
        params: CheckinParams,
        querystring: WorkspaceQuery,
        response: { 200: CheckinWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const result = await deleteCheckin(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        checkinId: checkinOf(request.params),
      });
      return { ...written(reply, result.revision), checkin: result.checkin };
    },
  );

  app.post(
    `${checkinPath}/entries`,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Add an entry to a check-in',
        security,
        params: CheckinParams,
        querystring: WorkspaceQuery,
        body: Type.Object(
          { entry: EntryDraft, position: Position, baseRevision: BaseRevision, message: Message },
          { additionalProperties: false },
        ),
        response: { 201: EntryWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const { entry, position } = request.body;
      const result = await addEntry(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        checkinId: checkinOf(request.params),
        entry,
        ...(position !== undefined ? { position } : {}),
        ...messageOf(request),
      });
      return reply
        .code(201)
        .header('location', locationOf(request, result.index))
        .send({
          ...written(reply, result.revision),
          checkin: result.checkin,
          entry: result.entry,
          index: result.index,
        });
    },
  );

  app.get(
    entryPath,
    {
      schema: {
        tags,
        summary: 'Read one entry of a check-in',
        params: EntryParams,
        querystring: WorkspaceQuery,
        response: { 200: CheckinEntry, 304: Type.Null(), ...readErrors },
      },
    },
    async (request, reply) => {
      const revisionId = await conditionalRead(request, reply);
      if (revisionId === undefined) return reply;
      const ctx = entityContext(request);
      const read = await getEntry(ctx, {
        roadmapId: ctx.roadmapId,
        checkinId: checkinOf(request.params),
        entryIndex: entryOf(request.params),
        revisionId,
      });
      return read.entry;
    },
  );

  app.patch(
    entryPath,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Change an entry of a check-in',
        security,
        params: EntryParams,
        querystring: WorkspaceQuery,
        body: Type.Object(
          { ...EntryPatchSet, baseRevision: BaseRevision, message: Message },
          { additionalProperties: false },
        ),
        response: { 200: EntryWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const { set, unset } = request.body;
      const result = await updateEntry(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        checkinId: checkinOf(request.params),
        entryIndex: entryOf(request.params),
        patch: { ...(set ? { set } : {}), ...(unset ? { unset } : {}) },
        ...messageOf(request),
      });
      return {
        ...written(reply, result.revision),
        checkin: result.checkin,
        entry: result.entry,
        index: result.index,
      };
    },
  );

  app.delete(
    entryPath,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Delete an entry of a check-in',
        security,
        params: EntryParams,
        querystring: WorkspaceQuery,
        response: { 200: EntryWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const result = await deleteEntry(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        checkinId: checkinOf(request.params),
        entryIndex: entryOf(request.params),
      });
      return {
        ...written(reply, result.revision),
        checkin: result.checkin,
        entry: result.entry,
        index: result.index,
      };
    },
  );
});
