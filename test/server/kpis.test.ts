import { describe, expect, it } from 'vitest';
import { cases, ROADMAP, revisionOf, tag, useApi, WS_ROADMAP } from './entities-support.ts';

const KPI = `${ROADMAP}/items/t4101/kpis/0`;

describe.each(cases())('KPI routes on $dialect over $transport', ({ factory, transport }) => {
  const ctx = useApi(factory, transport);

  it('reads an item’s KPIs with the head as ETag', async () => {
    const { api } = ctx;
    const list = await api.request('GET', `${WS_ROADMAP}/items/t4101/kpis`);
    expect(list.etag).toBe(tag(ctx.head));
    expect(list.body.items.map((k: { name: string }) => k.name)).toEqual([
      'Requests dropped without Retry-After',
    ]);
    const one = await api.request('GET', KPI);
    expect(one.body.measurements.map((m: { value: number }) => m.value)).toEqual([1450, 310]);
    expect((await api.request('GET', KPI, { headers: { 'if-none-match': tag(ctx.head) } })).status).toBe(304);
    expect((await api.request('GET', `${ROADMAP}/items/t4101/kpis/1`)).status).toBe(404);
    expect((await api.request('GET', `${ROADMAP}/items/connector-sdk/kpis`)).body.items).toEqual([]);
  });

  it('adds, edits and deletes measurements, keeping the series in date order', async () => {
    const { api } = ctx;
    const added = await api.request('POST', `${KPI}/measurements`, {
      ifMatch: ctx.head,
      body: { measurement: { date: '2026-01-20', value: 800, source: 'gateway dashboard' } },
    });
    expect(added.status).toBe(201);
    expect(added.headers.location).toBe(`${KPI}/measurements/1`);
    expect(added.body).toMatchObject({ index: 1, revision: { seq: 2, entitiesWritten: 1 } });
    const edited = await api.request('PATCH', `${WS_ROADMAP}/items/t4101/kpis/0/measurements/1`, {
      ifMatch: revisionOf(added),
      body: { set: { date: '2026-03-01', value: 'n/a' }, unset: ['source'] },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ index: 2, measurement: { date: '2026-03-01', value: 'n/a' } });
    expect(edited.body.measurement).not.toHaveProperty('source');
    const deleted = await api.request('DELETE', `${KPI}/measurements/0`, { ifMatch: revisionOf(edited) });
    expect(deleted.body.measurement.value).toBe(1450);
    const series = await api.request('GET', KPI);
    expect(series.etag).toBe(deleted.etag);
    expect(series.body.measurements).toEqual([
      { date: '2026-02-02', value: 310, source: 'gateway dashboard' },
      { date: '2026-03-01', value: 'n/a' },
    ]);
  });

  it('refuses bad measurements, unknown KPIs and stale bases without writing', async () => {
    const { api } = ctx;
    const badDate = await api.request('POST', `${KPI}/measurements`, {
      ifMatch: ctx.head,
      body: { measurement: { date: '2026-1-2', value: 1 } },
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.pointer).toBe('/measurement/date');
    const noKpi = await api.request('POST', `${ROADMAP}/items/connector-sdk/kpis/0/measurements`, {
      ifMatch: ctx.head,
      body: { measurement: { date: '2026-01-02', value: 1 } },
    });
    expect(noKpi.status).toBe(404);
    const badIndex = await api.request('DELETE', `${KPI}/measurements/minus-one`, { ifMatch: ctx.head });
    expect(badIndex.status).toBe(400);
    const ok = await api.request('DELETE', `${KPI}/measurements/0`, { ifMatch: ctx.head });
    const stale = await api.request('DELETE', `${KPI}/measurements/0`, { ifMatch: ctx.head });
    expect(stale.status).toBe(412);
    expect(stale.body.error.currentRevision).toBe(revisionOf(ok));
    expect((await ctx.store.listRevisions('default', 'lanternfish-2026h1')).length).toBe(2);
  });
});
