import { describe, expect, it } from 'vitest';
import {
  addMeasurement,
  deleteMeasurement,
  getKpi,
  listKpis,
  updateMeasurement,
} from '../../../src/commands/entities/kpis.ts';
import { NotFoundError, StaleRevisionError } from '../../../src/domain/errors.ts';
import { storeFactories, useFreshStore } from '../../support/dialects.ts';
import { contextOf, RID, seed, seqs } from './setup.ts';

describe.each(storeFactories())('KPI use cases on $dialect', (factory) => {
  const opened = useFreshStore(factory);
  const ctx = () => contextOf(opened.store);

  it('add, edit and delete measurements as revisions that touch only their item', async () => {
    const first = await seed(opened.store);
    const added = await addMeasurement(ctx(), {
      roadmapId: RID,
      baseRevisionId: first.id,
      itemId: 't4101',
      kpiIndex: 0,
      measurement: { date: '2026-03-02', value: 12, source: 'gateway dashboard' },
    });
    expect(added.index).toBe(2);
    expect(added.revision).toMatchObject({
      seq: 2,
      entitiesWritten: 1,
      message: 'Measure Requests dropped without Retry-After of t4101 on 2026-03-02',
    });
    const edited = await updateMeasurement(ctx(), {
      roadmapId: RID,
      baseRevisionId: added.revision.id,
      itemId: 't4101',
      kpiIndex: 0,
      measurementIndex: 2,
      patch: { set: { date: '2026-01-20' } },
    });
    expect(edited.index).toBe(1);
    await deleteMeasurement(ctx(), { roadmapId: RID, itemId: 't4101', kpiIndex: 0, measurementIndex: 0 });
    const { kpi } = await getKpi(ctx(), { roadmapId: RID, itemId: 't4101', kpiIndex: 0 });
    expect(kpi.measurements).toEqual([
      { date: '2026-01-20', value: 12, source: 'gateway dashboard' },
      { date: '2026-02-02', value: 310, source: 'gateway dashboard' },
    ]);
    expect((await listKpis(ctx(), { roadmapId: RID, itemId: 'connector-sdk' })).kpis).toEqual([]);
    expect(await seqs(opened.store)).toEqual([1, 2, 3, 4]);
  });

  it('refuses a stale base and unknown KPIs without writing', async () => {
    const first = await seed(opened.store);
    await addMeasurement(ctx(), {
      roadmapId: RID,
      baseRevisionId: first.id,
      itemId: 'erasure-coding',
      kpiIndex: 0,
      measurement: { date: '2026-01-31', value: '-2%' },
    });
    await expect(
      deleteMeasurement(ctx(), {
        roadmapId: RID,
        baseRevisionId: first.id,
        itemId: 'erasure-coding',
        kpiIndex: 0,
        measurementIndex: 0,
      }),
    ).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(
      addMeasurement(ctx(), {
        roadmapId: RID,
        itemId: 'erasure-coding',
        kpiIndex: 1,
        measurement: { date: '2026-01-31', value: 1 },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await seqs(opened.store)).toEqual([1, 2]);
  });
});
