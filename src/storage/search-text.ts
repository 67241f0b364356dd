// What the search index stores for an item and what a user's query becomes, shared by both
// dialects so they index and match the same words.
import type { ItemEntity } from '../domain/revisions/entities.ts';
import type { SearchDoc } from './dialect.ts';
import { storableText as clean } from './text.ts';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MAX_TERMS = 16;
const MAX_TERM_LENGTH = 64;

/**
 * The words of a query, lower-cased and de-duplicated. Operators and punctuation are dropped, so
 * no user text can reach a dialect's query syntax; all words must match.
 */
export function searchTerms(query: string): string[] {
  const words = query.normalize('NFKC').toLowerCase().match(WORD) ?? [];
  return [...new Set(words.map((word) => word.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
}

export function searchDocFromItem(entityText: string): SearchDoc {
  const item = JSON.parse(entityText) as ItemEntity;
  const details = [
    ...Object.entries(item.fields ?? {}).map(([key, value]) => `${key}: ${value}`),
    ...(item.tags ?? []),
    ...(item.labels ?? []),
    ...(item.leads ?? []),
    ...(item.refs ?? []).map((ref) => ref.id),
  ];
  return {
    itemId: item.id,
    title: clean(item.title),
    summary: clean(item.summary ?? ''),
    details: clean(details.join('\n')),
  };
}
