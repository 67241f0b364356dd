// Escaping plain text into wikitext: text that could be read as markup (links, templates, tags,
// entities, bold and italic quotes, signatures, behaviour switches, a list or heading at a line
// start) is wrapped in <nowiki>, inside which only `&` and `<` still need entities.

const MARKUP = /[[\]|]|\{\{|\}\}|\{\||''|~~~|__|<[a-zA-Z/!]|&[#a-zA-Z0-9]+;/;
const LINE_START = /^[*#:;= ]|^-{4}|=$/;

export function needsNowiki(text: string): boolean {
  return (
    MARKUP.test(text) ||
    LINE_START.test(text) ||
    text.includes('<nowiki') ||
    text.startsWith("'") ||
    text.endsWith("'")
  );
}

export function nowiki(text: string): string {
  return `<nowiki>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</nowiki>`;
}

/** Plain text as wikitext that shows exactly these characters. */
export function escapeWiki(text: string): string {
  return needsNowiki(text) ? nowiki(text) : text;
}

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot);/g, (_all, name: string) =>
    name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'amp' ? '&' : '"',
  );
}

/** The reverse of `escapeWiki`: nowiki spans give their text, the rest is as written. */
export function unescapeWiki(text: string): string {
  return text.replace(/<nowiki>([^<]*)<\/nowiki>/g, (_all, inner: string) => decodeEntities(inner));
}

/** An address MediaWiki links in `[url text]`: a scheme it knows and nothing that ends the link. */
export function isWikiUrl(url: string): boolean {
  return /^(?:https?:|ftp:|mailto:)?\/\/[^\s[\]<>"{}|]+$/.test(url) || /^mailto:[^\s[\]<>"{}|]+$/.test(url);
}

/** `[url text]`, or the escaped text when the address cannot be linked. */
export function wikiLink(text: string, url: string): string {
  if (!isWikiUrl(url)) return escapeWiki(text);
  // Inside the link text a `]` would end the link early.
  const shown = needsNowiki(text) || text.includes(']') ? nowiki(text) : text;
  return `[${url} ${shown}]`;
}

export const WIKI_LINK =
  /\[((?:https?:|ftp:|mailto:)?\/\/[^\s[\]<>"{}|]+|mailto:[^\s[\]<>"{}|]+) ((?:<nowiki>[^<]*<\/nowiki>|[^\]<])+)\]/;
