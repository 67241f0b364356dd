// Request and response shapes of sections, items, check-ins and KPI measurements, built from the
// interchange schemas themselves so validation, the OpenAPI document and waymark/v1 never drift.
import Type, { type TProperties, type TSchema } from 'typebox';
import {
  Checkin,
  CheckinEntry,
  Item,
  Kpi,
  Measurement,
  Section,
  Slug,
} from '../../domain/interchange/index.ts';
import { Revision } from '../schemas/resources.ts';

const strict = { additionalProperties: false } as const;

const itemProperties = Item.$defs.Item.properties;
const sectionProperties = Section.$defs.Section.properties;

function omit<P extends TProperties, K extends keyof P & string>(
  properties: P,
  keys: readonly K[],
): Omit<P, K> {
  const copy: Record<string, TSchema> = { ...properties };
  for (const key of keys) delete copy[key];
  return copy as Omit<P, K>;
}

/** set: the keys to change (an empty value removes one); unset: keys to remove. */
function patchOf<P extends TProperties>(properties: P, description: string) {
  const keys = Object.keys(properties) as (keyof P & string)[];
  const optional = Object.fromEntries(keys.map((key) => [key, Type.Optional(properties[key] as TSchema)]));
  return {
    set: Type.Optional(Type.Object(optional, { ...strict, description })),
    unset: Type.Optional(Type.Array(Type.Enum(keys), { uniqueItems: true })),
  };
}

export const ItemDraft = Type.Cyclic(
  {
    Item: Item.$defs.Item,
    ItemDraft: Type.Object(
      { ...itemProperties, id: Type.Optional(Slug) },
      {
        ...strict,
        description: 'An item; without an id one is derived from its first tracker ref or its title.',
      },
    ),
  },
  'ItemDraft',
);

export const ItemPatchSet = patchOf(omit(itemProperties, ['id', 'work']), 'Item fields to set.');

export const ListedItem = Type.Object(
  {
    item: Type.Object(omit(itemProperties, ['work']), strict),
    workIds: Type.Optional(Type.Array(Type.String(), { description: 'Ids of its work items, in order.' })),
    section: Type.Optional(Type.String({ description: 'The nearest enclosing section.' })),
    parent: Type.Optional(Type.String({ description: 'The item whose work holds it.' })),
  },
  { $id: 'ListedItem' },
);

export const ItemView = Type.Object({
  item: Item,
  section: Type.Optional(Type.String({ description: 'The nearest enclosing section.' })),
  parent: Type.Optional(Type.String({ description: 'The item whose work holds it.' })),
  position: Type.Integer({ description: 'Index in the list that holds it.' }),
});

// The interchange Section nests the whole Item schema, $defs and $id included; the serialiser
// refuses two schemas with one $id, so sections here share one flat set of definitions.
const sectionDefinitions = { Item: Item.$defs.Item, Section: Section.$defs.Section };

/** A section with its nested sections and items: the interchange Section. */
export const SectionTree = Type.Cyclic(sectionDefinitions, 'Section');

export const SectionDraft = Type.Cyclic(
  {
    ...sectionDefinitions,
    SectionDraft: Type.Object(
      { ...sectionProperties, id: Type.Optional(Slug) },
      { ...strict, description: 'A section; without an id one is derived from its title.' },
    ),
  },
  'SectionDraft',
);

export const SectionPatchSet = patchOf(
  omit(sectionProperties, ['id', 'sections', 'items']),
  'Section fields to set.',
);

export const ListedSection = Type.Object({
  section: Type.Object(omit(sectionProperties, ['sections', 'items']), strict),
  parent: Type.Optional(Type.String()),
  sectionIds: Type.Optional(Type.Array(Type.String())),
  itemIds: Type.Optional(Type.Array(Type.String())),
});

export const SectionView = Type.Object({
  section: SectionTree,
  parent: Type.Optional(Type.String({ description: 'The enclosing section; absent at the top level.' })),
  position: Type.Integer(),
});

export const EntryDraft = Type.Object(
  {
    ...CheckinEntry.properties,
    title: Type.Optional(CheckinEntry.properties.title),
    status: Type.Optional(CheckinEntry.properties.status),
  },
  { ...strict, description: 'A check-in entry; with `item`, title and status default to the item’s own.' },
);

export const CheckinDraft = Type.Object(
  {
    ...Checkin.properties,
    id: Type.Optional(Slug),
    entries: Type.Optional(Type.Array(EntryDraft)),
  },
  { ...strict, description: 'A check-in; without an id it is the date, or date-scope.' },
);

const checkinPatch = patchOf(omit(Checkin.properties, ['id', 'entries']), 'Check-in fields to set.');
export const CheckinPatchSet = {
  set: Type.Optional(
    Type.Object(
      { ...checkinPatch.set.properties, entries: Type.Optional(Type.Array(EntryDraft)) },
      { ...strict, description: 'Check-in fields to set; entries replace the whole list.' },
    ),
  ),
  unset: Type.Optional(
    Type.Array(Type.Enum(Object.keys(omit(Checkin.properties, ['id']))), { uniqueItems: true }),
  ),
};

export const EntryPatchSet = patchOf(CheckinEntry.properties, 'Entry fields to set.');
export const MeasurementPatchSet = {
  set: Type.Optional(Type.Object(patchOf(Measurement.properties, '').set.properties, strict)),
  unset: Type.Optional(Type.Array(Type.Enum(['source']), { uniqueItems: true })),
};

export { Checkin, CheckinEntry, Kpi, Measurement };

/** The answer of every write: the new revision, whether one was made, and the entity concerned. */
export function WriteAnswer<P extends TProperties>(properties: P, description: string) {
  return Type.Object(
    {
      revision: Revision,
      created: Type.Boolean({
        description: 'false when the write changed nothing and no revision was made.',
      }),
      ...properties,
    },
    { description },
  );
}

/** A page of a list read at one revision (its ETag); nextCursor pins that revision. */
export function PageOf<T extends TSchema>(item: T, description: string) {
  return Type.Object(
    {
      items: Type.Array(item),
      total: Type.Integer({ description: 'Matching entries on all pages together.' }),
      nextCursor: Type.Union([Type.String(), Type.Null()], {
        description: 'Pass as ?cursor= (with the same filters) for the next page; null on the last page.',
      }),
    },
    { description },
  );
}
