// KPIs of an item and their measurements: read, and add, edit, delete measurements.
import Type from 'typebox';
import {
  addMeasurement,
  deleteMeasurement,
  getKpi,
  listKpis,
  updateMeasurement,
} from '../../commands/entities/kpis.ts';
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
  paramsAt,
  readErrors,
  security,
  writeErrors,
  written,
} from './entities-http.ts';
import { Kpi, Measurement, MeasurementPatchSet, WriteAnswer } from './entities-schemas.ts';

const tags = ['kpis'];
const WorkspaceQuery = Type.Object(WorkspaceQueryProperties);
const KpiIndex = Type.Integer({ minimum: 0, description: 'Index of the KPI in the item’s kpis, from 0.' });
const MeasurementIndex = Type.Integer({
  minimum: 0,
  description: 'Index of the measurement in the KPI’s series (date order), from 0.',
});
const MeasurementWrite = WriteAnswer(
  {
    kpi: Kpi,
    measurement: Measurement,
    index: Type.Integer({
      description: 'The measurement’s index in the series after the write (before, on delete).',
    }),
  },
  'The new revision, the KPI with its series, and the measurement as written (or as deleted).',
);

interface KpiParams {
  itemId: string;
  kpiIndex: number;
  measurementIndex: number;
}

export const kpiRoutes = atEveryBase((app, base) => {
  const kpiPath = `${base.path}/items/:itemId/kpis/:kpiIndex`;
  const measurementPath = `${kpiPath}/measurements/:measurementIndex`;
  const KpiParams = paramsAt(base, { itemId: Slug, kpiIndex: KpiIndex });
  const MeasurementParams = paramsAt(base, {
    itemId: Slug,
    kpiIndex: KpiIndex,
    measurementIndex: MeasurementIndex,
  });
  const paramsOf = (params: unknown) => params as KpiParams;

  app.get(
    `${base.path}/items/:itemId/kpis`,
    {
      schema: {
        tags,
        summary: 'List an item’s KPIs with their measurements',
        params: paramsAt(base, { itemId: Slug }),
        querystring: WorkspaceQuery,
        response: { 200: Type.Object({ items: Type.Array(Kpi) }), 304: Type.Null(), ...readErrors },
      },
    },
    async (request, reply) => {
      const revisionId = await conditionalRead(request, reply);
      if (revisionId === undefined) return reply;
      const ctx = entityContext(request);
      const { itemId } = paramsOf(request.params);
      return { items: (await listKpis(ctx, { roadmapId: ctx.roadmapId, itemId, revisionId })).kpis };
    },
  );

  app.get(
    kpiPath,
    {
      schema: {
        tags,
        summary: 'Read one KPI with its measurements',
        params: KpiParams,
        querystring: WorkspaceQuery,
        response: { 200: Kpi, 304: Type.Null(), ...readErrors },
      },
    },
    async (request, reply) => {
      const revisionId = await conditionalRead(request, reply);
      if (revisionId === undefined) return reply;
      const ctx = entityContext(request);
      const { itemId, kpiIndex } = paramsOf(request.params);
      return (await getKpi(ctx, { roadmapId: ctx.roadmapId, itemId, kpiIndex, revisionId })).kpi;
    },
  );

  app.post(
    `${kpiPath}/measurements`,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Add a measurement; the series stays in date order',
        security,
        params: KpiParams,
        querystring: WorkspaceQuery,
        body: Type.Object(
          { measurement: Measurement, baseRevision: BaseRevision, message: Message },
          { additionalProperties: false },
        ),
        response: { 201: MeasurementWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const { itemId, kpiIndex } = paramsOf(request.params);
      const result = await addMeasurement(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        itemId,
        kpiIndex,
        measurement: request.body.measurement,
        ...messageOf(request),
      });
      return reply
        .code(201)
        .header('location', locationOf(request, result.index))
        .send({
          ...written(reply, result.revision),
          kpi: result.kpi,
          measurement: result.measurement,
          index: result.index,
        });
    },
  );

  app.patch(
    measurementPath,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Change a measurement; a new date moves it in the series',
        security,
        params: MeasurementParams,
        querystring: WorkspaceQuery,
        body: Type.Object(
          { ...MeasurementPatchSet, baseRevision: BaseRevision, message: Message },
          { additionalProperties: false },
        ),
        response: { 200: MeasurementWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const { itemId, kpiIndex, measurementIndex } = paramsOf(request.params);
      const { set, unset } = request.body;
      const result = await updateMeasurement(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        itemId,
        kpiIndex,
        measurementIndex,
        patch: { ...(set ? { set } : {}), ...(unset ? { unset } : {}) },
        ...messageOf(request),
      });
      return {
        ...written(reply, result.revision),
        kpi: result.kpi,
        measurement: result.measurement,
        index: result.index,
      };
    },
  );

  app.delete(
    measurementPath,
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Delete a measurement',
        security,
        params: MeasurementParams,
        querystring: WorkspaceQuery,
        response: { 200: MeasurementWrite, ...writeErrors },
      },
    },
    async (request, reply) => {
      const ctx = entityContext(request);
      const { itemId, kpiIndex, measurementIndex } = paramsOf(request.params);
      const result = await deleteMeasurement(ctx, {
        roadmapId: ctx.roadmapId,
        baseRevisionId: baseOf(request),
        itemId,
        kpiIndex,
        measurementIndex,
      });
      return {
        ...written(reply, result.revision),
        kpi: result.kpi,
        measurement: result.measurement,
        index: result.index,
      };
    },
  );
});
