// KPI use cases: read an item's KPIs, and add, edit and delete their measurements.
import type { Kpi, Measurement } from '../../domain/interchange/index.ts';
import { findItem } from '../../domain/roadmap/items.ts';
import * as edits from '../../domain/roadmap/kpis.ts';
import type { RevisionInfo } from '../../storage/index.ts';
import type { CommandContext } from '../context.ts';
import { editRoadmap, type ReadTarget, readAt, type WriteTarget } from './revision-base.ts';

export async function listKpis(
  ctx: CommandContext,
  target: ReadTarget & { itemId: string },
): Promise<{ revision: RevisionInfo; kpis: Kpi[] }> {
  const { roadmap, revision } = await readAt(ctx, target);
  return { revision, kpis: findItem(roadmap, target.itemId).item.kpis ?? [] };
}

export async function getKpi(
  ctx: CommandContext,
  target: ReadTarget & { itemId: string; kpiIndex: number },
): Promise<{ revision: RevisionInfo; kpi: Kpi }> {
  const { roadmap, revision } = await readAt(ctx, target);
  return { revision, kpi: edits.findKpi(roadmap, target.itemId, target.kpiIndex).kpi };
}

interface KpiTarget extends WriteTarget {
  itemId: string;
  kpiIndex: number;
}

export interface AddMeasurementInput extends KpiTarget {
  measurement: Measurement;
}

export function addMeasurement(ctx: CommandContext, input: AddMeasurementInput) {
  return editRoadmap(
    ctx,
    input,
    'edit',
    (roadmap) => edits.addMeasurement(roadmap, input.itemId, input.kpiIndex, input.measurement),
    ({ kpi, measurement }) => `Measure ${kpi.name} of ${input.itemId} on ${measurement.date}`,
  );
}

export interface UpdateMeasurementInput extends KpiTarget {
  measurementIndex: number;
  patch: edits.MeasurementPatch;
}

export function updateMeasurement(ctx: CommandContext, input: UpdateMeasurementInput) {
  return editRoadmap(
    ctx,
    input,
    'edit',
    (roadmap) =>
      edits.updateMeasurement(roadmap, input.itemId, input.kpiIndex, input.measurementIndex, input.patch),
    ({ kpi, measurement }) => `Edit ${kpi.name} of ${input.itemId} on ${measurement.date}`,
  );
}

export interface DeleteMeasurementInput extends KpiTarget {
  measurementIndex: number;
}

export function deleteMeasurement(ctx: CommandContext, input: DeleteMeasurementInput) {
  return editRoadmap(
    ctx,
    input,
    'edit',
    (roadmap) => edits.deleteMeasurement(roadmap, input.itemId, input.kpiIndex, input.measurementIndex),
    ({ kpi, measurement }) => `Remove ${kpi.name} of ${input.itemId} on ${measurement.date}`,
  );
}
