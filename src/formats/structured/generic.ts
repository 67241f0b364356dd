// Generic YAML, TOML and JSON roadmaps: a list of entries, or mappings whose keys are groups
// (status buckets "done:", periods "Q3 2024:", areas, releases) and whose leaves are entries with
// the common key names (see key-roles.ts). Groups become sections; a group named by a status or a
// period passes it down to the items in it.
import type { Item, Link, Section } from '../../domain/interchange/index.ts';
import { normaliseStatus, parsePeriod } from '../../domain/normalise/index.ts';
import { slugify } from '../infer/ids.ts';
import { child, MAX_DEPTH, type MappedRoadmap, type MapperContext } from './context.ts';
import { hasChildren, type Inherited, isItemLike, itemFromRecord, periodOf } from './generic-item.ts';
import { type KeyMap, normaliseKey, roleOf } from './key-roles.ts';
import { type DataRecord, fieldText, isoDate, isRecord, scalarText, titleText } from './values.ts';

const RELEASE = /^v?\d+(?:\.\d+)+\b/i;
const YEAR = /\b(?:19|20)\d{2}\b/;
// Keys of a release or milestone entry that name it when it has no title (`- version: v1.9`).
const GROUP_NAMES = new Set([
  'version',
  'release',
  'milestone',
  'quarter',
  'period',
  'name',
  'title',
  'label',
]);

interface Nodes {
  items: Item[];
  sections: Section[];
}

export class GenericMapper {
  constructor(
    private readonly ctx: MapperContext,
    private readonly map: KeyMap | undefined,
  ) {}

  roadmap(data: unknown): MappedRoadmap {
    if (Array.isArray(data)) return { ...this.nonEmpty(this.list(data, '', 1, {}, false)) };
    if (!isRecord(data)) throw new TypeError('not a mapping or a list');
    const roadmap: MappedRoadmap = {};
    const fields: Record<string, string> = {};
    const links: Link[] = [];
    const nodes: Nodes = { items: [], sections: [] };
    for (const [key, value] of Object.entries(data)) {
      const pointer = child('', key);
      const role = roleOf(key, this.map);
      const text = scalarText(value);
      if (Array.isArray(value) || isRecord(value)) {
        if (role === 'refs' && this.links(value, links)) continue;
        const inner =
          role === 'items'
            ? Array.isArray(value)
              ? this.list(value, pointer, 1, {}, false)
              : this.keyed(value, pointer, 1, {})
            : this.group(key, value, pointer, 1, {});
        nodes.items.push(...inner.items);
        nodes.sections.push(...inner.sections);
        continue;
      }
      if (text === undefined) continue;
      if (role === 'title' && roadmap.title === undefined) roadmap.title = titleText(text);
      else if (role === 'id' && roadmap.id === undefined) roadmap.id = slugify(text, '') || undefined;
      else if (role === 'summary' && roadmap.summary === undefined) roadmap.summary = text;
      else if (role === 'updated' && roadmap.updated === undefined && isoDate(value))
        roadmap.updated = isoDate(value);
      else if (normaliseKey(key) === 'version' && roadmap.version === undefined) roadmap.version = text;
      else if (role === 'target' && roadmap.period === undefined) roadmap.period = periodOf(text);
      else if (role === 'refs' && this.links(value, links)) continue;
      else fields[key] = text;
    }
    if (links.length > 0) roadmap.links = links;
    if (Object.keys(fields).length > 0) roadmap.fields = fields;
    return { ...roadmap, ...this.nonEmpty(nodes) };
  }

  private nonEmpty(nodes: Nodes): Partial<Nodes> {
    return {
      ...(nodes.items.length > 0 ? { items: nodes.items } : {}),
      ...(nodes.sections.length > 0 ? { sections: nodes.sections } : {}),
    };
  }

