// What a link points at: the tracker URL shapes Waymark recognises, else a plain `url` ref.
import type { Ref } from '../../../domain/interchange/schema.ts';

const GITHUB_HOSTS = new Set(['github.com', 'www.github.com']);
const GITHUB_ISSUE = /^\/([\w.-]+)\/([\w.-]+)\/(?:issues|pull|pulls)\/(\d{1,9})(?:\/|$)/;
const GITHUB_REPO = /^\/([\w.-]+)\/([\w.-]+)(?:\/|$)/;
const GITLAB_KINDS: Record<string, string> = {
  issues: '#',
  work_items: '#',
  merge_requests: '!',
  milestones: '%',
};
const GITLAB_TAIL = /^([a-z_]+)\/(\d{1,9})(?:\/|$)/;
const JIRA_BROWSE = /\/browse\/([A-Z][A-Z0-9_]{1,19}-\d{1,9})\/?$/;
const PHABRICATOR_TASK = /^\/(T\d{1,9})\/?$/;
const NUMBER_PATH = /^\/(\d{1,9})\/?$/;

function parse(url: string): URL | undefined {
  if (!/^(?:https?|ftp):\/\//i.test(url)) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * The ref an absolute http(s)/ftp URL stands for: a tracker ref carrying `url`, or a `url` ref.
 * `undefined` for anything else (relative links, `mailto:`, unresolved attributes such as
 * `{jira-prefix}/HV-1991`): those are not references by themselves.
 */
export function classifyUrl(url: string): Ref | undefined {
  const u = parse(url);
  if (!u) return undefined;
  const host = u.hostname.toLowerCase();
  const path = u.pathname;
  const asRef = (tracker: Ref['tracker'], id: string): Ref => ({ tracker, id, url });

  if (GITHUB_HOSTS.has(host)) {
    const m = GITHUB_ISSUE.exec(path);
    if (m) return asRef('github', `${m[1]}/${m[2]}#${m[3]}`);
  }
  const dash = path.indexOf('/-/');
  if (dash > 0) {
    const m = GITLAB_TAIL.exec(path.slice(dash + 3));
    const sigil = m?.[1] === undefined ? undefined : GITLAB_KINDS[m[1]];
    if (m && sigil) {
      const project = path.slice(1, dash).replace(/^groups\//, '');
      return asRef('gitlab', `${project}${sigil}${m[2]}`);
    }
  }
  if (host === 'bugs.debian.org') {
    const bug = u.searchParams.get('bug') ?? NUMBER_PATH.exec(path)?.[1];
    if (bug && /^\d{1,9}$/.test(bug)) return asRef('debian', `#${bug}`);
  }
  if (path.endsWith('/show_bug.cgi')) {
    const id = u.searchParams.get('id');
    if (id && /^\d{1,9}$/.test(id)) return asRef('bugzilla', id);
  }
  if (host === 'bugzil.la') {
    const id = NUMBER_PATH.exec(path)?.[1];
    if (id) return asRef('bugzilla', id);
  }
  const jira = JIRA_BROWSE.exec(path)?.[1];
  if (jira) return asRef('jira', jira);
  const task = PHABRICATOR_TASK.exec(path)?.[1];
  if (task) return asRef('phabricator', task);
  return asRef('url', url);
}

/** `owner/repo` of a github.com URL, if it names one. */
export function githubRepoOf(url: string): string | undefined {
  const u = parse(url);
  if (!u || !GITHUB_HOSTS.has(u.hostname.toLowerCase())) return undefined;
  const m = GITHUB_REPO.exec(u.pathname);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** Whether `url` contains `id` (without a leading `#`) as a whole token, not inside a longer one. */
export function mentions(url: string, id: string): boolean {
  const needle = id.replace(/^#/, '');
  if (needle === '') return false;
  const isWord = (c: string | undefined) => c !== undefined && /[\w-]/.test(c);
  for (let at = url.indexOf(needle); at >= 0; at = url.indexOf(needle, at + 1)) {
    if (!isWord(url[at - 1]) && !isWord(url[at + needle.length])) return true;
  }
  return false;
}
