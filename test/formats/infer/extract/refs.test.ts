import { describe, expect, it } from 'vitest';
import { classifyUrl, extractRefs } from '../../../../src/formats/infer/extract/index.ts';

describe('extractRefs: Phabricator', () => {
  it('takes a SWH task link as one ref with its URL', () => {
    const links = [{ url: 'https://forge.softwareheritage.org/T4079', title: 'T4079' }];
    expect(extractRefs('Task: T4079', links)).toEqual([
      { tracker: 'phabricator', id: 'T4079', url: 'https://forge.softwareheritage.org/T4079' },
    ]);
  });

  it('finds Wikimedia "task T223626" and bare T-numbers in goal lines', () => {
    const text =
      'Resolve Kafka Connect HDFS Licensing issue and decide if we will use Kafka Connect task T223626 N Postponed';
    expect(extractRefs(text)).toEqual([{ tracker: 'phabricator', id: 'T223626' }]);
    expect(
      extractRefs(
        'Create test Kerberos identities/accounts for some selected users from Analytics Team in test cluster T212258, Yes Done',
      ),
    ).toEqual([{ tracker: 'phabricator', id: 'T212258' }]);
  });

  it('reads phabricator.wikimedia.org task URLs', () => {
    expect(extractRefs('see https://phabricator.wikimedia.org/T234229.')).toEqual([
      { tracker: 'phabricator', id: 'T234229', url: 'https://phabricator.wikimedia.org/T234229' },
    ]);
  });

  it('needs three digits or the word task before a short T-number', () => {
    expect(extractRefs('T2 instances and T10 cells')).toEqual([]);
    expect(extractRefs('task T12')).toEqual([{ tracker: 'phabricator', id: 'T12' }]);
  });

  it('keeps one ref when the text names a task and also links its URL', () => {
    const text = 'Improve ingestion efficiency - T2207 (https://forge.softwareheritage.org/T2207)';
    expect(extractRefs(text)).toEqual([
      { tracker: 'phabricator', id: 'T2207', url: 'https://forge.softwareheritage.org/T2207' },
    ]);
  });
});

describe('extractRefs: GitHub', () => {
  it('turns crossplane issue links into owner/repo#N refs', () => {
    const links = [{ url: 'https://github.com/crossplane/crossplane/issues/1152', title: '#1152' }];
    expect(extractRefs('Pluggable webhooks support #1152', links)).toEqual([
      { tracker: 'github', id: 'crossplane/crossplane#1152', url: links[0]?.url },
    ]);
  });

  it('prefers the URL over a short provider-aws#536 link text', () => {
    const links = [{ url: 'https://github.com/crossplane/provider-aws/pull/536', title: 'provider-aws#536' }];
    expect(extractRefs('AWS Bucket Late Init support provider-aws#536', links)).toEqual([
      { tracker: 'github', id: 'crossplane/provider-aws#536', url: links[0]?.url },
    ]);
  });

  it('keeps short and full repo refs as written when no link says more', () => {
    expect(extractRefs('RDS DBCluster provider-aws#546 and crossplane/provider-gcp#130')).toEqual([
      { tracker: 'github', id: 'provider-aws#546' },
      { tracker: 'github', id: 'crossplane/provider-gcp#130' },
    ]);
  });

  it('reads a bare #N only with a GitHub context', () => {
    expect(extractRefs('Enhanced back-off across core controllers #2157')).toEqual([]);
    expect(
      extractRefs('Enhanced back-off across core controllers #2157', [], {
        githubRepo: 'crossplane/crossplane',
      }),
    ).toEqual([{ tracker: 'github', id: 'crossplane/crossplane#2157' }]);
  });

  it('takes the URL when the link text disagrees (dune: #5 pointing at pull/2)', () => {
    const links = [{ url: 'https://github.com/janestreet/jbuilder/pull/2', title: '#5' }];
    expect(extractRefs('This is now implemented thanks to Rudi Grinberg (#5)', links)).toEqual([
      {
        tracker: 'github',
        id: 'janestreet/jbuilder#2',
        url: 'https://github.com/janestreet/jbuilder/pull/2',
      },
    ]);
  });

  it('reads #N inside a link to a GitHub repository page as that repository', () => {
    const links = [{ url: 'https://github.com/cc65/cc65', title: '#781' }];
    expect(extractRefs('see #781', links)).toEqual([
      { tracker: 'github', id: 'cc65/cc65#781' },
      { tracker: 'url', id: 'https://github.com/cc65/cc65', url: 'https://github.com/cc65/cc65' },
    ]);
  });

  it('does not read prose, C#, anchors or HTML entities as repo refs', () => {
    expect(extractRefs('C#7 features, issue#12, see README.md#42 and &#8209;3')).toEqual([]);
  });
});

