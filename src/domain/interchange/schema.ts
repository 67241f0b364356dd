// The waymark/v1 interchange format, defined once: these schemas give the TypeScript types,
// the runtime validator and the checked-in JSON Schema file.
import Type, { type Static, type TSchema } from 'typebox';

// A key with nothing to say is omitted, so every present string must say something.
const Text = (description?: string) => Type.String({ minLength: 1, ...(description ? { description } : {}) });
const Opt = <T extends TSchema>(schema: T) => Type.Optional(schema);

export const Slug = Type.String({
  pattern: '^[a-z0-9][a-z0-9._-]*$',
  maxLength: 200,
  description: 'Lower-case identifier: letters, digits, ".", "_" and "-".',
});

export const IsoDate = Type.String({
  pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
  description: 'Calendar date, YYYY-MM-DD.',
});

export const StatusValues = [
  'proposed',
  'todo',
  'in_progress',
  'blocked',
  'postponed',
  'partial',
  'done',
  'cancelled',
  'unknown',
] as const;
export const Status = Type.Enum(StatusValues, { description: 'Normalised status.' });

export const PriorityValues = ['critical', 'high', 'medium', 'low', 'none'] as const;
export const Priority = Type.Enum(PriorityValues);

export const EffortUnitValues = ['person-month', 'person-week', 'person-day', 'hour', 'point'] as const;
export const EffortUnit = Type.Enum(EffortUnitValues);

export const SectionKindValues = ['area', 'team', 'component', 'milestone', 'group'] as const;
export const SectionKind = Type.Enum(SectionKindValues);

export const HealthValues = ['on_track', 'at_risk', 'off_track'] as const;
export const Health = Type.Enum(HealthValues);

export const TrackerValues = [
  'phabricator',
  'github',
  'gitlab',
  'debian',
  'bugzilla',
  'jira',
  'url',
] as const;
export const Tracker = Type.Enum(TrackerValues);

export const ImpactValues = ['high', 'medium', 'low'] as const;

const strict = { additionalProperties: false } as const;

export const Period = Type.Object(
  { label: Text('As written: 2022, FY2019-20 Q2, 2025h1, 2.0'), start: Opt(IsoDate), end: Opt(IsoDate) },
  strict,
);

export const Link = Type.Object({ title: Opt(Text()), url: Text() }, strict);

export const Source = Type.Object(
  {
    format: Text('md, rst, wikitext, html, text, yaml, json, toml, org, adoc, …'),
    path: Opt(Text()),
    sha256: Opt(Type.String({ pattern: '^[0-9a-f]{64}$' })),
  },
  strict,
);

export const Fields = Type.Record(Type.String({ minLength: 1 }), Type.String({ minLength: 1 }), {
  description: 'Any other Key: value, with the key as written.',
});

export const Person = Text('Name or handle as written.');

export const Ref = Type.Object({ tracker: Tracker, id: Text(), url: Opt(Text()) }, strict);

export const Effort = Type.Object(
  {
    min: Opt(Type.Number({ minimum: 0 })),
    max: Opt(Type.Number({ minimum: 0 })),
    unit: Opt(EffortUnit),
    text: Text('The words used.'),
  },
  strict,
);

export const Measurement = Type.Object(
  { date: IsoDate, value: Type.Union([Type.Number(), Text()]), source: Opt(Text()) },
  strict,
);

export const Kpi = Type.Object(
  { name: Text(), target: Opt(Text()), unit: Opt(Text()), measurements: Opt(Type.Array(Measurement)) },
  strict,
);

export const Risk = Type.Object(
  {
    text: Text(),
    impact: Opt(Type.Enum(ImpactValues)),
    mitigation: Opt(Text()),
    owner: Opt(Person),
  },
  strict,
);

