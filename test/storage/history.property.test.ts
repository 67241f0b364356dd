// Property: whatever sequence of roadmaps is written, reading each revision gives back exactly
// what was written. A small checkpoint interval mixes checkpoints and replayed deltas.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item, Roadmap } from '../../src/domain/interchange/schema.ts';
import { arbRoadmap, arbText } from '../support/arbitraries.ts';
import { storeFactories, type TestStore } from '../support/dialects.ts';
import { WS } from './fixtures.ts';

type Step =
  | { kind: 'replace'; roadmap: Roadmap }
  | { kind: 'retitle'; pick: number; title: string }
  | { kind: 'drop'; pick: number }
  | { kind: 'reverse' }
  | { kind: 'same' };

const arbStep: fc.Arbitrary<Step> = fc.oneof(
  arbRoadmap({ sectionDepth: 1 }).map((roadmap) => ({ kind: 'replace' as const, roadmap })),
  fc.record({ kind: fc.constant('retitle' as const), pick: fc.nat(), title: arbText() }),
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  fc.constant({ kind: 'reverse' as const }),
  fc.constant({ kind: 'same' as const }),
);

/** Every item list of the roadmap with its positions, in document order. */
function itemSlots(roadmap: Roadmap): { list: Item[]; index: number }[] {
  const slots: { list: Item[]; index: number }[] = [];
  const visit = (list: Item[] | undefined) => {
    list?.forEach((item, index) => {
      slots.push({ list, index });
      visit(item.work);
    });
  };
  const sections = [...(roadmap.sections ?? [])];
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i];
    visit(section?.items);
    sections.push(...(section?.sections ?? []));
  }
  visit(roadmap.items);
  return slots;
}

function apply(previous: Roadmap, step: Step): Roadmap {
  if (step.kind === 'replace') return { ...step.roadmap, id: previous.id };
  const next = structuredClone(previous);
  const slots = itemSlots(next);
  const slot = slots.length > 0 && 'pick' in step ? slots[step.pick % slots.length] : undefined;
  const item = slot?.list[slot.index];
  if (step.kind === 'retitle' && item) item.title = step.title;
  if (step.kind === 'drop' && slot) slot.list.splice(slot.index, 1);
  if (step.kind === 'reverse') next.sections?.reverse();
  return next;
}

describe.each(storeFactories())('revision history property on $dialect', (factory) => {
  let db: TestStore;
  beforeAll(async () => {
    db = await factory.open({ checkpointEvery: 3 });
    await db.store.ensureWorkspace(WS);
  });
  afterAll(() => db.dispose());

  it('reads back every written revision exactly', { timeout: 120_000 }, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        arbRoadmap({ sectionDepth: 1 }),
        fc.array(arbStep, { maxLength: 7 }),
        async (first, steps) => {
          const id = `run-${run++}`;
          let roadmap: Roadmap = { ...first, id };
          let head = await db.store.createRoadmap({ workspaceId: WS, roadmap, actor: 'p', kind: 'import' });
          const written = [{ id: head.id, roadmap }];
          for (const step of steps) {
            roadmap = apply(roadmap, step);
            head = await db.store.writeRoadmap({
              workspaceId: WS,
              roadmap,
              baseRevisionId: head.id,
              actor: 'p',
              kind: 'edit',
            });
            if (head.created) written.push({ id: head.id, roadmap });
            else expect(head.id).toBe(written.at(-1)?.id);
          }
          for (const revision of written) {
            const read = await db.store.readRoadmap(WS, id, { revisionId: revision.id });
            expect(read.roadmap).toStrictEqual(revision.roadmap);
            expect(read.cost.deltasApplied).toBeLessThan(3);
          }
          expect((await db.store.listRevisions(WS, id, { limit: 100 })).length).toBe(written.length);
          await db.store.deleteRoadmap(WS, id);
        },
      ),
      { numRuns: 25 },
    );
  });
});
