// Response and request shapes of the core resources, in TypeBox: they validate requests, shape
// responses and become the OpenAPI document's schemas.
import Type from 'typebox';
import { Slug } from '../../domain/interchange/index.ts';

export const Workspace = Type.Object(
  { id: Type.String(), name: Type.String(), createdAt: Type.String({ format: 'date-time' }) },
  { $id: 'Workspace' },
);

export const NewWorkspace = Type.Object(
  {
    id: Slug,
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const VisibilityValue = Type.Enum(['public', 'private'], {
  description:
    'public: readable by anyone and cacheable by shared caches; private: revalidated on every read.',
});

export const RoadmapSummary = Type.Object(
  {
    workspaceId: Type.String(),
    id: Type.String(),
    title: Type.String(),
    headRevisionId: Type.String({ description: 'The ETag of the roadmap, and the base of the next write.' }),
    headSeq: Type.Integer(),
    visibility: VisibilityValue,
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'RoadmapSummary' },
);

export const Revision = Type.Object(
  {
    id: Type.String(),
    workspaceId: Type.String(),
    roadmapId: Type.String(),
    seq: Type.Integer({ description: '1, 2, 3… per roadmap.' }),
    parentId: Type.Union([Type.String(), Type.Null()]),
    actor: Type.String(),
    message: Type.Union([Type.String(), Type.Null()]),
    kind: Type.String(),
    versionLabel: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    entitiesWritten: Type.Integer(),
    bytesWritten: Type.Integer(),
  },
  { $id: 'Revision' },
);

export const WriteResult = Type.Object(
  {
    revision: Revision,
    created: Type.Boolean({ description: 'false when the write changed nothing and no revision was made.' }),
  },
  { $id: 'WriteResult' },
);

export const DeletedRoadmap = Type.Object(
  {
    workspaceId: Type.String(),
    id: Type.String(),
    deletedAt: Type.String({ format: 'date-time' }),
    actor: Type.String(),
    lastRevisionId: Type.String({ description: 'Its head revision when it was deleted.' }),
  },
  { $id: 'DeletedRoadmap' },
);

export const Page = <T extends ReturnType<typeof Type.Object>>(item: T, description: string) =>
  Type.Object(
    {
      items: Type.Array(item),
      nextCursor: Type.Union([Type.String(), Type.Null()], {
        description: 'Pass as ?cursor= for the next page; null on the last page.',
      }),
    },
    { description },
  );

/** A waymark/v1 document: validated in the handler, where each issue gets its JSON pointer. */
export const DocumentBody = Type.Unsafe<unknown>({
  type: 'object',
  additionalProperties: true,
  description: 'A waymark/v1 interchange document: {"format": "waymark/v1", "roadmap": {…}}.',
});
