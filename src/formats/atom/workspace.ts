// Atom feed of a whole workspace: the check-ins and revisions of all its roadmaps, newest first.
import type { Roadmap } from '../../domain/interchange/index.ts';
import { checkinEntry, type Entry, type FeedRevision, xml } from './render.ts';

export interface WorkspaceFeedRoadmap {
  roadmap: Roadmap;
  revisions: readonly FeedRevision[];
}

export interface WorkspaceFeedOptions {
  workspaceId: string;
  title: string;
  /** Entries kept, newest first (default 100). */
  limit?: number;
  baseUrl?: string;
}

function revisionEntry(roadmap: Roadmap, revision: FeedRevision): Entry {
  const label = revision.versionLabel ? ` (${revision.versionLabel})` : '';
  return {
    id: `urn:waymark:${roadmap.id}:revision:${revision.id}`,
    title: `${roadmap.title} — revision ${revision.seq}${label}: ${revision.message ?? revision.id}`,
    updated: revision.createdAt,
    author: revision.actor,
    content: revision.message ?? '',
  };
}

export function renderWorkspaceAtom(
  roadmaps: readonly WorkspaceFeedRoadmap[],
  options: WorkspaceFeedOptions,
): string {
  const entries = roadmaps
    .flatMap(({ roadmap, revisions }) => [
      ...(roadmap.checkins ?? []).map((checkin) => {
        const entry = checkinEntry(roadmap, checkin);
        return { ...entry, title: `${roadmap.title} — ${entry.title}` };
      }),
      ...revisions.map((revision) => revisionEntry(roadmap, revision)),
    ])
    .sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id < b.id ? -1 : 1))
    .slice(0, options.limit ?? 100);
  const updated = entries[0]?.updated ?? '1970-01-01T00:00:00Z';
  const link = options.baseUrl ? `  <link href="${xml(options.baseUrl)}"/>\n` : '';
  const body = entries
    .map(
      (entry) =>
        `  <entry>\n    <id>${xml(entry.id)}</id>\n    <title>${xml(entry.title)}</title>\n    <updated>${entry.updated}</updated>\n` +
        `    <author><name>${xml(entry.author ?? 'Waymark')}</name></author>\n    <content type="text">${xml(entry.content)}</content>\n  </entry>\n`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n` +
    `  <id>urn:waymark:workspace:${xml(options.workspaceId)}</id>\n  <title>${xml(options.title)}</title>\n  <updated>${updated}</updated>\n` +
    `  <author><name>Waymark</name></author>\n${link}${body}</feed>\n`
  );
}
