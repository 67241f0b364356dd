// fast-check arbitraries for valid waymark/v1 roadmaps. Every generated value passes
// validateDocument: ids are unique slugs, check-in scopes and entries point at real ids, every
// optional key is sometimes present and sometimes absent, and keys come in schema order.
import fc from 'fast-check';
import type {
  Checkin,
  CheckinEntry,
  Effort,
  Item,
  Kpi,
  Link,
  Period,
  Ref,
  Risk,
  Roadmap,
  Section,
  Source,
} from '../../src/domain/interchange/schema.ts';
import {
  EffortUnitValues,
  HealthValues,
  ImpactValues,
  PriorityValues,
  SectionKindValues,
  StatusValues,
  TrackerValues,
} from '../../src/domain/interchange/schema.ts';

export interface RoadmapShape {
  /** Nesting depth of sections below the top level. */
  sectionDepth: number;
  /** Nesting depth of `work` below an item. */
  workDepth: number;
  /** Longest list of sections, items, work or check-ins at any level. */
  maxChildren: number;
}

const defaultShape: RoadmapShape = { sectionDepth: 2, workDepth: 2, maxChildren: 3 };

// A small shared vocabulary makes ids collide between independently generated roadmaps, so
// sequences of them share entities the way successive revisions of one document do.
const vocabulary = ['api', 'sync', 'auth', 'search', 'storage', 'ui', 'docs', 'ci', 'infra', 'kpi'];

export const arbSlug = (): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom(...vocabulary), fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,15}$/));

/** Non-empty text: plain words, arbitrary Unicode, and the odd control character or lone surrogate. */
export const arbText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 24 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'Roadmap 2022',
        'In progress',
        '✅',
        '{{done}}',
        '"quoted" *',
        'T4079',
        'café',
      ),
    },
  );

export const arbIsoDate = (): fc.Arbitrary<string> =>
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));

// JSON cannot tell -0 from 0, and the interchange format is JSON.
const arbFinite = (min?: number) =>
  fc
    .double({ noNaN: true, noDefaultInfinity: true, ...(min === undefined ? {} : { min }) })
    .map((x) => x || 0);

const opt = { noNullPrototype: true } as const;
const list = <T>(arb: fc.Arbitrary<T>, maxLength = 3) => fc.array(arb, { maxLength });

const arbFields = (): fc.Arbitrary<Record<string, string>> =>
  fc.dictionary(
    fc.oneof(arbText(), fc.constantFrom('Lead', 'Task', 'Effort', '__proto__', 'constructor')),
    arbText(),
    {
      maxKeys: 3,
      ...opt,
    },
  );

export const arbPeriod = (): fc.Arbitrary<Period> =>
  fc.record(
    { label: arbText(), start: arbIsoDate(), end: arbIsoDate() },
    { requiredKeys: ['label'], ...opt },
  );

const arbLink = (): fc.Arbitrary<Link> =>
  fc.record({ title: arbText(), url: fc.webUrl() }, { requiredKeys: ['url'], ...opt });

const arbSource = (): fc.Arbitrary<Source> =>
  fc.record(
    {
      format: fc.constantFrom('md', 'rst', 'wikitext', 'html', 'yaml', 'json'),
      path: arbText(),
      sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
    },
    { requiredKeys: ['format'], ...opt },
  );

const arbRef = (): fc.Arbitrary<Ref> =>
  fc.record(
    { tracker: fc.constantFrom(...TrackerValues), id: arbText(), url: fc.webUrl() },
    { requiredKeys: ['tracker', 'id'], ...opt },
  );

const arbEffort = (): fc.Arbitrary<Effort> =>
  fc.record(
    { min: arbFinite(0), max: arbFinite(0), unit: fc.constantFrom(...EffortUnitValues), text: arbText() },
    { requiredKeys: ['text'], ...opt },
  );

const arbKpi = (): fc.Arbitrary<Kpi> =>
  fc.record(
    {
      name: arbText(),
      target: arbText(),
      unit: arbText(),
      measurements: list(
        fc.record(
          { date: arbIsoDate(), value: fc.oneof(arbFinite(), arbText()), source: arbText() },
          { requiredKeys: ['date', 'value'], ...opt },
        ),
      ),
    },
    { requiredKeys: ['name'], ...opt },
  );

const arbRisk = (): fc.Arbitrary<Risk> =>
  fc.record(
    { text: arbText(), impact: fc.constantFrom(...ImpactValues), mitigation: arbText(), owner: arbText() },
    { requiredKeys: ['text'], ...opt },
  );

function arbItem(depth: number, maxChildren: number): fc.Arbitrary<Item> {
  const work = depth > 0 ? { work: list(arbItem(depth - 1, maxChildren), maxChildren) } : {};
  return fc.record(
    {
      id: arbSlug(),
      title: arbText(),
      status: fc.constantFrom(...StatusValues),
      statusText: arbText(),
      priority: fc.constantFrom(...PriorityValues),
      priorityText: arbText(),
      leads: list(arbText()),
      tags: list(arbText()),
      labels: list(fc.constantFrom('bug', 'wish', 'feat', 'stretch')),
      refs: list(arbRef()),
      effort: arbEffort(),
      target: arbPeriod(),
      summary: arbText(),
      kpis: list(arbKpi(), 2),
      risks: list(arbRisk(), 2),
      dependsOn: list(arbText()),
      fields: arbFields(),
      ...work,
    },
    { requiredKeys: ['id', 'title'], ...opt },
  ) as fc.Arbitrary<Item>;
}

