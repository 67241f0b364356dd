import { describe, expect, it } from 'vitest';
import { NotFoundError, type ValidationError } from '../../../src/domain/errors.ts';
import { addMeasurement, deleteMeasurement, updateMeasurement } from '../../../src/domain/roadmap/kpis.ts';
import { sampleRoadmap } from './sample.ts';

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the edit to throw');
}

const dates = (edit: { kpi: { measurements?: { date: string }[] } }) =>
  edit.kpi.measurements?.map((m) => m.date);

describe('KPI measurements', () => {
  it('are inserted in date order, and the item in the roadmap carries them', () => {
    const added = addMeasurement(sampleRoadmap(), 't4101', 0, { date: '2026-01-20', value: 900 });
    expect(added.index).toBe(1);
    expect(dates(added)).toEqual(['2026-01-05', '2026-01-20', '2026-02-02']);
    expect(added.roadmap.sections?.[0]?.items?.[0]?.kpis?.[0]).toEqual(added.kpi);
    const first = addMeasurement(sampleRoadmap(), 'erasure-coding', 0, { date: '2026-02-01', value: '-5%' });
    expect(first.kpi).toEqual({
      name: 'Cold storage cost per TB',
      target: '-30%',
      measurements: [{ date: '2026-02-01', value: '-5%' }],
    });
  });

  it('move when their date changes, and the series key goes with the last one', () => {
    const moved = updateMeasurement(sampleRoadmap(), 't4101', 0, 0, {
      set: { date: '2026-03-01', value: 0 },
    });
    expect(moved.index).toBe(1);
    expect(moved.measurement).toEqual({ date: '2026-03-01', value: 0, source: 'gateway dashboard' });
    expect(dates(moved)).toEqual(['2026-02-02', '2026-03-01']);
    const unsourced = updateMeasurement(sampleRoadmap(), 't4101', 0, 1, { unset: ['source'] });
    expect(unsourced.measurement).toEqual({ date: '2026-02-02', value: 310 });
    const once = deleteMeasurement(sampleRoadmap(), 't4101', 0, 0);
    expect(once.measurement.value).toBe(1450);
    const none = deleteMeasurement(once.roadmap, 't4101', 0, 0);
    expect(none.kpi).not.toHaveProperty('measurements');
  });

  it('refuse unknown KPIs and measurements, and invalid values with their pointer', () => {
    const roadmap = sampleRoadmap();
    expect(
      caught(() => addMeasurement(roadmap, 'connector-sdk', 0, { date: '2026-01-01', value: 1 })),
    ).toBeInstanceOf(NotFoundError);
    const noMeasurement = caught(() => deleteMeasurement(roadmap, 't4101', 0, 7)) as Error;
    expect(noMeasurement.message).toContain('has no measurement 7 (it has 2');
    const badDate = caught(() =>
      addMeasurement(roadmap, 't4101', 0, { date: '26-1-1', value: 1 }),
    ) as ValidationError;
    expect(badDate.issues[0]?.pointer).toBe('/roadmap/sections/0/items/0/kpis/0/measurements/2/date');
    const badKey = caught(() =>
      updateMeasurement(roadmap, 't4101', 0, 0, { set: { note: 'x' } as never }),
    ) as ValidationError;
    expect(badKey.issues[0]?.pointer).toBe('/set/note');
  });
});
