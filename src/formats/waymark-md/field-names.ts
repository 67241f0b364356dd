// The field names the convention gives a meaning to, by where they stand. A roadmap's own
// `fields` whose key is one of these are written in a `Fields:` sub-list, so they cannot be taken
// for the structured field.

export const FIELD = {
  status: 'Status',
  priority: 'Priority',
  leads: 'Leads',
  target: 'Target',
  effort: 'Effort',
  tags: 'Tags',
  labels: 'Labels',
  refs: 'Refs',
  dependsOn: 'Depends on',
  fields: 'Fields',
  kpis: 'KPIs',
  risks: 'Risks',
  work: 'Work',
  kind: 'Kind',
  date: 'Date',
  scope: 'Scope',
  health: 'Health',
  entries: 'Entries',
  unit: 'Unit',
  measurements: 'Measurements',
  mitigation: 'Mitigation',
  owner: 'Owner',
  items: 'Items',
  sections: 'Sections',
} as const;

export type FieldName = keyof typeof FIELD;

const ALIASES: Record<string, FieldName> = {
  lead: 'leads',
  tag: 'tags',
  label: 'labels',
  ref: 'refs',
  kpi: 'kpis',
  risk: 'risks',
  'depends-on': 'dependsOn',
};

const BY_KEY = new Map<string, FieldName>();
for (const [name, key] of Object.entries(FIELD)) BY_KEY.set(key.toLowerCase(), name as FieldName);
for (const [alias, name] of Object.entries(ALIASES)) BY_KEY.set(alias, name);

export const ITEM_FIELDS: readonly FieldName[] = [
  'status',
  'priority',
  'leads',
  'target',
  'effort',
  'tags',
  'labels',
  'refs',
  'dependsOn',
  'fields',
  'kpis',
  'risks',
  'work',
];
export const SECTION_FIELDS: readonly FieldName[] = [
  'kind',
  'leads',
  'status',
  'dependsOn',
  'fields',
  'risks',
  'items',
  'sections',
];
export const CHECKIN_FIELDS: readonly FieldName[] = ['date', 'scope', 'health', 'entries'];
export const ENTRY_FIELDS: readonly FieldName[] = ['status'];
export const KPI_FIELDS: readonly FieldName[] = ['target', 'unit', 'measurements'];
export const RISK_FIELDS: readonly FieldName[] = ['mitigation', 'owner'];

/** The structured field a key names (any case, `Lead` or `Leads`) among those allowed where it stands. */
export function fieldName(key: string, allowed: readonly FieldName[]): FieldName | undefined {
  const name = BY_KEY.get(key.trim().toLowerCase().replace(/\s+/g, ' '));
  return name !== undefined && allowed.includes(name) ? name : undefined;
}
