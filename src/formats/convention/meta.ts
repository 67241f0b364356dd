// Software Heritage states a roadmap's version and date in a line of its own at the top:
// "(Version 1.0, last modified 2022-04-01)". When the summary already opens with that line it is
// the one place they are written; otherwise they are `Version` / `Last modified` field lines.
import type { Own } from './entity.ts';

export function metaLine(version: unknown, updated: unknown): string | undefined {
  if (typeof version === 'string' && typeof updated === 'string') {
    return `(Version ${version}, last modified ${updated})`;
  }
  if (typeof version === 'string') return `(Version ${version})`;
  if (typeof updated === 'string') return `(Last modified ${updated})`;
  return undefined;
}

const firstParagraph = (summary: unknown) =>
  typeof summary === 'string' ? summary.split('\n\n')[0] : undefined;

export function metaInSummary(roadmap: Own): boolean {
  const line = metaLine(roadmap.version, roadmap.updated);
  return line !== undefined && firstParagraph(roadmap.summary) === line;
}

const META = /^\((?:Version (.+?)(?:, last modified (\d{4}-\d\d-\d\d))?|Last modified (\d{4}-\d\d-\d\d))\)$/;

/** Version and date from the summary's opening line, unless field lines gave them. */
export function readMeta(roadmap: Own): Own {
  if (roadmap.version !== undefined || roadmap.updated !== undefined) return {};
  const m = META.exec(firstParagraph(roadmap.summary) ?? '');
  if (!m) return {};
  const updated = m[2] ?? m[3];
  return { ...(m[1] ? { version: m[1] } : {}), ...(updated ? { updated } : {}) };
}