const itemProperties = {
  id: Slug,
  title: Text('The goal, markup stripped.'),
  status: Opt(Status),
  statusText: Opt(Text('The words the document used.')),
  priority: Opt(Priority),
  priorityText: Opt(Text()),
  leads: Opt(Type.Array(Person)),
  tags: Opt(Type.Array(Text())),
  labels: Opt(Type.Array(Text())),
  refs: Opt(Type.Array(Ref)),
  effort: Opt(Effort),
  target: Opt(Period),
  summary: Opt(Text('Markdown.')),
  kpis: Opt(Type.Array(Kpi)),
  risks: Opt(Type.Array(Risk)),
  dependsOn: Opt(Type.Array(Text())),
  fields: Opt(Fields),
};

/** An item's own keys besides its id and its `work`, in schema order. */
export const ITEM_FIELD_KEYS = Object.keys(itemProperties).filter((key) => key !== 'id') as Exclude<
  keyof typeof itemProperties,
  'id'
>[];

// Items nest through `work`, sections through `sections`: both are recursive schemas.
export const Item = Type.Cyclic(
  {
    Item: Type.Object({ ...itemProperties, work: Opt(Type.Array(Type.Ref('Item'))) }, strict),
  },
  'Item',
);

export const Section = Type.Cyclic(
  {
    Item,
    Section: Type.Object(
      {
        id: Slug,
        title: Text(),
        kind: Opt(SectionKind),
        leads: Opt(Type.Array(Person)),
        status: Opt(Status),
        statusText: Opt(Text()),
        summary: Opt(Text('Markdown.')),
        fields: Opt(Fields),
        dependsOn: Opt(Type.Array(Text())),
        risks: Opt(
          Type.Array(Risk, { description: 'Waymark extension: risks stated for the section as a whole.' }),
        ),
        sections: Opt(Type.Array(Type.Ref('Section'))),
        items: Opt(Type.Array(Type.Ref('Item'))),
      },
      strict,
    ),
  },
  'Section',
);

export const CheckinEntry = Type.Object(
  { item: Opt(Slug), title: Text(), status: Status, statusText: Opt(Text()), note: Opt(Text('Markdown.')) },
  strict,
);

export const Checkin = Type.Object(
  {
    id: Slug,
    date: IsoDate,
    title: Opt(Text('The heading as written.')),
    scope: Opt(Slug),
    health: Opt(Health),
    entries: Opt(Type.Array(CheckinEntry)),
    summary: Opt(Text('Markdown.')),
  },
  strict,
);

export const Roadmap = Type.Object(
  {
    id: Slug,
    title: Text(),
    version: Opt(Text()),
    updated: Opt(IsoDate),
    period: Opt(Period),
    summary: Opt(Text('Markdown.')),
    links: Opt(Type.Array(Link)),
    fields: Opt(Fields),
    sections: Opt(Type.Array(Section)),
    items: Opt(Type.Array(Item)),
    checkins: Opt(Type.Array(Checkin)),
    source: Opt(Source),
  },
  strict,
);

export const InterchangeDocument = Type.Object(
  { format: Type.Literal('waymark/v1'), roadmap: Roadmap },
  { ...strict, $id: 'urn:waymark:interchange:v1', title: 'Waymark interchange v1' },
);

export type Status = Static<typeof Status>;
export type Priority = Static<typeof Priority>;
export type EffortUnit = Static<typeof EffortUnit>;
export type SectionKind = Static<typeof SectionKind>;
export type Health = Static<typeof Health>;
export type Tracker = Static<typeof Tracker>;
export type Period = Static<typeof Period>;
export type Link = Static<typeof Link>;
export type Source = Static<typeof Source>;
export type Ref = Static<typeof Ref>;
export type Effort = Static<typeof Effort>;
export type Measurement = Static<typeof Measurement>;
export type Kpi = Static<typeof Kpi>;
export type Risk = Static<typeof Risk>;
export type Item = Static<typeof Item>;
export type Section = Static<typeof Section>;
export type CheckinEntry = Static<typeof CheckinEntry>;
export type Checkin = Static<typeof Checkin>;
export type Roadmap = Static<typeof Roadmap>;
export type InterchangeDocument = Static<typeof InterchangeDocument>;
