// The labelled lists both conventions write under an entity ("Includes work:", "KPIs:", "Risks:",
// "Links:", "Updates:"), read back onto its own keys. Each format only says how to read a bullet.
import type { CheckinEntry, Item, Link } from '../../domain/interchange/index.ts';
import type { HeadedKind } from './document.ts';
import type { Own } from './entity.ts';
import { readMeta } from './meta.ts';

export interface LabelledLists<B> {
  links?: B[] | undefined;
  work?: B[] | undefined;
  kpis?: B[] | undefined;
  risks?: B[] | undefined;
  updates?: B[] | undefined;
}

export interface BulletReaders<B> {
  text(bullet: B): string;
  link(bullet: B): Link;
  work(bullets: B[]): Item[];
  entries(bullets: B[]): CheckinEntry[];
}

/** Sets the keys the labelled lists carry for this kind of entity (and the roadmap's metadata). */
export function applyLabelledLists<B>(
  own: Own,
  kind: HeadedKind,
  lists: LabelledLists<B>,
  read: BulletReaders<B>,
): void {
  if (kind === 'roadmap') {
    Object.assign(own, readMeta(own));
    if (lists.links) own.links = lists.links.map(read.link);
  }
  if (kind === 'item') {
    if (lists.work) own.work = read.work(lists.work);
    if (lists.kpis) own.kpis = lists.kpis.map((bullet) => ({ name: read.text(bullet) }));
  }
  if ((kind === 'item' || kind === 'section') && lists.risks) {
    own.risks = lists.risks.map((bullet) => ({ text: read.text(bullet) }));
  }
  if (kind === 'checkin' && lists.updates) own.entries = read.entries(lists.updates);
}
