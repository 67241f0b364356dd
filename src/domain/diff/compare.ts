// Field-by-field comparison of two versions of one node. Changes come out in a fixed field order
// (state first, prose last) so output is stable and a reader sees status before paragraphs.
import type { Item, Roadmap, Section } from '../interchange/schema.ts';
import { collect, entryChanges, listChange, textChange, valueChange } from './fields.ts';
import type {
  ItemFieldChange,
  ItemSnapshot,
  RoadmapFieldChange,
  SectionFieldChange,
  SectionSnapshot,
} from './types.ts';

export function itemChanges(before: Item, after: Item): ItemFieldChange[] {
  return collect<ItemFieldChange>(
    [],
    valueChange('status', before.status, after.status),
    valueChange('statusText', before.statusText, after.statusText),
    valueChange('priority', before.priority, after.priority),
    valueChange('priorityText', before.priorityText, after.priorityText),
    valueChange('effort', before.effort, after.effort),
    valueChange('target', before.target, after.target),
    listChange('leads', before.leads, after.leads),
    listChange('tags', before.tags, after.tags),
    listChange('labels', before.labels, after.labels),
    listChange('refs', before.refs, after.refs, (ref) => `${ref.tracker}:${ref.id}`),
    listChange('dependsOn', before.dependsOn, after.dependsOn),
    listChange('kpis', before.kpis, after.kpis, (kpi) => kpi.name),
    listChange('risks', before.risks, after.risks, (risk) => risk.text),
    entryChanges('fields', before.fields, after.fields),
    textChange('summary', before.summary, after.summary),
  );
}

export function sectionChanges(before: Section, after: Section): SectionFieldChange[] {
  return collect<SectionFieldChange>(
    [],
    valueChange('kind', before.kind, after.kind),
    valueChange('status', before.status, after.status),
    valueChange('statusText', before.statusText, after.statusText),
    listChange('leads', before.leads, after.leads),
    listChange('dependsOn', before.dependsOn, after.dependsOn),
    listChange('risks', before.risks, after.risks, (risk) => risk.text),
    entryChanges('fields', before.fields, after.fields),
    textChange('summary', before.summary, after.summary),
  );
}

export function roadmapChanges(before: Roadmap, after: Roadmap): RoadmapFieldChange[] {
  return collect<RoadmapFieldChange>(
    [],
    valueChange('id', before.id, after.id),
    valueChange('title', before.title, after.title),
    valueChange('version', before.version, after.version),
    valueChange('updated', before.updated, after.updated),
    valueChange('period', before.period, after.period),
    listChange('links', before.links, after.links, (link) => link.url),
    entryChanges('fields', before.fields, after.fields),
    valueChange('source', before.source, after.source),
    textChange('summary', before.summary, after.summary),
  );
}

export function itemSnapshot(item: Item): ItemSnapshot {
  const { work: _work, ...rest } = item;
  return rest;
}

export function sectionSnapshot(section: Section): SectionSnapshot {
  const { sections: _sections, items: _items, ...rest } = section;
  return rest;
}