  private links(value: unknown, into: Link[]): boolean {
    const before = into.length;
    for (const entry of Array.isArray(value) ? value : [value]) {
      const url = isRecord(entry) ? (scalarText(entry.url) ?? scalarText(entry.href)) : scalarText(entry);
      const title = isRecord(entry) ? (titleText(entry.title) ?? titleText(entry.name)) : undefined;
      if (url && /^[a-z][a-z0-9+.-]*:\/\//i.test(url)) into.push({ ...(title ? { title } : {}), url });
    }
    return into.length > before;
  }

  /** A group's key passes down a status ("in-progress") or a period ("First Quarter 2019", "v2.0"). */
  private inheritedFrom(key: string, outer: Inherited): { inherited: Inherited; section: Partial<Section> } {
    const section: Partial<Section> = {};
    const inherited: Inherited = { ...outer };
    const status = normaliseStatus(key);
    if (status) {
      section.status = status.status;
      section.statusText = status.statusText;
      inherited.status = status;
    }
    const period = parsePeriod(key);
    if (period && (period.start !== undefined || RELEASE.test(key) || YEAR.test(key))) {
      section.kind = 'milestone';
      inherited.target = period;
    }
    return { inherited, section };
  }

  private group(key: string, value: unknown, pointer: string, depth: number, outer: Inherited): Nodes {
    if (isRecord(value) && isItemLike(value, this.map)) {
      const item = this.item(value, pointer, depth, outer, key);
      return { items: item ? [item] : [], sections: [] };
    }
    if (!this.ctx.admit(pointer)) return { items: [], sections: [] };
    const title = titleText(key) ?? '(untitled)';
    const { inherited, section: extra } = this.inheritedFrom(title, outer);
    const section: Section = { id: this.ctx.sectionId(title), title, ...extra };
    if (depth >= MAX_DEPTH) {
      this.ctx.warn(pointer, `nested deeper than ${MAX_DEPTH} levels: kept as text in fields`);
      const text = fieldText(value);
      if (text) section.fields = { [title]: text };
      return { items: [], sections: [section] };
    }
    const inner = Array.isArray(value)
      ? this.list(value, pointer, depth + 1, inherited, false)
      : this.keyed(value as DataRecord, pointer, depth + 1, inherited, section);
    if (inner.items.length > 0) section.items = inner.items;
    if (inner.sections.length > 0) section.sections = inner.sections;
    return { items: [], sections: [section] };
  }

  /** A mapping of keys to entries or groups; scalar values are fields of the enclosing section. */
  private keyed(
    record: DataRecord,
    pointer: string,
    depth: number,
    inherited: Inherited,
    section?: Section,
  ): Nodes {
    const nodes: Nodes = { items: [], sections: [] };
    for (const [key, value] of Object.entries(record)) {
      const at = child(pointer, key);
      if (Array.isArray(value) || isRecord(value)) {
        const inner = this.group(key, value, at, depth, inherited);
        nodes.items.push(...inner.items);
        nodes.sections.push(...inner.sections);
        continue;
      }
      const text = fieldText(value);
      if (text === undefined) continue;
      if (section) section.fields = { ...section.fields, [key]: text };
      else if (this.ctx.admit(at)) nodes.items.push(this.pairItem(key, text));
    }
    return nodes;
  }

  /** The entries of a list. Outside items, an entry without a title that holds a list is a release or milestone group. */
  private list(
    list: readonly unknown[],
    pointer: string,
    depth: number,
    inherited: Inherited,
    asWork: boolean,
  ): Nodes {
    const nodes: Nodes = { items: [], sections: [] };
    list.forEach((entry, index) => {
      const at = child(pointer, index);
      if (isRecord(entry)) {
        const name = asWork ? undefined : this.groupName(entry);
        if (name !== undefined) nodes.sections.push(this.releaseGroup(entry, name, at, depth, inherited));
        else {
          const item = this.item(entry, at, depth, inherited);
          if (item) nodes.items.push(item);
        }
        return;
      }
      if (Array.isArray(entry)) {
        this.ctx.warn(at, 'a list inside a list: its entries are read as if they stood in the outer list');
        const inner =
          depth >= MAX_DEPTH
            ? { items: [], sections: [] }
            : this.list(entry, at, depth + 1, inherited, asWork);
        nodes.items.push(...inner.items);
        nodes.sections.push(...inner.sections);
        return;
      }
      const title = titleText(entry);
      if (title === undefined || !this.ctx.admit(at)) return;
      const item: Item = { id: this.ctx.itemId(title), title };
      if (inherited.status?.status) item.status = inherited.status.status;
      if (inherited.status) item.statusText = inherited.status.statusText;
      if (inherited.target) item.target = inherited.target;
      nodes.items.push(item);
    });
    return nodes;
  }

  /** `tasks: {docs: done, tests: todo}`: a keyed task list inside an item, the value its status or text. */
  private pairItem(key: string, text: string): Item {
    const title = titleText(key) ?? key;
    const item: Item = { id: this.ctx.itemId(title), title };
    const status = normaliseStatus(text);
    if (status) Object.assign(item, status);
    else item.summary = text;
    return item;
  }

  /** `{version: v1.9, date: …, items: […]}`: the name of a release group, when the entry is one. */
  private groupName(entry: DataRecord): string | undefined {
    if (!hasChildren(entry, this.map)) return undefined;
    if (Object.keys(entry).some((key) => roleOf(key, this.map) === 'title')) return undefined;
    for (const [key, value] of Object.entries(entry)) {
      if (GROUP_NAMES.has(normaliseKey(key)) && titleText(value)) return titleText(value);
    }
    const date = Object.values(entry).map(isoDate).find(Boolean);
    return date;
  }

  private releaseGroup(
    entry: DataRecord,
    name: string,
    pointer: string,
    depth: number,
    outer: Inherited,
  ): Section {
    const { inherited, section: extra } = this.inheritedFrom(name, outer);
    const section: Section = { id: this.ctx.sectionId(name), title: name, kind: 'milestone', ...extra };
    this.ctx.admit(pointer);
    const date = Object.entries(entry)
      .filter(([key]) => roleOf(key, this.map) === 'date')
      .map(([, value]) => isoDate(value))
      .find(Boolean);
    inherited.target = periodOf(name, date);
    const fields: Record<string, string> = {};
    const nodes: Nodes = { items: [], sections: [] };
    for (const [key, value] of Object.entries(entry)) {
      const at = child(pointer, key);
      if (roleOf(key, this.map) === 'items' && Array.isArray(value) && depth < MAX_DEPTH) {
        const inner = this.list(value, at, depth + 1, inherited, false);
        nodes.items.push(...inner.items);
        nodes.sections.push(...inner.sections);
      } else if (titleText(value) !== name) {
        const text = fieldText(value);
        if (text !== undefined) fields[key] = text;
      }
    }
    if (Object.keys(fields).length > 0) section.fields = fields;
    if (nodes.items.length > 0) section.items = nodes.items;
    if (nodes.sections.length > 0) section.sections = nodes.sections;
    return section;
  }

  private item(
    record: DataRecord,
    pointer: string,
    depth: number,
    inherited: Inherited,
    key?: string,
  ): Item | undefined {
    if (!this.ctx.admit(pointer)) return undefined;
    return itemFromRecord(record, pointer, this.ctx, {
      map: this.map,
      inherited,
      ...(key !== undefined ? { key } : {}),
      children: (value, at, passed) => {
        if (depth >= MAX_DEPTH) {
          this.ctx.warn(at, `nested deeper than ${MAX_DEPTH} levels: left out`);
          return [];
        }
        const inner = Array.isArray(value)
          ? this.list(value, at, depth + 1, passed, true)
          : this.keyed(value as DataRecord, at, depth + 1, passed);
        return [...inner.items, ...inner.sections.flatMap((s) => sectionItems(s))];
      },
    });
  }
}

/** Items under a group inside an item's children: work has no sections, so the groups flatten. */
function sectionItems(section: Section): Item[] {
  return [...(section.items ?? []), ...(section.sections ?? []).flatMap(sectionItems)];
}
