import { beforeEach, describe, expect, it } from 'vitest';
import {
  AlreadyExistsError,
  NotFoundError,
  StaleRevisionError,
  ValidationError,
} from '../../src/domain/errors.ts';
import { storeFactories, useFreshStore } from '../support/dialects.ts';
import { by, edited, FakeClock, firstItem, rejection, small, WS } from './fixtures.ts';

describe.each(storeFactories())('roadmaps on $dialect', (factory) => {
  const clock = new FakeClock('2024-03-01T09:00:00.000Z');
  const db = useFreshStore(factory, { now: clock.now });

  beforeEach(async () => {
    clock.set('2024-03-01T09:00:00.000Z');
    await db.store.ensureWorkspace(WS, 'Acme');
  });

  const create = () =>
    db.store.createRoadmap({ workspaceId: WS, roadmap: small, actor: 'alice', kind: 'import' });

  it('creates a roadmap and reads it back exactly', async () => {
    const revision = await create();
    expect(revision).toMatchObject({ created: true, seq: 1, parentId: null, actor: 'alice', kind: 'import' });
    expect(revision.createdAt).toBe('2024-03-01T09:00:00.000Z');
    const read = await db.store.readRoadmap(WS, 'platform');
    expect(read.roadmap).toStrictEqual(small);
    expect(read.revision.id).toBe(revision.id);
    expect(await db.store.listRoadmaps(WS)).toEqual([
      expect.objectContaining({
        id: 'platform',
        title: 'Platform roadmap',
        headRevisionId: revision.id,
        headSeq: 1,
      }),
    ]);
    expect(await db.store.headRevision(WS, 'platform')).toMatchObject({ id: revision.id });
    expect(await db.store.getRevisionBySeq(WS, 'platform', 1)).toMatchObject({ id: revision.id });
    expect(await db.store.getRevisionBySeq(WS, 'platform', 2)).toBeUndefined();
  });

  it('writes a revision on top of the head', async () => {
    const first = await create();
    const next = edited(small, (r) => {
      firstItem(r).status = 'done';
    });
    const second = await db.store.writeRoadmap({
      workspaceId: WS,
      roadmap: next,
      baseRevisionId: first.id,
      message: 'GitLab done',
      versionLabel: '1.1',
      ...by,
    });
    expect(second).toMatchObject({ seq: 2, parentId: first.id, message: 'GitLab done', versionLabel: '1.1' });
    expect((await db.store.readRoadmap(WS, 'platform')).roadmap).toStrictEqual(next);
    expect((await db.store.readRoadmap(WS, 'platform', { revisionId: first.id })).roadmap).toStrictEqual(
      small,
    );
  });

  it('refuses a stale base and reports the current head', async () => {
    const first = await create();
    const second = await db.store.writeRoadmap({
      workspaceId: WS,
      roadmap: edited(small, (r) => {
        r.title = 'Second';
      }),
      baseRevisionId: first.id,
      ...by,
    });
    const error = await rejection(
      db.store.writeRoadmap({
        workspaceId: WS,
        roadmap: edited(small, (r) => {
          r.title = 'Lost update';
        }),
        baseRevisionId: first.id,
        ...by,
      }),
      StaleRevisionError,
    );
    expect(error.code).toBe('stale_revision');
    expect(error.baseRevisionId).toBe(first.id);
    expect(error.currentRevisionId).toBe(second.id);
    expect((await db.store.readRoadmap(WS, 'platform')).roadmap.title).toBe('Second');
  });

  it('refuses to create a roadmap that exists', async () => {
    await create();
    await rejection(create(), AlreadyExistsError);
    expect(await db.store.listRevisions(WS, 'platform')).toHaveLength(1);
  });

  it('reports unknown workspaces, roadmaps and revisions', async () => {
    await rejection(
      db.store.createRoadmap({ workspaceId: 'nobody', roadmap: small, actor: 'a', kind: 'import' }),
      NotFoundError,
    );
    await rejection(
      db.store.writeRoadmap({ workspaceId: WS, roadmap: small, baseRevisionId: 'nope', ...by }),
      NotFoundError,
    );
    await rejection(db.store.readRoadmap(WS, 'platform'), NotFoundError);
    await rejection(db.store.listRevisions(WS, 'platform'), NotFoundError);
    await rejection(db.store.listRoadmaps('nobody'), NotFoundError);
    expect(await db.store.headRevision(WS, 'platform')).toBeUndefined();
    expect(await db.store.headRevision('nobody', 'platform')).toBeUndefined();
    await create();
    await rejection(db.store.readRoadmap(WS, 'platform', { revisionId: 'nope' }), NotFoundError);
    await rejection(db.store.getRevision(WS, 'platform', 'nope'), NotFoundError);
  });

  it('creates no revision when nothing changed, unless a version label is given', async () => {
    const first = await create();
    const same = await db.store.writeRoadmap({
      workspaceId: WS,
      roadmap: structuredClone(small),
      baseRevisionId: first.id,
      ...by,
    });
    expect(same).toMatchObject({ created: false, id: first.id, seq: 1 });
    const labelled = await db.store.writeRoadmap({
      workspaceId: WS,
      roadmap: small,
      baseRevisionId: first.id,
      actor: 'alice',
      kind: 'publish',
      versionLabel: '1.0',
    });
    expect(labelled).toMatchObject({ created: true, seq: 2, versionLabel: '1.0', entitiesWritten: 0 });
    expect((await db.store.readRoadmap(WS, 'platform')).roadmap).toStrictEqual(small);
  });

  it('refuses a roadmap with duplicate ids before touching the database', async () => {
    const twice = edited(small, (r) => r.items?.push({ id: 'gitlab', title: 'Again' }));
    const error = await rejection(
      db.store.createRoadmap({ workspaceId: WS, roadmap: twice, actor: 'a', kind: 'import' }),
      ValidationError,
    );
    expect(error.issues[0]?.pointer).toBe('/roadmap/items/1/id');
    expect(await db.store.listRoadmaps(WS)).toEqual([]);
  });

  it('refuses metadata with a NUL character on every dialect', async () => {
    const error = await rejection(
      db.store.createRoadmap({
        workspaceId: WS,
        roadmap: small,
        actor: 'a',
        kind: 'import',
        message: 'a\u0000b',
      }),
      ValidationError,
    );
    expect(error.issues).toEqual([
      { pointer: '/message', message: 'message must not contain a NUL character' },
    ]);
    const titled = await db.store.createRoadmap({
      workspaceId: WS,
      roadmap: { ...small, title: 'nul\u0000title' },
      actor: 'a',
      kind: 'import',
    });
    expect((await db.store.readRoadmap(WS, 'platform')).roadmap.title).toBe('nul\u0000title');
    expect((await db.store.listRoadmaps(WS))[0]?.title).toBe('nul title');
    expect(titled.seq).toBe(1);
  });

  it('lists history newest first, page by page', async () => {
    let head = await create();
    for (let n = 2; n <= 5; n++) {
      head = await db.store.writeRoadmap({
        workspaceId: WS,
        roadmap: edited(small, (r) => {
          r.title = `Title ${n}`;
        }),
        baseRevisionId: head.id,
        ...by,
      });
    }
    const page1 = await db.store.listRevisions(WS, 'platform', { limit: 2 });
    expect(page1.map((r) => r.seq)).toEqual([5, 4]);
    const page2 = await db.store.listRevisions(WS, 'platform', { limit: 2, beforeSeq: 4 });
    expect(page2.map((r) => r.seq)).toEqual([3, 2]);
    expect(page2[1]?.parentId).toBe((await db.store.getRevisionBySeq(WS, 'platform', 1))?.id);
    const stats = await db.store.revisionStats(WS, 'platform');
    expect(stats.map((s) => s.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(stats.slice(1).every((s) => s.entitiesWritten === 1)).toBe(true);
  });

  it('deletes a roadmap with all its history', async () => {
    const first = await create();
    await db.store.writeRoadmap({
      workspaceId: WS,
      roadmap: edited(small, (r) => r.items?.pop()),
      baseRevisionId: first.id,
      ...by,
    });
    await db.store.deleteRoadmap(WS, 'platform');
    await rejection(db.store.readRoadmap(WS, 'platform'), NotFoundError);
    await rejection(db.store.revisionStats(WS, 'platform'), NotFoundError);
    await rejection(db.store.deleteRoadmap(WS, 'platform'), NotFoundError);
    expect(await db.store.listRoadmaps(WS)).toEqual([]);
    expect(await db.store.search(WS, 'gitlab')).toEqual([]);
    const again = await create();
    expect(again.seq).toBe(1);
  });

  it('keeps workspaces apart, even for the same roadmap id', async () => {
    await db.store.ensureWorkspace('other');
    const mine = await create();
    const theirs = await db.store.createRoadmap({
      workspaceId: 'other',
      roadmap: edited(small, (r) => {
        r.title = 'Their platform';
      }),
      actor: 'bob',
      kind: 'import',
    });
    expect((await db.store.readRoadmap('other', 'platform')).roadmap.title).toBe('Their platform');
    expect((await db.store.readRoadmap(WS, 'platform')).roadmap.title).toBe('Platform roadmap');
    await rejection(
      db.store.writeRoadmap({ workspaceId: 'other', roadmap: small, baseRevisionId: mine.id, ...by }),
      StaleRevisionError,
    );
    await rejection(db.store.readRoadmap(WS, 'platform', { revisionId: theirs.id }), NotFoundError);
    await db.store.deleteRoadmap('other', 'platform');
    expect((await db.store.readRoadmap(WS, 'platform')).revision.id).toBe(mine.id);
    expect((await db.store.listWorkspaces()).map((w) => [w.id, w.name])).toEqual([
      ['acme', 'Acme'],
      ['other', 'other'],
    ]);
  });
});
