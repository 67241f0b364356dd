// Items of a roadmap: list with filters and pages, read, create, edit, move, delete.
import Type, { type Static } from 'typebox';
import {
  createItem,
  deleteItem,
  getItem,
  listItems,
  MAX_PAGE_SIZE,
  moveItem,
  updateItem,
} from '../../commands/entities/items.ts';
import { filterFingerprint, type PagePosition } from '../../commands/entities/page.ts';
import { Item, Priority, Slug, Status } from '../../domain/interchange/index.ts';
import type { ItemFilter } from '../../domain/roadmap/item-query.ts';
import { parseDateRange } from '../../domain/roadmap/item-query.ts';
import { requireWriter } from '../auth.ts';
import { WorkspaceQueryProperties } from '../context.ts';
import { HttpError } from '../errors.ts';
import { decodeCursor, encodeCursor } from '../http/cursor.ts';
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
import { ItemDraft, ItemPatchSet, ItemView, ListedItem, PageOf, WriteAnswer } from './entities-schemas.ts';

const tags = ['items'];
const WorkspaceQuery = Type.Object(WorkspaceQueryProperties);
const ItemWrite = WriteAnswer({ item: Item }, 'The new revision and the item as written (or as deleted).');

const oneOrMany = <T extends Parameters<typeof Type.Array>[0]>(schema: T, description: string) =>
  Type.Optional(Type.Union([schema, Type.Array(schema)], { description }));

const ListQuery = Type.Object({
  ...WorkspaceQueryProperties,
  status: oneOrMany(Status, 'Repeat for any of several.'),
  priority: oneOrMany(Priority, 'Repeat for any of several.'),
  lead: oneOrMany(Type.String({ minLength: 1 }), 'A lead as written, any case; repeat for any of several.'),
  tag: oneOrMany(Type.String({ minLength: 1 }), 'Any case; repeat for any of several.'),
  label: oneOrMany(Type.String({ minLength: 1 }), 'Any case; repeat for any of several.'),
  section: Type.Optional({ ...Slug, description: 'Items anywhere under this section, work included.' }),
  target: Type.Optional(
    Type.String({
      minLength: 1,
      description:
        'Items whose target overlaps: START..END (either may be left out), one YYYY-MM-DD date, or a period such as 2026, Q2 2026, 2026h1.',
    }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })),
  cursor: Type.Optional(Type.String({ minLength: 1 })),
});

const Placement = {
  section: Type.Optional(
    Type.Union([Slug, Type.Null()], { description: 'Into this section; null for the roadmap’s own items.' }),
  ),
  parent: Type.Optional({ ...Slug, description: 'Into the work of this item.' }),
  position: Position,
};

const list = <T>(value: T | T[] | undefined): T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value];

function filterOf(query: Static<typeof ListQuery>): ItemFilter {
  const filter: ItemFilter = {};
  const status = list(query.status);
  const priority = list(query.priority);
  const lead = list(query.lead);
  const tag = list(query.tag);
  const label = list(query.label);
  if (status) filter.status = status;
  if (priority) filter.priority = priority;
  if (lead) filter.lead = lead;
  if (tag) filter.tag = tag;
  if (label) filter.label = label;
  if (query.section !== undefined) filter.section = query.section;
  if (query.target !== undefined) filter.target = parseDateRange(query.target, '/query/target');
  return filter;
}

function cursorPosition(cursor: string, filter: ItemFilter): PagePosition {
  const decoded = decodeCursor(cursor, { r: 'string', o: 'number', f: 'string' });
  if (decoded.f !== filterFingerprint(filter)) {
    throw new HttpError(
      400,
      'invalid_cursor',
      'the cursor belongs to a listing with other filters; keep the filters of the first page',
      {
        pointer: '/query/cursor',
      },
    );
  }
  return { revisionId: decoded.r, offset: decoded.o, filter: decoded.f };
}

