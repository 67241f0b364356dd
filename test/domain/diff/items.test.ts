import { describe, expect, it } from 'vitest';
import { diffRoadmaps } from '../../../src/domain/diff/index.ts';
import type { Item, Roadmap } from '../../../src/domain/interchange/schema.ts';

const base: Roadmap = {
  id: 'storage-api',
  title: 'Storage API v2.0',
  items: [{ id: 'loose', title: 'Tidy the wiki page' }],
  sections: [
    {
      id: 'server',
      title: 'Server',
      items: [
        {
          id: 'spec',
          title: 'Write the API spec',
          status: 'todo',
          work: [{ id: 'spec-review', title: 'Review the spec with ops' }],
        },
        { id: 'backend', title: 'Implement the storage backend' },
      ],
    },
    { id: 'client', title: 'Client', items: [{ id: 'sync', title: 'Sync client for desktop' }] },
  ],
};

function edit(change: (roadmap: Roadmap) => void): Roadmap {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

const server = (r: Roadmap) => r.sections?.[0]?.items ?? [];
const client = (r: Roadmap) => r.sections?.[1]?.items ?? [];
const SERVER = { kind: 'section', id: 'server', title: 'Server' } as const;
const CLIENT = { kind: 'section', id: 'client', title: 'Client' } as const;

describe('items: added, removed, nested work', () => {
  it('lists an added nested work item with its path and a snapshot without work', () => {
    const after = edit((r) => {
      server(r)[0]?.work?.push({ id: 'spec-publish', title: 'Publish the spec', status: 'todo' });
    });
    const diff = diffRoadmaps(base, after);
    expect(diff.items).toEqual([
      {
        type: 'added',
        id: 'spec-publish',
        title: 'Publish the spec',
        path: [SERVER, { kind: 'item', id: 'spec', title: 'Write the API spec' }],
        item: { id: 'spec-publish', title: 'Publish the spec', status: 'todo' },
      },
    ]);
    expect(diff.summary.items).toEqual({ added: 1, removed: 0, moved: 0, renamed: 0, changed: 0 });
  });

  it('removes a parent and its work as separate entries, in before order, after the added ones', () => {
    const after = edit((r) => {
      r.sections?.[0]?.items?.shift();
      client(r).push({ id: 'mobile', title: 'Mobile client' });
    });
    const diff = diffRoadmaps(base, after);
    expect(diff.items.map((d) => [d.type, d.id])).toEqual([
      ['added', 'mobile'],
      ['removed', 'spec'],
      ['removed', 'spec-review'],
    ]);
    const spec = diff.items[1];
    expect(spec).toEqual({
      type: 'removed',
      id: 'spec',
      title: 'Write the API spec',
      path: [SERVER],
      item: { id: 'spec', title: 'Write the API spec', status: 'todo' },
    });
    expect(diff.summary.items.removed).toBe(2);
  });
});

describe('items: moves', () => {
  it('reports a move between sections with both paths', () => {
    const after = edit((r) => {
      const backend = server(r).pop() as Item;
      client(r).unshift(backend);
    });
    expect(diffRoadmaps(base, after).items).toEqual([
      {
        type: 'modified',
        id: 'backend',
        title: 'Implement the storage backend',
        path: [CLIENT],
        moved: { from: [SERVER], to: [CLIENT] },
        changes: [],
      },
    ]);
  });

  it('reports a move from the roadmap root into a section, and from a parent item to a section', () => {
    const after = edit((r) => {
      const loose = r.items?.pop() as Item;
      const spec = server(r)[0] as Item;
      const review = spec.work?.pop() as Item;
      delete spec.work;
      server(r).push(loose, review);
      delete r.items;
    });
    const diff = diffRoadmaps(base, after);
    expect(diff.items.map((d) => (d.type === 'modified' ? [d.id, d.moved] : d))).toEqual([
      ['loose', { from: [], to: [SERVER] }],
      [
        'spec-review',
        { from: [SERVER, { kind: 'item', id: 'spec', title: 'Write the API spec' }], to: [SERVER] },
      ],
    ]);
    expect(diff.summary.items).toEqual({ added: 0, removed: 0, moved: 2, renamed: 0, changed: 0 });
  });

  it('does not report reordering within the same parent', () => {
    const after = edit((r) => {
      server(r).reverse();
      r.sections?.reverse();
    });
    const diff = diffRoadmaps(base, after);
    expect(diff.summary.identical).toBe(true);
    expect(diff.items).toEqual([]);
  });

  it('does not move the items of a section that was renamed and got a new id', () => {
    const after = edit((r) => {
      const section = r.sections?.[1];
      if (section) Object.assign(section, { id: 'desktop-apps', title: 'Desktop apps' });
    });
    const diff = diffRoadmaps(base, after);
    expect(diff.items).toEqual([]);
    expect(diff.sections).toEqual([
      {
        type: 'modified',
        id: 'desktop-apps',
        title: 'Desktop apps',
        path: [],
        renamed: {
          matchedBy: 'content',
          fromId: 'client',
          toId: 'desktop-apps',
          fromTitle: 'Client',
          toTitle: 'Desktop apps',
        },
        changes: [],
      },
    ]);
  });
});

describe('items: renames', () => {
  it('reports a changed title under the same id as renamed by id', () => {
    const after = edit((r) => {
      Object.assign(server(r)[1] as Item, { title: 'Build the storage backend' });
    });
    expect(diffRoadmaps(base, after).items).toEqual([
      {
        type: 'modified',
        id: 'backend',
        title: 'Build the storage backend',
        path: [SERVER],
        renamed: {
          matchedBy: 'id',
          fromId: 'backend',
          toId: 'backend',
          fromTitle: 'Implement the storage backend',
          toTitle: 'Build the storage backend',
        },
        changes: [],
      },
    ]);
  });

  it('pairs a removed and an added item with near-identical titles, keeping field changes', () => {
    const after = edit((r) => {
      server(r)[1] = {
        id: 'implement-the-new-storage-backend',
        title: 'Implement the new storage backend',
        status: 'done',
      };
    });
    const diff = diffRoadmaps(base, after);
    expect(diff.items).toEqual([
      {
        type: 'modified',
        id: 'implement-the-new-storage-backend',
        title: 'Implement the new storage backend',
        path: [SERVER],
        renamed: {
          matchedBy: 'title',
          fromId: 'backend',
          toId: 'implement-the-new-storage-backend',
          fromTitle: 'Implement the storage backend',
          toTitle: 'Implement the new storage backend',
          similarity: 0.889,
        },
        changes: [{ kind: 'value', field: 'status', after: 'done' }],
      },
    ]);
    expect(diff.summary.items).toEqual({ added: 0, removed: 0, moved: 0, renamed: 1, changed: 1 });
  });

  it('leaves dissimilar titles as removed + added, and honours a custom threshold', () => {
    const after = edit((r) => {
      server(r)[1] = { id: 'storage-engine', title: 'Storage engine' };
    });
    expect(diffRoadmaps(base, after).summary.items).toMatchObject({ added: 1, removed: 1, renamed: 0 });
    // "storage" is shared: Dice = 2·1 / (4 + 2) = 0.33.
    const loose = diffRoadmaps(base, after, { renameThreshold: 0.3 });
    expect(loose.summary.items).toMatchObject({ added: 0, removed: 0, renamed: 1 });
  });

  it('prefers the pair under the same parent when two renames score the same', () => {
    const twin = (r: Roadmap) => client(r).push({ id: 'docs-2', title: 'Write docs' });
    const before = edit((r) => {
      server(r).push({ id: 'docs', title: 'Write docs' });
      twin(r);
    });
    const after = edit((r) => {
      server(r).push({ id: 'write-docs', title: 'Write the docs' });
      client(r).push({ id: 'write-docs-2', title: 'Write the docs' });
    });
    const renames = diffRoadmaps(before, after).items.map((d) => (d.type === 'modified' ? d.renamed : d));
    expect(renames.map((r) => r && 'fromId' in r && [r.fromId, r.toId])).toEqual([
      ['docs', 'write-docs'],
      ['docs-2', 'write-docs-2'],
    ]);
  });
});
