// Item use cases: read one, list with filters and pages, create, edit, move and delete.
import { ValidationError } from '../../domain/errors.ts';
import type { Item } from '../../domain/interchange/index.ts';
import { type ItemFilter, type ListedItem, queryItems } from '../../domain/roadmap/item-query.ts';
import * as edits from '../../domain/roadmap/items.ts';
import type { RevisionInfo } from '../../storage/index.ts';
import type { CommandContext } from '../context.ts';
import { filterFingerprint, type PagePosition } from './page.ts';
import { editRoadmap, type ReadTarget, readAt, type WriteTarget } from './revision-base.ts';

/** An item with its work and where it sits. */
export interface ItemView {
  item: Item;
  /** Nearest enclosing section; absent for the roadmap's own items and their work. */
  section?: string;
  /** The item whose `work` holds it. */
  parent?: string;
  position: number;
}

export async function getItem(
  ctx: CommandContext,
  target: ReadTarget & { itemId: string },
): Promise<{ revision: RevisionInfo; view: ItemView }> {
  const { roadmap, revision } = await readAt(ctx, target);
  const location = edits.findItem(roadmap, target.itemId);
  const section = location.sectionIds.at(-1);
  const parent = location.container.kind === 'item' ? location.container.id : undefined;
  return {
    revision,
    view: {
      item: location.item,
      ...(section !== undefined ? { section } : {}),
      ...(parent !== undefined ? { parent } : {}),
      position: location.index,
    },
  };
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export interface ListItemsInput {
  roadmapId: string;
  filter?: ItemFilter;
  /** Default 50, at most 500. */
  limit?: number;
  /** The previous page's `next`; its filter fingerprint must be this filter's. */
  after?: PagePosition;
}

export interface ItemPage {
  /** The revision every page of this listing is read at: the head when the first page was read. */
  revision: RevisionInfo;
  items: ListedItem[];
  /** Matching items on every page together. */
  total: number;
  /** Where the next page starts; absent on the last page. */
  next?: PagePosition;
}

export async function listItems(ctx: CommandContext, input: ListItemsInput): Promise<ItemPage> {
  const filter = input.filter ?? {};
  const fingerprint = filterFingerprint(filter);
  const after = input.after;
  if (after && after.filter !== fingerprint) {
    throw new ValidationError(
      'the cursor belongs to a listing with other filters; keep the first page’s filters',
      [{ pointer: '/cursor', message: 'the cursor belongs to a listing with other filters' }],
    );
  }
  const limit = Math.max(1, Math.min(input.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
  const { roadmap, revision } = await readAt(ctx, {
    roadmapId: input.roadmapId,
    ...(after ? { revisionId: after.revisionId } : {}),
  });
  const matching = queryItems(roadmap, filter);
  const offset = after?.offset ?? 0;
  const items = matching.slice(offset, offset + limit);
  const end = offset + items.length;
  return {
    revision,
    items,
    total: matching.length,
    ...(end < matching.length ? { next: { revisionId: revision.id, offset: end, filter: fingerprint } } : {}),
  };
}

export interface CreateItemInput extends WriteTarget, edits.ItemPlacement {
  item: edits.ItemDraft;
}

export function createItem(ctx: CommandContext, input: CreateItemInput) {
  return editRoadmap(
    ctx,
    input,
    'edit',
    (roadmap) => edits.createItem(roadmap, input.item, input),
    ({ item }) => `Add item ${item.id}`,
  );
}

export interface UpdateItemInput extends WriteTarget {
  itemId: string;
  patch: edits.ItemPatch;
}

export function updateItem(ctx: CommandContext, input: UpdateItemInput) {
  return editRoadmap(
    ctx,
    input,
    'edit',
    (roadmap) => edits.updateItemFields(roadmap, input.itemId, input.patch),
    () => `Edit ${input.itemId}`,
  );
}

export interface MoveItemInput extends WriteTarget, edits.ItemPlacement {
  itemId: string;
}

export function moveItem(ctx: CommandContext, input: MoveItemInput) {
  return editRoadmap(
    ctx,
    input,
    'edit',
    (roadmap) => edits.moveItem(roadmap, input.itemId, input),
    () => `Move ${input.itemId}`,
  );
}

export interface DeleteItemInput extends WriteTarget {
  itemId: string;
}

export function deleteItem(ctx: CommandContext, input: DeleteItemInput) {
  return editRoadmap(
    ctx,
    input,
    'edit',
    (roadmap) => edits.deleteItem(roadmap, input.itemId),
    () => `Delete ${input.itemId}`,
  );
}
