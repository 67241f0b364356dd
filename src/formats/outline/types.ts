// The common outline every format parser produces and the one inference step reads. It keeps
// what the document says and where (1-based line and column), but decides nothing about
// roadmaps: whether a heading is a section or an item is inference's business.

export interface Position {
  line: number;
  column: number;
}

export interface OutlineLink {
  url: string;
  /** The link text, when it differs from the URL. */
  title?: string;
}

/**
 * Something the markup itself says about status, kept apart from the words:
 * a template `{{done}}`, a coloured span, a rendered template text `Yes Done`, a checkbox,
 * a fully struck-through text, an Org TODO keyword, an `[RELEASED]`-style marker.
 */
export interface StatusMark {
  source:
    | 'template'
    | 'color'
    | 'rendered'
    | 'checkbox'
    | 'strike'
    | 'keyword'
    | 'marker'
    | 'emoji'
    | 'class';
  /** As written: `{{notdone|Postponed}}`, `In Development`, `[x]`, `DONE`, `completed`. */
  text: string;
  /** For colour marks: the colour as written (`yellow`, `green`, `#0f0`). */
  color?: string;
}

/** Inline content: the same text three ways, for titles, for summaries and for references. */
export interface Inline {
  /** Plain text, markup stripped, whitespace collapsed. */
  text: string;
  /** The content as Markdown (emphasis, code, links kept). */
  markdown: string;
  links: OutlineLink[];
  marks: StatusMark[];
}

export interface HeadingBlock extends Inline {
  kind: 'heading';
  /** 1 = top level, in document order of appearance for formats without fixed levels (RST). */
  level: number;
  /** An explicit anchor or id the document gives the heading, if any. */
  anchor?: string;
  /** Org/Markdown-style properties attached to the heading (`:PROPERTIES:` drawers). */
  properties?: Record<string, string>;
  pos: Position;
}

export interface ParagraphBlock extends Inline {
  kind: 'paragraph';
  pos: Position;
}

export interface ListItem extends Inline {
  /** `true` for `[x]`, `false` for `[ ]`, absent when the item has no checkbox. */
  checked?: boolean;
  /** Everything nested under the item after its first line: nested lists, paragraphs, tables. */
  children: Block[];
  pos: Position;
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: ListItem[];
  pos: Position;
}

export interface TableBlock {
  kind: 'table';
  /** Header cells; empty when the table has no header row. */
  header: Inline[];
  rows: Inline[][];
  pos: Position;
}

/** A field the format marks as such: RST field lists, description lists, definition terms. */
export interface FieldBlock {
  kind: 'field';
  key: string;
  value: Inline;
  /** Blocks nested in the field body after its first line. */
  children: Block[];
  pos: Position;
}

export interface CodeBlock {
  kind: 'code';
  lang?: string;
  text: string;
  pos: Position;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | FieldBlock | CodeBlock;

export interface Warning extends Position {
  message: string;
}

export type SourceFormat =
  | 'md'
  | 'rst'
  | 'wikitext'
  | 'html'
  | 'text'
  | 'org'
  | 'adoc'
  | 'pod'
  | 'textile'
  | 'googlecode';

export interface Outline {
  format: SourceFormat;
  /** The document title when the format states one apart from its headings (RST title, `#+TITLE`, front matter). */
  title?: string;
  /** Document-level metadata: front matter, RST docinfo, Org `#+KEY:` lines, AsciiDoc attributes. */
  meta: Record<string, string>;
  /** Headings are flat with levels; inference builds the tree. */
  blocks: Block[];
  warnings: Warning[];
}

/** Every parser has this shape: total (never throws on any input), linear in the input size. */
export type Parser = (text: string) => Outline;
