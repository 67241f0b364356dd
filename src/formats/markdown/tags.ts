// The element names of HTML. In Markdown, `<package>` or `<width>` written in prose are not
// HTML (GitHub drops them, losing the word); they are kept as the text they are.
const TAGS = new Set(
  `a abbr acronym address area article aside audio b base bdi bdo big blink blockquote body br button canvas
  caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed
  fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i
  iframe img input ins kbd label legend li link main map mark marquee menu meta meter nav nobr noframes
  noscript object ol optgroup option output p param picture plaintext pre progress q rp rt ruby s samp
  script search section select slot small source span strike strong style sub summary sup svg table tbody
  td template textarea tfoot th thead time title tr track tt u ul var video wbr xmp math`.split(/\s+/),
);

export function isKnownTag(name: string): boolean {
  return TAGS.has(name);
}
