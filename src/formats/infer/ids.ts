// Deterministic ids: the same text gives the same ids, so two revisions of a document diff by id.
import type { Ref } from '../../domain/interchange/index.ts';

export function slugify(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** The id a tracker ref gives an item (`T4079` → `t4079`); plain links give none. */
export function refId(refs: readonly Ref[] | undefined): string | undefined {
  const ref = refs?.find((r) => r.tracker !== 'url');
  return ref ? slugify(ref.id, '') || undefined : undefined;
}

/** Hands out unique ids within one namespace, suffixing `-2`, `-3` on clashes in document order. */
export class IdAllocator {
  private readonly used = new Set<string>();

  take(candidate: string): string {
    let id = candidate;
    for (let n = 2; this.used.has(id); n++) id = `${candidate}-${n}`;
    this.used.add(id);
    return id;
  }
}
