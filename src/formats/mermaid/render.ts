// Mermaid `gantt`: items with dates as tasks, grouped by section; an item with only a due date
// is a milestone.
import type { Item, Roadmap } from '../../domain/interchange/index.ts';
import { placedItems } from '../walk/items.ts';

// Mermaid task names end at ':' and statements at ';' or '#': those characters cannot appear.
const name = (text: string) => text.replace(/[:;#]/g, ' ').replace(/\s+/g, ' ').trim() || 'untitled';

const TAGS: Partial<Record<NonNullable<Item['status']>, string>> = {
  done: 'done',
  in_progress: 'active',
  blocked: 'crit',
};

function task(item: Item): string | undefined {
  const start = item.target?.start;
  const end = item.target?.end;
  const tag = item.status ? TAGS[item.status] : undefined;
  const id = item.id.replace(/[^A-Za-z0-9_-]/g, '_');
  if (start && end) return `    ${name(item.title)} :${tag ? `${tag}, ` : ''}${id}, ${start}, ${end}`;
  if (end ?? start)
    return `    ${name(item.title)} :milestone, ${tag ? `${tag}, ` : ''}${id}, ${end ?? start}, 0d`;
  return undefined;
}

export function renderMermaid(roadmap: Roadmap): string {
  const lines = ['gantt', `  title ${name(roadmap.title)}`, '  dateFormat YYYY-MM-DD'];
  let current: string | undefined;
  for (const { item, sections } of placedItems(roadmap)) {
    const line = task(item);
    if (!line) continue;
    const section = sections.map((s) => s.title).join(' / ') || roadmap.title;
    if (section !== current) {
      lines.push(`  section ${name(section)}`);
      current = section;
    }
    lines.push(line);
  }
  return `${lines.join('\n')}\n`;
}