export const itemRoutes = atEveryBase((app, base) => {
  const itemPath = `${base.path}/items/:itemId`;
  const ItemParams = paramsAt(base, { itemId: Slug });

  app.get(
    `${base.path}/items`,
    {
      schema: {
        tags,
        summary: 'List items, with filters, in document order',
        description:
          'Every item, nested work included, flattened; each with its section, parent and work ids. Filters combine with AND; repeated values of one filter with OR. Pages are read at the revision of the first page (the ETag) so a listing never skips or repeats an item.',
        params: paramsAt(base, {}),
        querystring: ListQuery,
        response: { 200: PageOf(ListedItem, 'A page of items.'), 304: Type.Null(), ...readErrors },
      },
    },
    async (request, reply) => {
      const filter = filterOf(request.query);
      const after =
        request.query.cursor === undefined ? undefined : cursorPosition(request.query.cursor, filter);
      const revisionId = await conditionalRead(request, reply, after?.revisionId);
      if (revisionId === undefined) return reply;
      const ctx = entityContext(request);
      const page = await listItems(ctx, {
        roadmapId: ctx.roadmapId,
        filter,
        limit: request.query.limit ?? 50,
        ...(after ? { after } : {}),
      });
      const next = page.next;
      return {
        items: page.items,
        total: page.total,
        nextCursor: next ? encodeCursor({ r: next.revisionId, o: next.offset, f: next.filter }) : null,
      };
    },
  );

  app.post(
    `${base.path}/items`,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Create an item in a section, under another item, or at the top level',
        security,
        params: paramsAt(base, {}),
        querystring: WorkspaceQuery,
        body: Type.Object(
          { item: ItemDraft, ...Placement, baseRevision: BaseRevision, message: Message },
          { additionalProperties: false },
        ),
        response: { 201: ItemWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const { item, section, parent, position } = request.body;
      const result = await createItem(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        item,
        ...(section !== undefined ? { section } : {}),
        ...(parent !== undefined ? { parent } : {}),
        ...(position !== undefined ? { position } : {}),
        ...messageOf(request),
      });
      return reply
        .code(201)
        .header('location', locationOf(request, result.item.id))
        .send({ ...written(reply, result.revision), item: result.item });
    },
  );

  app.get(
    itemPath,
    {
      schema: {
        tags,
        summary: 'Read an item with its work and where it sits',
        params: ItemParams,
        querystring: WorkspaceQuery,
        response: { 200: ItemView, 304: Type.Null(), ...readErrors },
      },
    },
    async (request, reply) => {
      const revisionId = await conditionalRead(request, reply);
      if (revisionId === undefined) return reply;
      const ctx = entityContext(request);
      const { itemId } = request.params as { itemId: string };
      return (await getItem(ctx, { roadmapId: ctx.roadmapId, itemId, revisionId })).view;
    },
  );

  app.patch(
    itemPath,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Change an item’s fields',
        description: 'Work items are added, moved and deleted through their own routes, not through work.',
        security,
        params: ItemParams,
        querystring: WorkspaceQuery,
        body: Type.Object(
          { ...ItemPatchSet, baseRevision: BaseRevision, message: Message },
          { additionalProperties: false },
        ),
        response: { 200: ItemWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const { itemId } = request.params as { itemId: string };
      const { set, unset } = request.body;
      const result = await updateItem(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        itemId,
        patch: { ...(set ? { set } : {}), ...(unset ? { unset } : {}) },
        ...messageOf(request),
      });
      return { ...written(reply, result.revision), item: result.item };
    },
  );

  app.post(
    `${itemPath}/move`,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Move an item (with its work) to another section or item, or reorder it',
        description: 'Without section or parent the item stays in its list and only moves to `position`.',
        security,
        params: ItemParams,
        querystring: WorkspaceQuery,
        body: Type.Object(
          { ...Placement, baseRevision: BaseRevision, message: Message },
          { additionalProperties: false },
        ),
        response: { 200: ItemWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const { itemId } = request.params as { itemId: string };
      const { section, parent, position } = request.body;
      const result = await moveItem(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        itemId,
        ...(section !== undefined ? { section } : {}),
        ...(parent !== undefined ? { parent } : {}),
        ...(position !== undefined ? { position } : {}),
        ...messageOf(request),
      });
      return { ...written(reply, result.revision), item: result.item };
    },
  );

  app.delete(
    itemPath,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Delete an item and its work',
        description:
          'Check-in entries about deleted items keep their title and status and lose the item link.',
        security,
        params: ItemParams,
        querystring: WorkspaceQuery,
        response: { 200: ItemWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const { itemId } = request.params as { itemId: string };
      const result = await deleteItem(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        itemId,
      });
      return { ...written(reply, result.revision), item: result.item };
    },
  );
});
