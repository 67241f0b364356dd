// The semantic diff's result: plain JSON (no Maps, no classes, no undefined-valued keys) so the API
// can return it as is and the CLI can print it. Every list is ordered by the `after` document,
// then what was removed in `before` order, so two runs over the same inputs give the same bytes.
import type {
  Checkin,
  CheckinEntry,
  Effort,
  Health,
  Item,
  Kpi,
  Link,
  Period,
  Priority,
  Ref,
  Risk,
  Section,
  SectionKind,
  Source,
  Status,
} from '../interchange/schema.ts';

export interface TextSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** A field replaced as a whole. `before`/`after` are omitted when the field was absent on that side. */
export interface ValueChange<F extends string, T> {
  kind: 'value';
  field: F;
  before?: T;
  after?: T;
}

/** Markdown prose, with a word-level diff so a reader sees what was reworded. */
export interface TextChange<F extends string> {
  kind: 'text';
  field: F;
  before?: string;
  after?: string;
  segments: TextSegment[];
}

/**
 * A list compared as a multiset: order is not a change. Members of keyed lists (refs by tracker+id,
 * KPIs by name, risks by text, links by url) that kept their key but not their content are in
 * `changed`; for plain string lists `changed` is always empty.
 */
export interface ListChange<F extends string, T> {
  kind: 'list';
  field: F;
  added: T[];
  removed: T[];
  changed: Array<{ before: T; after: T }>;
}

/** One key of a `fields` map; a field added or dropped omits `before` or `after`. */
export interface EntryChange<F extends string> {
  kind: 'entry';
  field: F;
  key: string;
  before?: string;
  after?: string;
}

// Distributes over a union of field names so that `change.field === 'tags'` narrows the member type.
type ValueChanges<F extends string, T> = F extends string ? ValueChange<F, T> : never;
type ListChanges<F extends string, T> = F extends string ? ListChange<F, T> : never;

export type ItemFieldChange =
  | ValueChange<'status', Status>
  | ValueChanges<'statusText' | 'priorityText', string>
  | ValueChange<'priority', Priority>
  | ValueChange<'effort', Effort>
  | ValueChange<'target', Period>
  | ListChanges<'leads' | 'tags' | 'labels' | 'dependsOn', string>
  | ListChange<'refs', Ref>
  | ListChange<'kpis', Kpi>
  | ListChange<'risks', Risk>
  | EntryChange<'fields'>
  | TextChange<'summary'>;

export type SectionFieldChange =
  | ValueChange<'kind', SectionKind>
  | ValueChange<'status', Status>
  | ValueChange<'statusText', string>
  | ListChanges<'leads' | 'dependsOn', string>
  | ListChange<'risks', Risk>
  | EntryChange<'fields'>
  | TextChange<'summary'>;

export type RoadmapFieldChange =
  | ValueChanges<'id' | 'title' | 'version' | 'updated', string>
  | ValueChange<'period', Period>
  | ValueChange<'source', Source>
  | ListChange<'links', Link>
  | EntryChange<'fields'>
  | TextChange<'summary'>;

export type CheckinFieldChange =
  | ValueChanges<'date' | 'title' | 'scope', string>
  | ValueChange<'health', Health>
  | TextChange<'summary'>;

export type CheckinEntryFieldChange =
  | ValueChange<'title', string>
  | ValueChange<'status', Status>
  | ValueChange<'statusText', string>
  | TextChange<'note'>;

/** One ancestor of a node, outermost first; an empty path means the roadmap root. */
export interface PathStep {
  kind: 'section' | 'item';
  id: string;
  title: string;
}

/**
 * How a node of `before` was found again in `after`. `matchedBy: 'title'` pairs a removed id with
 * an added id whose titles are near-identical; `similarity` is then the token Dice coefficient.
 * `'content'` (sections only) pairs a removed and an added section holding mostly the same items.
 */
export interface Rename {
  matchedBy: 'id' | 'title' | 'content';
  fromId: string;
  toId: string;
  fromTitle: string;
  toTitle: string;
  similarity?: number;
}

/** The immediate parent changed (a section or a parent item); reordering within a parent is not a move. */
export interface Move {
  from: PathStep[];
  to: PathStep[];
}

/** An item without its `work`: sub-items are diffed as items in their own right. */
export type ItemSnapshot = Omit<Item, 'work'>;
/** A section without its children, which are diffed on their own. */
export type SectionSnapshot = Omit<Section, 'sections' | 'items'>;

export interface ItemAdded {
  type: 'added';
  id: string;
  title: string;
  path: PathStep[];
  item: ItemSnapshot;
}

/** `path` is where it was in `before`. */
export interface ItemRemoved extends Omit<ItemAdded, 'type'> {
  type: 'removed';
}

/** Listed only when at least one of `renamed`, `moved` or `changes` says something. */
export interface ItemModified {
  type: 'modified';
  /** Id and title as in `after`. */
  id: string;
  title: string;
  path: PathStep[];
  renamed?: Rename;
  moved?: Move;
  changes: ItemFieldChange[];
}

export type ItemDiff = ItemAdded | ItemRemoved | ItemModified;

export interface SectionAdded {
  type: 'added';
  id: string;
  title: string;
  path: PathStep[];
  section: SectionSnapshot;
}

export interface SectionRemoved extends Omit<SectionAdded, 'type'> {
  type: 'removed';
}

export interface SectionModified {
  type: 'modified';
  id: string;
  title: string;
  path: PathStep[];
  renamed?: Rename;
  moved?: Move;
  changes: SectionFieldChange[];
}

export type SectionDiff = SectionAdded | SectionRemoved | SectionModified;

export type CheckinEntryDiff =
  | { type: 'added'; item?: string; title: string; entry: CheckinEntry }
  | { type: 'removed'; item?: string; title: string; entry: CheckinEntry }
  | { type: 'modified'; item?: string; title: string; changes: CheckinEntryFieldChange[] };

export interface CheckinAdded {
  type: 'added';
  id: string;
  date: string;
  title?: string;
  checkin: Checkin;
}

export interface CheckinRemoved extends Omit<CheckinAdded, 'type'> {
  type: 'removed';
}

export interface CheckinModified {
  type: 'modified';
  id: string;
  date: string;
  title?: string;
  changes: CheckinFieldChange[];
  entries: CheckinEntryDiff[];
}

export type CheckinDiff = CheckinAdded | CheckinRemoved | CheckinModified;

export interface NodeCounts {
  added: number;
  removed: number;
  moved: number;
  renamed: number;
  /** Nodes with at least one field change (a rename or move alone does not count). */
  changed: number;
}

export interface DiffSummary {
  identical: boolean;
  /** Number of roadmap-level field changes. */
  roadmap: number;
  sections: NodeCounts;
  items: NodeCounts;
  checkins: { added: number; removed: number; changed: number };
}

export interface RoadmapDiff {
  before: { id: string; title: string };
  after: { id: string; title: string };
  roadmap: RoadmapFieldChange[];
  sections: SectionDiff[];
  items: ItemDiff[];
  checkins: CheckinDiff[];
  summary: DiffSummary;
}

/** Counts the work the title matcher did, so its bound can be checked without timing anything. */
export interface DiffMetrics {
  similarityCalls: number;
}

export interface DiffOptions {
  /** Token Dice coefficient at or above which an unmatched removed/added pair is a rename. Default 0.8. */
  renameThreshold?: number;
  /** Incremented, not replaced, so one object can total several diffs. */
  metrics?: DiffMetrics;
}
