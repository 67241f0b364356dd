// Tracker references in an item's text and links: Phabricator `T4079`, GitHub `owner/repo#12`,
// GitLab `group/project!12`, Debian `Closes: #740576`, Bugzilla `bug 123456`, Jira `BVAL-123`, and
// any other absolute link as a `url` ref. One left-to-right scan with a single regular expression
// whose alternatives all start at a word boundary, so the work is linear in the text.
import type { Ref } from '../../../domain/interchange/schema.ts';
import { classifyUrl, githubRepoOf, mentions } from './urls.ts';

export interface RefLink {
  url: string;
  title?: string;
}

/** What a bare `#12` (and, for GitLab, `!12`) refers to in this document. */
export interface RefContext {
  /** `owner/repo`: bare `#12` becomes `owner/repo#12`. */
  githubRepo?: string;
  /** `group/project`: bare `#12` and `!12` become GitLab refs (when no githubRepo is given). */
  gitlabProject?: string;
}

const TOKEN = new RegExp(
  [
    String.raw`(?<url>\b(?:https?|ftp):\/\/[^\s<>"'\x60]+)`,
    String.raw`(?<![\w./-])(?<path>[A-Za-z0-9][\w.-]*(?:\/[\w.-]+)+)(?<pathSep>[#!])(?<pathNum>\d{1,9})(?!\w)`,
    String.raw`(?<![\w./-])(?<repo>[A-Za-z][\w.-]*\w)#(?<repoNum>\d{1,9})(?!\w)`,
    String.raw`\b(?<bug>[Bb][Uu][Gg]\s+(?<bugHash>#?))(?<bugNum>\d{1,9})(?!\w)`,
    String.raw`(?<![\w&#!/])(?<sigil>[#!])(?<num>\d{1,9})(?!\w)`,
    String.raw`(?<![\w/-])(?<phab>T\d{1,9})(?![\w-])`,
    String.raw`(?<![\w/.-])(?<jira>(?<jiraKey>[A-Z]{2,10})-[1-9]\d{0,6})(?![\w-]|\.\d)`,
  ].join('|'),
  'g',
);

// Upper-case words followed by a dash and a number that are standards, encodings, algorithms,
// licences or versions rather than Jira project keys.
const NOT_JIRA = new Set(
  (
    'UTF UCS ISO IEC IEEE ANSI ECMA RFC SHA MD AES DES RSA DSA ECDSA HMAC CRC CVE CWE GPL LGPL AGPL ' +
    'MPL BSD APL CC HTTP HTTPS TLS SSL SSH TCP UDP IP IPV DNS API ABI CSS HTML XML JSON YAML PEP KEP JSR ' +
    'JEP TIP BIP EIP ERC NIP PR RC ES JS TS CP WIN WINDOWS DOS MS IBM LATIN KOI EUC GB BIG SJIS DDR ' +
    'LPDDR USB PCI PCIE SATA ARM ARMV AMD GCC LLVM FY Q H COVID SARS MERS OWASP WCAG FIPS NIST SP PKCS ' +
    'ASN OID ISBN ISSN DOI LTS EOL SLA SLO KPI OKR MVP POC GA BETA ALPHA STAGE PHASE STEP TIER LEVEL ' +
    'PART ITEM TODO FIXME XXX NOTE SECTION CHAPTER FIG TABLE VERSION VER REV NO NR NUM ID UID MP MPEG AV ' +
    'VP HEVC AVC DVD CD BD ROM RAM CPU GPU TPU VM OS TV HD UHD SD SDK JDK JRE JVM NET'
  ).split(' '),
);

// `something#12` where `something` is a word of prose, not a repository name.
const NOT_REPO = new Set(
  'issue issues pr prs pull pulls bug bugs ticket tickets task tasks mr item items step steps no nr num number fix fixes fixed close closes closed resolve resolves see ref refs part phase page version v'.split(
    ' ',
  ),
);

const DOC_PATH = /\.(?:md|markdown|html?|rst|txt|adoc|asciidoc|org|pdf)$/i;

interface Span {
  start: number;
  end: number;
  link: RefLink;
  tokens: Ref[];
}

interface Event {
  pos: number;
  refs: Ref[];
}

/**
 * The tracker references of `text` (plain text, markup stripped) and its `links`, deduplicated,
 * in order of appearance. A link whose URL is a tracker URL gives one ref with that URL; a link
 * whose text names a ref its URL mentions (`T4079` → `…/T4079`) gives that ref with the URL; any
 * other absolute link gives a `url` ref. A URL never appears both as a `url` ref and as the
 * `url` of a tracker ref.
 */
export function extractRefs(text: string, links: readonly RefLink[] = [], context: RefContext = {}): Ref[] {
  const spans = locateLinks(text, links);
  const located = spans.filter((span) => span.start >= 0).sort((a, b) => a.start - b.start);
  const events: Event[] = [];
  let next = 0;
  for (const match of text.matchAll(TOKEN)) {
    const pos = match.index;
    while (next < located.length && (located[next]?.end ?? 0) <= pos) next += 1;
    const span = located[next];
    const inside = span !== undefined && span.start <= pos;
    const groups = match.groups ?? {};
    if (groups.url !== undefined) {
      if (inside) continue;
      const url = trimUrl(groups.url);
      const ref = classifyUrl(url);
      if (ref) events.push({ pos, refs: [ref] });
      continue;
    }
    const ref = resolveToken(groups, text, pos, context, inside ? span.link.url : undefined);
    if (!ref) continue;
    if (inside) span.tokens.push(ref);
    else events.push({ pos, refs: [ref] });
  }
  for (const [index, span] of spans.entries()) {
    const pos = span.start >= 0 ? span.start : text.length + index;
    events.push({ pos, refs: resolveLink(span) });
  }
  events.sort((a, b) => a.pos - b.pos);
  return dedupe(events.flatMap((event) => event.refs));
}

