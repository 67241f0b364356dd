// Sections of a roadmap: list, read, create, edit, move, delete.
import Type from 'typebox';
import {
  createSection,
  deleteSection,
  getSection,
  listSections,
  moveSection,
  updateSection,
} from '../../commands/entities/sections.ts';
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
  ListedSection,
  SectionDraft,
  SectionPatchSet,
  SectionTree,
  SectionView,
  WriteAnswer,
} from './entities-schemas.ts';

const tags = ['sections'];
const WorkspaceQuery = Type.Object(WorkspaceQueryProperties);
const SectionWrite = WriteAnswer(
  { section: SectionTree },
  'The new revision and the section as written (or as deleted).',
);

const Placement = {
  parent: Type.Optional(
    Type.Union([Slug, Type.Null()], { description: 'Into this section; null for the top level.' }),
  ),
  position: Position,
};

export const sectionRoutes = atEveryBase((app, base) => {
  const sectionPath = `${base.path}/sections/:sectionId`;
  const SectionParams = paramsAt(base, { sectionId: Slug });

  app.get(
    `${base.path}/sections`,
    {
      schema: {
        tags,
        summary: 'List every section, nested ones included, in document order',
        params: paramsAt(base, {}),
        querystring: WorkspaceQuery,
        response: {
          200: Type.Object(
            { items: Type.Array(ListedSection) },
            { description: 'Sections with their children by id.' },
          ),
          304: Type.Null(),
          ...readErrors,
        },
      },
    },
    async (request, reply) => {
      const revisionId = await conditionalRead(request, reply);
      if (revisionId === undefined) return reply;
      const ctx = entityContext(request);
      return { items: (await listSections(ctx, { roadmapId: ctx.roadmapId, revisionId })).sections };
    },
  );

  app.post(
    `${base.path}/sections`,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Create a section, at the top level or inside another',
        security,
        params: paramsAt(base, {}),
        querystring: WorkspaceQuery,
        body: Type.Object(
          { section: SectionDraft, ...Placement, baseRevision: BaseRevision, message: Message },
          { additionalProperties: false },
        ),
        response: { 201: SectionWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const { section, parent, position } = request.body;
      const result = await createSection(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        section,
        ...(parent !== undefined ? { parent } : {}),
        ...(position !== undefined ? { position } : {}),
        ...messageOf(request),
      });
      return reply
        .code(201)
        .header('location', locationOf(request, result.section.id))
        .send({ ...written(reply, result.revision), section: result.section });
    },
  );

  app.get(
    sectionPath,
    {
      schema: {
        tags,
        summary: 'Read a section with its sections and items',
        params: SectionParams,
        querystring: WorkspaceQuery,
        response: { 200: SectionView, 304: Type.Null(), ...readErrors },
      },
    },
    async (request, reply) => {
      const revisionId = await conditionalRead(request, reply);
      if (revisionId === undefined) return reply;
      const ctx = entityContext(request);
      const { sectionId } = request.params as { sectionId: string };
      return (await getSection(ctx, { roadmapId: ctx.roadmapId, sectionId, revisionId })).view;
    },
  );

  app.patch(
    sectionPath,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Change a section’s own fields',
        security,
        params: SectionParams,
        querystring: WorkspaceQuery,
        body: Type.Object(
          { ...SectionPatchSet, baseRevision: BaseRevision, message: Message },
          { additionalProperties: false },
        ),
        response: { 200: SectionWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const { sectionId } = request.params as { sectionId: string };
      const { set, unset } = request.body;
      const result = await updateSection(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        sectionId,
        patch: { ...(set ? { set } : {}), ...(unset ? { unset } : {}) },
        ...messageOf(request),
      });
      return { ...written(reply, result.revision), section: result.section };
    },
  );

  app.post(
    `${sectionPath}/move`,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Move a section (with its contents) into another, to the top level, or reorder it',
        description: 'Without parent the section stays among its siblings and only moves to `position`.',
        security,
        params: SectionParams,
        querystring: WorkspaceQuery,
        body: Type.Object(
          { ...Placement, baseRevision: BaseRevision, message: Message },
          { additionalProperties: false },
        ),
        response: { 200: SectionWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const { sectionId } = request.params as { sectionId: string };
      const { parent, position } = request.body;
      const result = await moveSection(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        sectionId,
        ...(parent !== undefined ? { parent } : {}),
        ...(position !== undefined ? { position } : {}),
        ...messageOf(request),
      });
      return { ...written(reply, result.revision), section: result.section };
    },
  );

  app.delete(
    sectionPath,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Delete a section',
        description:
          'A section that holds items or sections is refused (section_not_empty) unless withContents=true. Check-ins scoped to it, or with entries about deleted items, stay without those links.',
        security,
        params: SectionParams,
        querystring: Type.Object({
          ...WorkspaceQueryProperties,
          withContents: Type.Optional(Type.Boolean({ description: 'Also delete its items and sections.' })),
        }),
        response: { 200: SectionWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const { sectionId } = request.params as { sectionId: string };
      const result = await deleteSection(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        sectionId,
        withContents: request.query.withContents === true,
      });
      return { ...written(reply, result.revision), section: result.section };
    },
  );
});
