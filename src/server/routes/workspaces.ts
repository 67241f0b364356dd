// Workspaces: the containers roadmaps live in.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { Slug } from '../../domain/interchange/index.ts';
import { requireWriter } from '../auth.ts';
import { ErrorBody } from '../errors.ts';
import { NewWorkspace, Workspace } from '../schemas/resources.ts';

const tags = ['workspaces'];

export const workspaceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { store } = app.waymark;

  app.get(
    '/workspaces',
    {
      schema: {
        tags,
        summary: 'List workspaces',
        response: { 200: Type.Object({ items: Type.Array(Workspace) }) },
      },
    },
    async () => ({ items: await store.listWorkspaces() }),
  );

  app.post(
    '/workspaces',
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Create a workspace',
        security: [{ adminToken: [] }],
        body: NewWorkspace,
        response: { 201: Workspace, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const workspace = await store.createWorkspace(request.body.id, request.body.name);
      return reply
        .code(201)
        .header('location', `${request.url.split('?')[0]}/${workspace.id}`)
        .send(workspace);
    },
  );

  app.get(
    '/workspaces/:workspaceId',
    {
      schema: {
        tags,
        summary: 'Read a workspace',
        params: Type.Object({ workspaceId: Slug }),
        response: { 200: Workspace, 404: ErrorBody },
      },
    },
    async (request) => store.getWorkspace(request.params.workspaceId),
  );
};
