import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Roadmap } from '../../../src/domain/interchange/schema.ts';
import { validateDocument } from '../../../src/domain/interchange/validate.ts';
import { arbRoadmap } from '../../support/arbitraries.ts';

describe('arbRoadmap', () => {
  it('generates documents that pass validation', () => {
    fc.assert(
      fc.property(arbRoadmap(), (roadmap) => {
        expect(() => validateDocument({ format: 'waymark/v1', roadmap })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('sometimes nests sections, work and check-in references, and keeps empty lists', () => {
    const samples = fc.sample(arbRoadmap(), { numRuns: 300, seed: 7 });
    const some = (found: (roadmap: Roadmap) => boolean) => samples.some(found);
    expect(some((r) => (r.sections ?? []).some((s) => (s.sections ?? []).length > 0))).toBe(true);
    expect(some((r) => (r.items ?? []).some((i) => (i.work ?? []).length > 0))).toBe(true);
    expect(some((r) => (r.checkins ?? []).some((c) => c.scope !== undefined))).toBe(true);
    expect(
      some((r) => (r.checkins ?? []).some((c) => (c.entries ?? []).some((e) => e.item !== undefined))),
    ).toBe(true);
    expect(some((r) => (r.items ?? []).some((i) => i.work?.length === 0))).toBe(true);
    expect(some((r) => r.source !== undefined && r.period !== undefined)).toBe(true);
    expect(some((r) => Object.keys(r).length === 2)).toBe(true);
  });
});
