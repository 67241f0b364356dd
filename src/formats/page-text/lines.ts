// The lines of a page's text and the navigation chrome around the content: rules generic to
// wiki and docs sites (MediaWiki, GitHub file views, Sphinx/Read the Docs), not to any one page.

export interface TextLine {
  /** 1-based line number in the input. */
  no: number;
  /** The line without trailing whitespace; tabs kept. */
  text: string;
  /** Leading whitespace width (a tab counts 4). */
  indent: number;
  trimmed: string;
  /** Chrome, the title, a table of contents: not content. */
  dropped: boolean;
}

export function splitLines(text: string): TextLine[] {
  return text.split('\n').map((raw, index) => {
    const text = raw.trimEnd();
    const lead = /^[ \t\u00a0]*/.exec(text)?.[0] ?? '';
    const indent = lead.replace(/\t/g, '    ').length;
    return { no: index + 1, text, indent, trimmed: text.slice(lead.length), dropped: false };
  });
}

/** Lines that are chrome wherever they appear. */
const CHROME = [
  /^Jump to:?\s*(navigation|search|content|main content)\b/i,
  /^Skip to (main )?(content|navigation)$/i,
  /^From Wikipedia, the free encyclopedia$/,
  /^\(Redirected from .{1,200}\)$/,
  /^(Hidden )?[Cc]ategor(y|ies): /,
  /^This page was last (edited|modified) on /,
  /^Text is available under the Creative Commons/,
  /^Content is available under /,
  /^Permalink$/,
  /^Find file( Copy path)?$/,
  /^Copy path$/,
  /^Fetching contributors(…|\.\.\.)?$/,
  /^Cannot retrieve contributors at this time\.?$/,
  /^\d+ lines? \(\d+ sloc\)(\s+[\d.]+\s?[KMG]?i?B)?$/,
  /^(Raw|Blame|History)( (Raw|Blame|History)){0,2}$/,
  /^You can(’|')t perform that action at this time\.?$/,
  /^You signed (in|out) (with|in) another tab or window\./,
  /^(Edit on (GitHub|GitLab|Bitbucket)|View page source|Show Source|Quick search|Next topic|Previous topic)$/,
  /^(©|Copyright ©|\(c\)) .{0,200}(Built with Sphinx|Created using Sphinx|Read the Docs).{0,200}$/i,
  /^(Built with Sphinx|Created using Sphinx)\b/i,
  /^Toggle (the )?(table of contents|navigation|sidebar)$/i,
];

/** Lines after which nothing is content: the page footer. */
const FOOTER = [/^Retrieved from ["“]?/, /^Navigation menu$/];

/** Lines that are chrome only before the content starts (repository views). */
const HEAD_CHROME = [/^Branch: \S+$/, /^Latest commit\b/, /^\d+ contributors?$/, /^(Sign (in|up)|Log in)$/];

/** Lines that are chrome right after the page title: the site tagline. */
const TAGLINE = /^From [\p{Lu}\d][\w .,'-]{1,60}$/u;

const TITLE_RULE = /^(={3,}|-{3,}|~{3,}|\*{3,})$/;

const BULLET_START = /^([•◦▪▫‣∙·○●■□–*+-]\s|\d{1,3}[.)]\s)/;

/** Drops chrome in place; returns the page title when the content starts with one. */
export function dropChrome(lines: TextLine[]): string | undefined {
  const footer = lines.findIndex((line) => FOOTER.some((rule) => rule.test(line.trimmed)));
  if (footer >= 0) for (const line of lines.slice(footer)) line.dropped = true;
  let started = false;
  let title: string | undefined;
  let expectTagline = false;
  for (const line of lines) {
    if (line.dropped || line.trimmed === '') continue;
    if (
      CHROME.some((rule) => rule.test(line.trimmed)) ||
      (!started && HEAD_CHROME.some((r) => r.test(line.trimmed)))
    ) {
      line.dropped = true;
      continue;
    }
    if (!started) {
      started = true;
      if (isTitle(line)) {
        title = line.trimmed;
        line.dropped = true;
        expectTagline = true;
      }
      continue;
    }
    // A plain-text title is often underlined (`Rakudo Roadmap` over `--------------`): the rule
    // belongs to the title.
    if (expectTagline && (TAGLINE.test(line.trimmed) || TITLE_RULE.test(line.trimmed))) line.dropped = true;
    expectTagline = false;
  }
  return title;
}

function isTitle(line: TextLine): boolean {
  const text = line.trimmed;
  return (
    line.indent === 0 &&
    text.length <= 120 &&
    !text.includes('\t') &&
    !/[.,;:]$/.test(text) &&
    !/\[\s*edit/i.test(text) &&
    !BULLET_START.test(text) &&
    !/^(contents|table of contents)$/i.test(text)
  );
}

/** Image file names that leaked into the text when alt text was missing (`Arrow-Left.svgQ1`). */
export function dropImageNames(text: string): string {
  if (!/\.(svg|png|gif|jpe?g|webp)/i.test(text)) return text;
  return text.replace(
    /(?<=\S)[A-Z][a-z][\w-]{0,100}\.(?:svg|png|gif|jpe?g|webp)|[A-Z][a-z][\w-]{0,100}\.(?:svg|png|gif|jpe?g|webp)(?=\S)/g,
    ' ',
  );
}
