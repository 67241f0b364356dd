// Measurements of an item's KPIs: a KPI is addressed by its index in the item's `kpis`, a
// measurement by its index in the KPI's series, which is kept in date order.
import { NotFoundError } from '../errors.ts';
import type { Item, Kpi, Measurement, Roadmap } from '../interchange/schema.ts';
import { checked, patchKeys } from './checked.ts';
import { findItem } from './items.ts';
import { getIn, type ItemLocation, setIn } from './tree.ts';

export interface MeasurementPatch {
  set?: Partial<Measurement>;
  unset?: readonly 'source'[];
}

export interface MeasurementEdit {
  roadmap: Roadmap;
  item: Item;
  kpi: Kpi;
  measurement: Measurement;
  /** Where the measurement is (or was, for a deletion) in the KPI's series. */
  index: number;
}

const EDITABLE = new Set<string>(['date', 'value', 'source'] satisfies (keyof Measurement)[]);

export function findKpi(
  roadmap: Roadmap,
  itemId: string,
  kpiIndex: number,
): { location: ItemLocation; kpi: Kpi } {
  const location = findItem(roadmap, itemId);
  const kpi = Number.isInteger(kpiIndex) ? location.item.kpis?.[kpiIndex] : undefined;
  if (!kpi) {
    throw new NotFoundError(
      `item "${itemId}" has no KPI ${kpiIndex} (it has ${location.item.kpis?.length ?? 0}, numbered from 0)`,
    );
  }
  return { location, kpi };
}

export function findMeasurement(roadmap: Roadmap, itemId: string, kpiIndex: number, index: number) {
  const { location, kpi } = findKpi(roadmap, itemId, kpiIndex);
  const measurement = Number.isInteger(index) ? kpi.measurements?.[index] : undefined;
  if (!measurement) {
    throw new NotFoundError(
      `KPI ${kpiIndex} ("${kpi.name}") of item "${itemId}" has no measurement ${index} (it has ${kpi.measurements?.length ?? 0}, numbered from 0)`,
    );
  }
  return { location, kpi, measurement };
}

/** Inserts after every measurement of the same or an earlier date, so a series in date order stays so. */
function insertByDate(
  series: readonly Measurement[],
  measurement: Measurement,
): { series: Measurement[]; index: number } {
  const later = series.findIndex((existing) => existing.date > measurement.date);
  const index = later < 0 ? series.length : later;
  return { series: [...series.slice(0, index), measurement, ...series.slice(index)], index };
}

function withSeries(
  roadmap: Roadmap,
  location: ItemLocation,
  kpiIndex: number,
  series: readonly Measurement[],
): { roadmap: Roadmap; item: Item; kpi: Kpi } {
  const kpiPath = [...location.path, 'kpis', kpiIndex];
  const kpi: Kpi = { ...(getIn(roadmap, kpiPath) as Kpi), measurements: [...series] };
  if (series.length === 0) delete kpi.measurements;
  const next = checked(setIn(roadmap, kpiPath, kpi));
  return { roadmap: next, item: getIn(next, location.path) as Item, kpi };
}

export function addMeasurement(
  roadmap: Roadmap,
  itemId: string,
  kpiIndex: number,
  measurement: Measurement,
): MeasurementEdit {
  const { location, kpi } = findKpi(roadmap, itemId, kpiIndex);
  const { series, index } = insertByDate(kpi.measurements ?? [], measurement);
  return { ...withSeries(roadmap, location, kpiIndex, series), measurement, index };
}

export function updateMeasurement(
  roadmap: Roadmap,
  itemId: string,
  kpiIndex: number,
  index: number,
  patch: MeasurementPatch,
): MeasurementEdit {
  const { location, kpi, measurement } = findMeasurement(roadmap, itemId, kpiIndex, index);
  const changed = patchKeys(measurement, patch, EDITABLE);
  const others = (kpi.measurements ?? []).filter((_, i) => i !== index);
  const placed = insertByDate(others, changed);
  return {
    ...withSeries(roadmap, location, kpiIndex, placed.series),
    measurement: changed,
    index: placed.index,
  };
}

export function deleteMeasurement(
  roadmap: Roadmap,
  itemId: string,
  kpiIndex: number,
  index: number,
): MeasurementEdit {
  const { location, kpi, measurement } = findMeasurement(roadmap, itemId, kpiIndex, index);
  const series = (kpi.measurements ?? []).filter((_, i) => i !== index);
  return { ...withSeries(roadmap, location, kpiIndex, series), measurement, index };
}
