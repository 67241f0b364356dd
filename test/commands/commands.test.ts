import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/context.ts';
import { diffRevisions } from '../../src/commands/diff-revisions.ts';
import { editItem } from '../../src/commands/edit-item.ts';
import { exportRoadmap } from '../../src/commands/export-roadmap.ts';
import { importDocument } from '../../src/commands/import-document.ts';
import { loadSamplesIfEmpty } from '../../src/commands/load-samples.ts';
import { recordCheckin } from '../../src/commands/record-checkin.ts';
import { restoreRevision } from '../../src/commands/restore-revision.ts';
import { NotFoundError, StaleRevisionError, ValidationError } from '../../src/domain/errors.ts';
import type { InterchangeDocument } from '../../src/domain/interchange/index.ts';
import { arbRoadmap } from '../support/arbitraries.ts';
import { storeFactories, useFreshStore } from '../support/dialects.ts';

const sample = (): InterchangeDocument =>
  JSON.parse(readFileSync(new URL('../../samples/lanternfish-2026h1.json', import.meta.url), 'utf8'));

describe.each(storeFactories())('commands on $dialect', (factory) => {
  const opened = useFreshStore(factory);
  const ctx = (): CommandContext => ({ store: opened.store, actor: 'ada', workspaceId: 'acme' });

  it('export(import(x)) equals x for generated roadmaps', async () => {
    await fc.assert(
      fc.asyncProperty(arbRoadmap(), async (roadmap) => {
        const document: InterchangeDocument = { format: 'waymark/v1', roadmap };
        const head = await opened.store.headRevision('acme', roadmap.id);
        await importDocument(ctx(), document, { baseRevisionId: head?.id ?? null });
        const { document: exported } = await exportRoadmap(ctx(), roadmap.id);
        expect(exported).toEqual(document);
        expect(JSON.stringify(exported)).toBe(JSON.stringify(document));
      }),
      { numRuns: 30 },
    );
  });

  it('imports a roadmap whose title holds control characters (NUL included)', async () => {
    const document: InterchangeDocument = {
      format: 'waymark/v1',
      roadmap: { id: 'nul', title: 'Odd\u0000\ttitle' },
    };
    const revision = await importDocument(ctx(), document, { baseRevisionId: null });
    expect(revision.message).toBe('Import Odd title');
    expect((await exportRoadmap(ctx(), 'nul')).document).toEqual(document);
  });

  it('refuses an invalid document and stores nothing', async () => {
    const bad = sample() as unknown as { roadmap: { items: { effort: unknown }[] } };
    bad.roadmap.items[0] = { ...bad.roadmap.items[0], effort: { min: -1, text: 'x' } };
    await expect(importDocument(ctx(), bad, { baseRevisionId: null })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await opened.store.listWorkspaces()).toEqual([]);
  });

  it('edits an item, records a check-in and restores, each as a revision with its actor and message', async () => {
    const first = await importDocument(ctx(), sample(), { baseRevisionId: null });
    const edit = await editItem(ctx(), {
      roadmapId: 'lanternfish-2026h1',
      itemId: 'gateway-load-test',
      patch: { set: { status: 'done', leads: ['Jonas Berg'] }, unset: ['effort'] },
      baseRevisionId: first.id,
      message: 'Load test passed',
    });
    expect(edit).toMatchObject({
      seq: 2,
      parentId: first.id,
      actor: 'ada',
      kind: 'edit',
      message: 'Load test passed',
    });
    // A one-field edit of a nested work item writes that one entity, not the roadmap.
    expect(edit.entitiesWritten).toBe(1);

    const checkin = await recordCheckin(ctx(), {
      roadmapId: 'lanternfish-2026h1',
      baseRevisionId: edit.id,
      checkin: {
        id: 'jan',
        date: '2026-01-20',
        entries: [{ item: 't4101', title: 'Back-pressure', status: 'todo' }],
      },
    });
    const { document } = await exportRoadmap(ctx(), 'lanternfish-2026h1');
    expect(document.roadmap.checkins?.map((c) => c.id)).toEqual(['jan', '2026-02-02-ingest']);
    const work = document.roadmap.sections?.[0]?.items?.[0]?.work?.[2];
    expect(work).toEqual({
      id: 'gateway-load-test',
      title: 'Load test at twice the peak rate',
      status: 'done',
      leads: ['Jonas Berg'],
    });

    const diff = await diffRevisions(ctx(), 'lanternfish-2026h1', '1', String(checkin.seq));
    expect(diff.summary.items.changed).toBe(1);
    expect(diff.summary.checkins.added).toBe(1);

    const restored = await restoreRevision(ctx(), {
      roadmapId: 'lanternfish-2026h1',
      revisionId: first.id,
      baseRevisionId: checkin.id,
    });
    expect(restored).toMatchObject({ seq: 4, kind: 'restore', message: `Restore revision 1 (${first.id})` });
    expect((await exportRoadmap(ctx(), 'lanternfish-2026h1')).document).toEqual(sample());
    const atEdit = (await exportRoadmap(ctx(), 'lanternfish-2026h1', '2')).document.roadmap;
    expect(atEdit.checkins?.map((c) => c.id)).toEqual(['2026-02-02-ingest']);
    expect(atEdit.sections?.[0]?.items?.[0]?.work?.[2]?.status).toBe('done');
    expect((await opened.store.listRevisions('acme', 'lanternfish-2026h1')).map((r) => r.kind)).toEqual([
      'restore',
      'checkin',
      'edit',
      'import',
    ]);
  });

  it('refuses an edit based on a stale revision, naming the current one', async () => {
    const first = await importDocument(ctx(), sample(), { baseRevisionId: null });
    const second = await editItem(ctx(), {
      roadmapId: 'lanternfish-2026h1',
      itemId: 't4101',
      patch: { set: { priority: 'critical' } },
      baseRevisionId: first.id,
    });
    const stale = editItem(ctx(), {
      roadmapId: 'lanternfish-2026h1',
      itemId: 't4101',
      patch: { set: { priority: 'low' } },
      baseRevisionId: first.id,
    });
    await expect(stale).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(stale).rejects.toMatchObject({ code: 'stale_revision', currentRevisionId: second.id });
    const { document } = await exportRoadmap(ctx(), 'lanternfish-2026h1');
    expect(document.roadmap.sections?.[0]?.items?.[0]?.priority).toBe('critical');
  });

  it('refuses edits that would make the roadmap invalid, and unknown items', async () => {
    const first = await importDocument(ctx(), sample(), { baseRevisionId: null });
    const base = { roadmapId: 'lanternfish-2026h1', baseRevisionId: first.id };
    await expect(
      editItem(ctx(), { ...base, itemId: 't4101', patch: { set: { status: 'shipped' as never } } }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      editItem(ctx(), { ...base, itemId: 'ghost', patch: { set: { status: 'done' } } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await opened.store.headRevision('acme', 'lanternfish-2026h1'))?.id).toBe(first.id);
  });

  it('loads the samples with their history into an empty database only', async () => {
    expect(await loadSamplesIfEmpty(ctx())).toEqual(['lanternfish-2026h1', 'lanternfish-2026h2']);
    const revisions = await opened.store.listRevisions('acme', 'lanternfish-2026h1');
    expect(revisions.map((r) => r.actor)).toEqual(['jonas', 'amara', 'wen', 'amara', 'ada']);
    expect(revisions[0]?.versionLabel).toBe('1.1');
    expect(await loadSamplesIfEmpty(ctx())).toEqual([]);
  });
});