describe('extractRefs: GitLab', () => {
  it('reads SWH milestone links', () => {
    const url = 'https://gitlab.softwareheritage.org/groups/swh/-/milestones/98';
    expect(extractRefs('View milestone in GitLab', [{ url, title: 'View milestone in GitLab' }])).toEqual([
      { tracker: 'gitlab', id: 'swh%98', url },
    ]);
  });

  it('reads issue and merge request URLs and the ! notation', () => {
    expect(classifyUrl('https://gitlab.com/group/sub/project/-/merge_requests/12')).toEqual({
      tracker: 'gitlab',
      id: 'group/sub/project!12',
      url: 'https://gitlab.com/group/sub/project/-/merge_requests/12',
    });
    expect(classifyUrl('https://salsa.debian.org/debian/dput/-/issues/3#note_1')).toEqual({
      tracker: 'gitlab',
      id: 'debian/dput#3',
      url: 'https://salsa.debian.org/debian/dput/-/issues/3#note_1',
    });
    expect(extractRefs('fixed in group/project!12 and swh/devel/swh-web#4')).toEqual([
      { tracker: 'gitlab', id: 'group/project!12' },
      { tracker: 'gitlab', id: 'swh/devel/swh-web#4' },
    ]);
  });

  it('reads bare #N and !N with a GitLab context', () => {
    expect(extractRefs('see #4 and !7', [], { gitlabProject: 'swh/devel/swh-web' })).toEqual([
      { tracker: 'gitlab', id: 'swh/devel/swh-web#4' },
      { tracker: 'gitlab', id: 'swh/devel/swh-web!7' },
    ]);
  });
});

describe('extractRefs: Debian and Bugzilla', () => {
  it('reads the mini-buildd bugs.debian.org URL, without the closing parenthesis', () => {
    const text =
      '[WISH] Archive: Rethink Archive::mbd_ping (see https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=740576)';
    expect(extractRefs(text)).toEqual([
      { tracker: 'debian', id: '#740576', url: 'https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=740576' },
    ]);
  });

  it('reads "Debian bug #N" and "Closes: #N"', () => {
    expect(extractRefs('Debian bug #740576; Closes: #123456')).toEqual([
      { tracker: 'debian', id: '#740576' },
      { tracker: 'debian', id: '#123456' },
    ]);
  });

  it('reads "bug 123456", "Bug 1234" and show_bug.cgi URLs', () => {
    expect(extractRefs('bug 123456 blocks Bug 1234; bug 2 is prose')).toEqual([
      { tracker: 'bugzilla', id: '123456' },
      { tracker: 'bugzilla', id: '1234' },
    ]);
    expect(extractRefs('https://bugzilla.mozilla.org/show_bug.cgi?id=707012')).toEqual([
      { tracker: 'bugzilla', id: '707012', url: 'https://bugzilla.mozilla.org/show_bug.cgi?id=707012' },
    ]);
  });
});

describe('extractRefs: Jira', () => {
  it('reads Bean Validation browse links', () => {
    const url = 'https://hibernate.atlassian.net/browse/BVAL-508';
    expect(
      extractRefs('BVAL-508 Validating elements contained in a container', [{ url, title: 'BVAL-508' }]),
    ).toEqual([{ tracker: 'jira', id: 'BVAL-508', url }]);
  });

  it('reads bare keys and keys whose link is an unresolved AsciiDoc attribute', () => {
    const links = [{ url: '{hsearch-jira-url-prefix}/HV-1991', title: 'HV-1991' }];
    expect(extractRefs('HV-1991 Upgrade to JDK 17 as the baseline', links)).toEqual([
      { tracker: 'jira', id: 'HV-1991' },
    ]);
  });

  it('gives a key the URL of the link that names it (hibernate: BVAL-248 proposal page)', () => {
    const url = 'http://beanvalidation.org/proposals/BVAL-248/';
    expect(
      extractRefs('Explore support for constraint ordering (BVAL-248) +', [{ url, title: 'BVAL-248' }]),
    ).toEqual([{ tracker: 'jira', id: 'BVAL-248', url }]);
  });

  it('does not read standards, encodings, hashes or headers as keys', () => {
    const text =
      'Use UTF-8 and ISO-8601 dates, SHA-256 sums, RFC-822 headers, X-Forwarded-For, ISO-8859-1, CVE-2021-44228, JSR-380, GTK-3.0, ABC-012';
    expect(extractRefs(text)).toEqual([]);
  });
});

describe('extractRefs: other links, order and duplicates', () => {
  it('turns any other absolute link into a url ref and ignores relative and mailto links', () => {
    const links = [
      { url: 'https://github.com/kedacore/keda/releases/tag/v2.20.0', title: 'Release Notes' },
      { url: '/proposals/BVAL-214', title: '214' },
      { url: 'mailto:lbragstad@redhat.com' },
    ];
    expect(extractRefs('v2.20 Jun 1st, 2026 Release Notes', links)).toEqual([
      {
        tracker: 'url',
        id: 'https://github.com/kedacore/keda/releases/tag/v2.20.0',
        url: 'https://github.com/kedacore/keda/releases/tag/v2.20.0',
      },
    ]);
  });

  it('keeps the order of appearance across text tokens and links, and links not found in the text last', () => {
    const links = [
      { url: 'https://example.org/unseen', title: 'nowhere in the text' },
      { url: 'https://github.com/crossplane/crossplane/issues/2068', title: '#2068' },
    ];
    expect(extractRefs('T4080 before #2068 then HV-644', links).map((ref) => ref.id)).toEqual([
      'T4080',
      'crossplane/crossplane#2068',
      'HV-644',
      'https://example.org/unseen',
    ]);
  });

  it('deduplicates and never keeps a url ref for a URL a tracker ref already carries', () => {
    const url = 'https://forge.softwareheritage.org/T4047';
    const links = [{ url, title: 'T4047' }, { url }];
    expect(extractRefs(`T4047 again T4047 and ${url}`, links)).toEqual([
      { tracker: 'phabricator', id: 'T4047', url },
    ]);
  });

  it('returns nothing for text without references', () => {
    expect(extractRefs('')).toEqual([]);
    expect(extractRefs('Number of new loaders/listers deployed')).toEqual([]);
  });
});
