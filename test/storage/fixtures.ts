// Roadmaps, clocks and assertions shared by the storage suite.
import { expect } from 'vitest';
import type { Item, Roadmap } from '../../src/domain/interchange/schema.ts';

export const WS = 'acme';

export const small: Roadmap = {
  id: 'platform',
  title: 'Platform roadmap',
  period: { label: '2024' },
  sections: [
    {
      id: 'storage',
      title: 'Storage',
      items: [
        { id: 'gitlab', title: 'Archive GitLab forges', status: 'in_progress' },
        { id: 'backups', title: 'Backups', summary: 'Nightly copies of every gitlab mirror.' },
      ],
    },
  ],
  items: [{ id: 'mirrors', title: 'Mirrors', fields: { Forge: 'gitlab and others' } }],
};

/** sections × perSection items, each with a summary and fields, as an import would produce. */
export function bigRoadmap(sections = 10, perSection = 50): Roadmap {
  return {
    id: 'big',
    title: 'Big roadmap',
    sections: Array.from({ length: sections }, (_, s) => ({
      id: `area-${s}`,
      title: `Area ${s}`,
      items: Array.from(
        { length: perSection },
        (_, i): Item => ({
          id: `item-${s}-${i}`,
          title: `Item ${i} of area ${s}`,
          status: 'todo',
          leads: ['Nuria Ruiz'],
          summary: `Deliver the ${i}th improvement of area ${s}, with documentation and tests.`,
          fields: { Task: `T${s * 1000 + i}`, Effort: '1-2 PM' },
        }),
      ),
    })),
  };
}

/** A changed copy; the original stays as it was. */
export function edited(roadmap: Roadmap, change: (copy: Roadmap) => void): Roadmap {
  const copy = structuredClone(roadmap);
  change(copy);
  return copy;
}

export function firstItem(roadmap: Roadmap, sectionIndex = 0, itemIndex = 0): Item {
  const item = roadmap.sections?.[sectionIndex]?.items?.[itemIndex];
  if (!item) throw new Error('fixture has no such item');
  return item;
}

export class FakeClock {
  private time: number;
  constructor(start: string) {
    this.time = Date.parse(start);
  }
  readonly now = (): Date => new Date(this.time);
  set(iso: string): void {
    this.time = Date.parse(iso);
  }
}

/** Awaits a rejection and returns the error after checking its class. */
export async function rejection<E extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
): Promise<E> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}

export const by = { actor: 'alice', kind: 'edit' } as const;
