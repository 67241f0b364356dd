// What an item's title line says besides its name: the status a mark, keyword or trailing word
// gives it, kind labels, a checkbox, a rating and assignees written before the name, and the
// tracker ref that ends it.
import type { Item, Ref } from '../../domain/interchange/index.ts';
import { normaliseStatus } from '../../domain/normalise/index.ts';
import { assigneesOf } from './assignees.ts';
import type { InferContext } from './context.ts';
import { extractLabels } from './extract/index.ts';
import type { ItemSource } from './item.ts';
import { keywordStatus } from './keywords.ts';
import { ratedFields, ratedTitle } from './rated.ts';
import { mergeRefs, refsOf, statusOf } from './values.ts';

// "(done)", "[WIP]" or "- Done" at the end of a title is a status, not part of the name.
const TRAILING_STATUS = /\s*(?:[([]\s*([^()[\]]{1,40}?)\s*[)\]]|\s[-–—]\s*([A-Za-z][A-Za-z ]{1,30}))\s*$/;

// What may stand between a title and the tracker ref that ends it: `— task T123`, `(bug 42)`.
const REF_LEAD = /[\s,:;(\-–—]*(?:\b(?:task|bug|issue))?[\s,:;(\-–—]*$/i;

/** The title without a tracker ref that ends it; plain string tests, no pattern built per ref. */
function cleanTitle(text: string, refs: readonly Ref[]): string {
  let title = text.trim();
  for (const ref of refs) {
    if (ref.tracker === 'url') continue;
    const body = title.replace(/[\s,.;)]+$/, '');
    if (!body.toLowerCase().endsWith(ref.id.toLowerCase())) continue;
    const before = body.slice(0, body.length - ref.id.length);
    if (/[\w]$/.test(before)) continue;
    title = before.replace(REF_LEAD, '').trim();
  }
  // A ref that leads the title (`HV-1991 Upgrade to JDK 17`) labels it the same way.
  for (const ref of refs) {
    if (ref.tracker === 'url' || !title.toLowerCase().startsWith(ref.id.toLowerCase())) continue;
    const after = title.slice(ref.id.length);
    if (/^[\s:–—-]+\S/.test(after)) title = after.replace(/^[\s:–—-]+/, '');
  }
  return title.replace(/[\s:,;–—-]+$/, '').trim() || text.trim();
}

/**
 * A template such as `{{done}}` renders as words ("Done Ship the importer"); when the status came
 * from the mark, the same words at either end of the title are the mark, not the name.
 */
function withoutStatusWords(title: string, status: string): string {
  const words = title.split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (normaliseStatus(words.slice(0, n).join(' '))?.status === status) return words.slice(n).join(' ');
    if (normaliseStatus(words.slice(-n).join(' '))?.status === status) return words.slice(0, -n).join(' ');
  }
  return title;
}

/** The item as its title line gives it, with an empty id; the title's refs are added to `refs`. */
export function itemHead(source: ItemSource, refs: Ref[], ctx: InferContext): Item {
  const rated = ratedTitle(source.title.text);
  const assigned = ctx.assignees && !rated ? assigneesOf(source.title.text) : undefined;
  const { labels, rest } = extractLabels(rated?.title ?? assigned?.rest ?? source.title.text);
  mergeRefs(refs, refsOf(source.title, ctx.refContext));
  const item: Item = { id: '', title: cleanTitle(rest.replace(/^:?\s+|^:$/, ''), refs) };
  if (rated) Object.assign(item, ratedFields(rated));
  if (assigned) item.leads = assigned.leads;
  const keyword = keywordStatus(source.title, ctx.keywords);
  const status = statusOf(source.title, '') ?? keyword;
  if (keyword?.label) labels.push(keyword.label);
  const trailing = status ? undefined : TRAILING_STATUS.exec(item.title);
  const trailingFound = trailing ? statusOf(undefined, trailing[1] ?? trailing[2]) : undefined;
  // "(?)" after a title is doubt about the goal, not a status of "unknown".
  const trailingStatus = trailingFound?.status === 'unknown' ? undefined : trailingFound;
  if (status) {
    Object.assign(item, { status: status.status, statusText: status.statusText });
    // A marker written at the end of the title (`Fact gathering policy **(done)**`) is not its name.
    const at = item.title.lastIndexOf(status.statusText);
    if (at > 0 && at + status.statusText.length === item.title.length)
      item.title =
        item.title
          .slice(0, at)
          .replace(/[\s.:;,–—-]+$/, '')
          .trim() || item.title;
    else item.title = withoutStatusWords(item.title, status.status);
  } else if (trailing && trailingStatus) {
    item.title = item.title.slice(0, trailing.index).trim() || item.title;
    Object.assign(item, { status: trailingStatus.status, statusText: trailing[0].trim() });
  } else if (source.checked !== undefined) {
    Object.assign(item, {
      status: source.checked ? 'done' : 'todo',
      statusText: source.checked ? '[x]' : '[ ]',
    });
  } else if (source.title.marks.some((mark) => mark.source === 'strike')) {
    // The struck text as written (`+CLI+`, `~~Implementation~~`) is the words that say "done".
    const struck = source.title.marks.find((mark) => mark.source === 'strike');
    Object.assign(item, { status: 'done', statusText: struck?.text || '~~struck through~~' });
  }
  if (labels.length > 0) item.labels = labels;
  // A bullet with nothing but sub-bullets still needs a name; the schema has no nameless items.
  if (item.title.trim() === '') item.title = '(untitled)';
  return item;
}
