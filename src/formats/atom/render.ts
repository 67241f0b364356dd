// Atom (RFC 4287): the roadmap's check-ins and, when given, its revisions, newest first.
import type { Checkin, Roadmap } from '../../domain/interchange/index.ts';

export interface FeedRevision {
  id: string;
  seq: number;
  actor: string;
  message: string | null;
  createdAt: string;
  versionLabel?: string | null;
}

export interface AtomOptions {
  revisions?: readonly FeedRevision[];
  /** Where the roadmap is published, for links; entries carry stable URNs either way. */
  baseUrl?: string;
}

// XML 1.0 cannot carry most control characters at all, escaped or not.
const allowedInXml = (code: number) =>
  code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);

export const xml = (text: string) =>
  [...text]
    .filter((char) => allowedInXml(char.codePointAt(0) ?? 0))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

export interface Entry {
  id: string;
  title: string;
  updated: string;
  author?: string;
  content: string;
}

export function checkinEntry(roadmap: Roadmap, checkin: Checkin): Entry {
  const lines = [
    checkin.summary,
    ...(checkin.entries ?? []).map(
      (e) => `- ${e.title}: ${e.statusText ?? e.status}${e.note ? ` (${e.note})` : ''}`,
    ),
  ];
  return {
    id: `urn:waymark:${roadmap.id}:checkin:${checkin.id}`,
    title: checkin.title ?? `Check-in ${checkin.date}`,
    updated: `${checkin.date}T00:00:00Z`,
    content: lines.filter(Boolean).join('\n'),
  };
}

export function renderAtom(roadmap: Roadmap, options: AtomOptions = {}): string {
  const entries: Entry[] = [
    ...(roadmap.checkins ?? []).map((checkin) => checkinEntry(roadmap, checkin)),
    ...(options.revisions ?? []).map((revision) => ({
      id: `urn:waymark:${roadmap.id}:revision:${revision.id}`,
      title: `Revision ${revision.seq}${revision.versionLabel ? ` (${revision.versionLabel})` : ''}: ${revision.message ?? revision.id}`,
      updated: revision.createdAt,
      author: revision.actor,
      content: revision.message ?? '',
    })),
  ].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
  const updated = entries[0]?.updated ?? `${roadmap.updated ?? '1970-01-01'}T00:00:00Z`;
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
    `  <id>urn:waymark:${xml(roadmap.id)}</id>\n  <title>${xml(roadmap.title)}</title>\n  <updated>${updated}</updated>\n` +
    `  <author><name>Waymark</name></author>\n${link}${body}</feed>\n`
  );
}