function locateLinks(text: string, links: readonly RefLink[]): Span[] {
  let cursor = 0;
  return links.map((link) => {
    const needle = link.title?.trim() || link.url.trim();
    let start = needle === '' ? -1 : text.indexOf(needle, cursor);
    if (start < 0 && needle !== '') start = text.indexOf(needle);
    if (start >= 0) cursor = start + needle.length;
    return { start, end: start < 0 ? -1 : start + needle.length, link, tokens: [] };
  });
}

function resolveLink(span: Span): Ref[] {
  const fromUrl = classifyUrl(span.link.url.trim());
  if (fromUrl && fromUrl.tracker !== 'url') return [fromUrl];
  const refs = span.tokens.map((ref) => ({ ...ref }));
  if (!fromUrl) return refs;
  const owner = refs.find((ref) => ref.url === undefined && mentions(fromUrl.id, ref.id));
  if (owner) owner.url = fromUrl.id;
  else refs.push(fromUrl);
  return refs;
}

function resolveToken(
  groups: Record<string, string | undefined>,
  text: string,
  pos: number,
  context: RefContext,
  linkUrl: string | undefined,
): Ref | undefined {
  const before = text.slice(Math.max(0, pos - 24), pos);
  if (groups.path !== undefined && groups.pathNum !== undefined) {
    const path = groups.path;
    if (DOC_PATH.test(path)) return undefined;
    const gitlab =
      groups.pathSep === '!' ||
      path.split('/').length > 2 ||
      (!context.githubRepo && !!context.gitlabProject);
    return { tracker: gitlab ? 'gitlab' : 'github', id: `${path}${groups.pathSep}${groups.pathNum}` };
  }
  if (groups.repo !== undefined) {
    if (NOT_REPO.has(groups.repo.toLowerCase()) || DOC_PATH.test(groups.repo)) return undefined;
    return { tracker: 'github', id: `${groups.repo}#${groups.repoNum}` };
  }
  if (groups.bug !== undefined && groups.bugNum !== undefined) {
    const num = groups.bugNum;
    if (/debian\s+$/i.test(before)) return { tracker: 'debian', id: `#${num}` };
    if (groups.bugHash === '#') {
      const byContext = numberInContext('#', num, context, linkUrl);
      if (byContext) return byContext;
    }
    return num.length >= 3 && !num.startsWith('0') ? { tracker: 'bugzilla', id: num } : undefined;
  }
  if (groups.sigil !== undefined && groups.num !== undefined) {
    if (groups.sigil === '#' && /(?:debian\s+bugs?\s*|closes:\s*)$/i.test(before)) {
      return { tracker: 'debian', id: `#${groups.num}` };
    }
    return numberInContext(groups.sigil, groups.num, context, linkUrl);
  }
  if (groups.phab !== undefined) {
    const digits = groups.phab.length - 1;
    if (digits >= 3 || /\btask\s+$/i.test(before)) return { tracker: 'phabricator', id: groups.phab };
    return undefined;
  }
  if (groups.jira !== undefined && groups.jiraKey !== undefined) {
    return NOT_JIRA.has(groups.jiraKey) ? undefined : { tracker: 'jira', id: groups.jira };
  }
  return undefined;
}

/** A bare `#12` / `!12`: a GitHub or GitLab ref only where the link or the document says which repository. */
function numberInContext(
  sigil: string,
  num: string,
  context: RefContext,
  linkUrl: string | undefined,
): Ref | undefined {
  const linkRepo = linkUrl === undefined ? undefined : githubRepoOf(linkUrl);
  if (sigil === '#' && linkRepo) return { tracker: 'github', id: `${linkRepo}#${num}` };
  if (sigil === '#' && context.githubRepo) return { tracker: 'github', id: `${context.githubRepo}#${num}` };
  if (context.gitlabProject && !context.githubRepo) {
    return { tracker: 'gitlab', id: `${context.gitlabProject}${sigil}${num}` };
  }
  return undefined;
}

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const SENTENCE_END = new Set([...'.,;:!?*_']);

/** Drops punctuation that ends the sentence rather than the URL, and unbalanced closing brackets. */
function trimUrl(raw: string): string {
  const counts = new Map<string, number>();
  for (const c of raw) if ('()[]{}'.includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  let end = raw.length;
  while (end > 0) {
    const c = raw.charAt(end - 1);
    const open = CLOSERS[c];
    if (SENTENCE_END.has(c)) end -= 1;
    else if (open !== undefined && (counts.get(c) ?? 0) > (counts.get(open) ?? 0)) {
      counts.set(c, (counts.get(c) ?? 0) - 1);
      end -= 1;
    } else break;
  }
  return raw.slice(0, end);
}

/** First occurrence wins its place; a later occurrence may only add the URL the first one lacked. */
function dedupe(refs: Ref[]): Ref[] {
  const byKey = new Map<string, Ref>();
  for (const ref of refs) {
    const key = `${ref.tracker}\u0000${ref.id}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...ref });
    else if (seen.url === undefined && ref.url !== undefined) seen.url = ref.url;
  }
  const trackerUrls = new Set<string>();
  for (const ref of byKey.values()) if (ref.tracker !== 'url' && ref.url) trackerUrls.add(ref.url);
  return [...byKey.values()].filter((ref) => ref.tracker !== 'url' || !trackerUrls.has(ref.id));
}
