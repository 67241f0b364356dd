// Section titles and paragraphs of the AsciiDoc parser, as outline blocks.
import type { Block, HeadingBlock } from '../outline/types.ts';
import type { Attributes } from './attributes.ts';
import type { BlockAttributes } from './blocks.ts';
import { adocInline, BREAK } from './inline.ts';
import { takeMarkers } from './lists.ts';

export const SECTION = /^(={1,6}|#{1,6})[ \t]+(\S.*)$/;
const ANCHOR = /^\[\[([\p{L}_:][\p{L}\p{N}_\-:.]*)(?:,[^\]]*)?\]\]$/u;

/**
 * A section title as a HeadingBlock: `atx` is the SECTION match of `line`, or `setext` the level
 * its underline gives. Levels are Asciidoctor's (`==` is 1); a trailing `[[id]]` becomes the anchor.
 */
export function sectionHeading(
  atx: RegExpExecArray | null,
  line: string,
  setext: number | undefined,
  lineNo: number,
  attributes: Attributes,
): HeadingBlock {
  const marker = atx?.[1] ?? '';
  const written = atx ? (atx[2] ?? '') : line.trim();
  const symmetric = atx && written.endsWith(marker) && /[ \t]$/.test(written.slice(0, -marker.length));
  const title = symmetric ? written.slice(0, -marker.length) : written;
  let raw = attributes.substitute(title, lineNo, marker.length + 2).trimEnd();
  const open = raw.lastIndexOf('[[');
  const anchor = open > 0 && /[ \t]/.test(raw[open - 1] ?? '') ? ANCHOR.exec(raw.slice(open)) : null;
  if (anchor) raw = raw.slice(0, open);
  const { rest, marks } = takeMarkers(raw);
  const level = atx ? marker.length - 1 : (setext ?? 0);
  const heading: HeadingBlock = {
    kind: 'heading',
    level,
    ...adocInline(rest),
    pos: { line: lineNo, column: 1 },
  };
  heading.marks = marks;
  if (anchor?.[1]) heading.anchor = anchor[1];
  return heading;
}

export interface Para {
  /** Source lines: attribute references substituted, except in literal paragraphs. */
  lines: string[];
  line: number;
  column: number;
  sink: Block[];
  literal: boolean;
  attrs: BlockAttributes | undefined;
}

/** A paragraph, or a code block for literal paragraphs and `[source]`/`[listing]`/`[literal]` ones. */
export function paragraphBlock(p: Para): Block {
  const pos = { line: p.line, column: p.column };
  const style = p.attrs?.style;
  if (p.literal || style === 'source' || style === 'listing' || style === 'literal') {
    const indent = p.literal
      ? p.lines.reduce((min, l) => Math.min(min, /^[ \t]*/.exec(l)?.[0].length ?? 0), 1e9)
      : 0;
    const lang = style === 'source' ? p.attrs?.lang : undefined;
    return {
      kind: 'code',
      text: p.lines.map((l) => l.slice(indent)).join('\n'),
      ...(lang ? { lang } : {}),
      pos,
    };
  }
  const source = p.lines.map((l) => l.replace(/[ \t]\+$/, BREAK)).join('\n');
  return { kind: 'paragraph', ...adocInline(source), pos };
}
