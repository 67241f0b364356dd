// The tracker a link written as `T4079 <url>` stands for, told from its text and address the way
// Software Heritage, GitHub, GitLab, Debian, Bugzilla and Jira links look.
import type { Ref, Tracker } from '../../domain/interchange/index.ts';

export function trackerOf(id: string, url: string): Tracker {
  if (/^T\d+$/.test(id)) return 'phabricator';
  if (/bugs\.debian\.org/.test(url)) return 'debian';
  if (/bugzilla/.test(url)) return 'bugzilla';
  if (/github\.com/.test(url) && /#\d+$/.test(id)) return 'github';
  if (/gitlab/.test(url) && /[#!%]\d+$/.test(id)) return 'gitlab';
  if (/^[A-Z][A-Z0-9]+-\d+$/.test(id)) return 'jira';
  return 'url';
}

export function refOf(id: string, url: string): Ref {
  return { tracker: trackerOf(id, url), id, url };
}