function arbSection(depth: number, shape: RoadmapShape): fc.Arbitrary<Section> {
  const nested = depth > 0 ? { sections: list(arbSection(depth - 1, shape), shape.maxChildren) } : {};
  return fc.record(
    {
      id: arbSlug(),
      title: arbText(),
      kind: fc.constantFrom(...SectionKindValues),
      leads: list(arbText()),
      status: fc.constantFrom(...StatusValues),
      statusText: arbText(),
      summary: arbText(),
      fields: arbFields(),
      dependsOn: list(arbText()),
      ...nested,
      items: list(arbItem(shape.workDepth, shape.maxChildren), shape.maxChildren),
    },
    { requiredKeys: ['id', 'title'], ...opt },
  ) as fc.Arbitrary<Section>;
}

// Check-in references are drawn as numbers and resolved against the ids the roadmap ends up with.
type DraftEntry = Omit<CheckinEntry, 'item'> & { item?: number };
type DraftCheckin = Omit<Checkin, 'scope' | 'entries'> & { scope?: number; entries?: DraftEntry[] };

const arbDraftCheckin = (): fc.Arbitrary<DraftCheckin> =>
  fc.record(
    {
      id: arbSlug(),
      date: arbIsoDate(),
      title: arbText(),
      scope: fc.nat(),
      health: fc.constantFrom(...HealthValues),
      entries: list(
        fc.record(
          {
            item: fc.nat(),
            title: arbText(),
            status: fc.constantFrom(...StatusValues),
            statusText: arbText(),
            note: arbText(),
          },
          { requiredKeys: ['title', 'status'], ...opt },
        ),
      ),
      summary: arbText(),
    },
    { requiredKeys: ['id', 'date'], ...opt },
  );

type Draft = Omit<Roadmap, 'checkins'> & { checkins?: DraftCheckin[] };

function uniqueIds(taken: Set<string>) {
  return (id: string): string => {
    let candidate = id;
    for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
    taken.add(candidate);
    return candidate;
  };
}

function finish(draft: Draft): Roadmap {
  // Values are copied before fixing ids: fast-check may hand the same draft to several shrinks.
  const roadmap = structuredClone(draft) as Draft;
  const sectionIds: string[] = [];
  const itemIds: string[] = [];
  const uniqueSection = uniqueIds(new Set());
  const uniqueItem = uniqueIds(new Set());
  const visitItems = (items: Item[] | undefined) => {
    for (const item of items ?? []) {
      item.id = uniqueItem(item.id);
      itemIds.push(item.id);
      visitItems(item.work);
    }
  };
  const visitSections = (sections: Section[] | undefined) => {
    for (const section of sections ?? []) {
      section.id = uniqueSection(section.id);
      sectionIds.push(section.id);
      visitSections(section.sections);
      visitItems(section.items);
    }
  };
  visitSections(roadmap.sections);
  visitItems(roadmap.items);
  const uniqueCheckin = uniqueIds(new Set());
  const checkins = roadmap.checkins?.map((draftCheckin): Checkin => {
    const { scope, entries, ...rest } = draftCheckin;
    const checkin: Checkin = { ...rest, id: uniqueCheckin(rest.id) };
    if (scope !== undefined && sectionIds.length > 0) checkin.scope = sectionIds[scope % sectionIds.length];
    if (entries) {
      checkin.entries = entries.map(({ item, ...entry }): CheckinEntry => {
        const target = item !== undefined && itemIds.length > 0 ? itemIds[item % itemIds.length] : undefined;
        return target === undefined ? entry : { item: target, ...entry };
      });
    }
    return reorder(checkin, checkinKeyOrder);
  });
  const { checkins: _drafts, source, ...rest } = roadmap;
  return { ...rest, ...(checkins ? { checkins } : {}), ...(source ? { source } : {}) };
}

const checkinKeyOrder = ['id', 'date', 'title', 'scope', 'health', 'entries', 'summary'];

function reorder<T extends object>(value: T, order: readonly string[]): T {
  const record = value as Record<string, unknown>;
  return Object.fromEntries(order.filter((key) => key in record).map((key) => [key, record[key]])) as T;
}

/** A valid roadmap; pass a smaller shape to keep large properties fast. */
export function arbRoadmap(shape: Partial<RoadmapShape> = {}): fc.Arbitrary<Roadmap> {
  const { sectionDepth, workDepth, maxChildren } = { ...defaultShape, ...shape };
  const resolved = { sectionDepth, workDepth, maxChildren };
  const bare = fc.record({ id: arbSlug(), title: arbText() }, opt);
  const full = fc
    .record(
      {
        id: arbSlug(),
        title: arbText(),
        version: arbText(),
        updated: arbIsoDate(),
        period: arbPeriod(),
        summary: arbText(),
        links: list(arbLink()),
        fields: arbFields(),
        sections: list(arbSection(sectionDepth, resolved), maxChildren),
        items: list(arbItem(workDepth, maxChildren), maxChildren),
        checkins: list(arbDraftCheckin(), maxChildren),
        source: arbSource(),
      },
      { requiredKeys: ['id', 'title'], ...opt },
    )
    .map((draft) => finish(draft as Draft));
  // Independent optional keys almost never all go missing together; bare roadmaps are an edge case.
  return fc.oneof({ weight: 1, arbitrary: bare as fc.Arbitrary<Roadmap> }, { weight: 9, arbitrary: full });
}
