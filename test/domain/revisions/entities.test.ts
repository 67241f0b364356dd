import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/domain/errors.ts';
import type { Roadmap } from '../../../src/domain/interchange/schema.ts';
import { decompose, ROADMAP_ENTITY_KEY, recompose } from '../../../src/domain/revisions/entities.ts';
import { arbRoadmap } from '../../support/arbitraries.ts';

const sample: Roadmap = {
  id: 'swh-2022',
  title: 'Roadmap 2022',
  period: { label: '2022', start: '2022-01-01', end: '2022-12-31' },
  sections: [
    {
      id: 'collect',
      title: 'Collect',
      sections: [{ id: 'forges', title: 'Forges', items: [] }],
      items: [
        {
          id: 't4079',
          title: 'Archive GitLab',
          status: 'in_progress',
          work: [{ id: 'gl-api', title: 'API' }],
        },
        { id: 'empty-work', title: 'Nothing yet', work: [] },
      ],
    },
  ],
  items: [{ id: 'loose', title: 'Loose item', fields: { Lead: 'ardumont' } }],
  checkins: [
    {
      id: 'oct',
      date: '2022-10-28',
      scope: 'collect',
      entries: [{ item: 't4079', title: 'x', status: 'done' }],
    },
  ],
};

describe('decompose / recompose', () => {
  it('gives back exactly the roadmap, key order included', () => {
    fc.assert(
      fc.property(arbRoadmap(), (roadmap) => {
        const back = recompose(decompose(roadmap));
        expect(back).toStrictEqual(roadmap);
        expect(JSON.stringify(back)).toBe(JSON.stringify(roadmap));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps children out of their parents and child order in the parent', () => {
    const entities = decompose(sample);
    expect([...entities.keys()]).toEqual([
      ROADMAP_ENTITY_KEY,
      'section:collect',
      'section:forges',
      'item:t4079',
      'item:gl-api',
      'item:empty-work',
      'item:loose',
      'checkin:oct',
    ]);
    expect(JSON.parse(entities.get('roadmap:') ?? '')).toEqual({
      id: 'swh-2022',
      title: 'Roadmap 2022',
      period: { label: '2022', start: '2022-01-01', end: '2022-12-31' },
      sectionIds: ['collect'],
      itemIds: ['loose'],
      checkinIds: ['oct'],
    });
    expect(JSON.parse(entities.get('item:t4079') ?? '')).toEqual({
      id: 't4079',
      title: 'Archive GitLab',
      status: 'in_progress',
      workIds: ['gl-api'],
    });
  });

  it('tells an empty child list from a missing one', () => {
    const entities = decompose(sample);
    expect(JSON.parse(entities.get('item:empty-work') ?? '')).toHaveProperty('workIds', []);
    expect(JSON.parse(entities.get('item:gl-api') ?? '')).not.toHaveProperty('workIds');
    const back = recompose(entities);
    expect(back.sections?.[0]?.items?.[1]).toStrictEqual({
      id: 'empty-work',
      title: 'Nothing yet',
      work: [],
    });
    expect(back.sections?.[0]?.sections?.[0]).toStrictEqual({ id: 'forges', title: 'Forges', items: [] });
  });

  it('writes the same text whatever order the keys came in', () => {
    const shuffled = JSON.parse(
      '{"items":[{"fields":{"Lead":"ardumont"},"title":"Loose item","id":"loose"}],"title":"Roadmap 2022",' +
        '"period":{"end":"2022-12-31","label":"2022","start":"2022-01-01"},"id":"swh-2022"}',
    ) as Roadmap;
    const ordered: Roadmap = {
      id: 'swh-2022',
      title: 'Roadmap 2022',
      period: { label: '2022', start: '2022-01-01', end: '2022-12-31' },
      items: [{ id: 'loose', title: 'Loose item', fields: { Lead: 'ardumont' } }],
    };
    expect(decompose(shuffled)).toEqual(decompose(ordered));
    expect(JSON.stringify(recompose(decompose(shuffled)))).toBe(JSON.stringify(ordered));
  });

  it('refuses duplicate ids with the pointer of the second one', () => {
    const roadmap: Roadmap = {
      id: 'r',
      title: 'R',
      sections: [{ id: 's', title: 'S', items: [{ id: 'a', title: 'A', work: [{ id: 'b', title: 'B' }] }] }],
      items: [{ id: 'b', title: 'B again' }],
    };
    const error = (() => {
      try {
        decompose(roadmap);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { pointer: '/roadmap/items/0/id', message: 'duplicate item id "b"' },
    ]);
  });

  it('keeps a fields key named __proto__ as data', () => {
    const roadmap = JSON.parse('{"id":"r","title":"R","fields":{"__proto__":"x","a":"b"}}') as Roadmap;
    const back = recompose(decompose(roadmap));
    expect(Object.getPrototypeOf(back.fields)).toBe(Object.prototype);
    expect(JSON.stringify(back)).toBe(JSON.stringify(roadmap));
  });

  it('refuses entity sets that do not form one tree', () => {
    const entities = decompose(sample);
    const missing = new Map(entities);
    missing.delete('item:gl-api');
    expect(() => recompose(missing)).toThrow(/"item:gl-api" is referenced but missing/);
    const orphan = new Map(entities).set('item:stray', '{"id":"stray","title":"Stray"}');
    expect(() => recompose(orphan)).toThrow(/"item:stray" belongs to no container/);
  });
});
