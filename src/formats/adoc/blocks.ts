// Block-level pieces of the AsciiDoc parser: delimiter lines, block attribute lines, and a
// finder for closing delimiters that stays linear when openers are never closed.

export type DelimiterKind =
  | 'listing'
  | 'literal'
  | 'pass'
  | 'comment'
  | 'example'
  | 'sidebar'
  | 'quote'
  | 'open'
  | 'table'
  | 'fenced';

export interface Delimiter {
  kind: DelimiterKind;
  /** The line that closes the block. */
  closer: string;
  lang?: string;
}

const KINDS: [RegExp, DelimiterKind][] = [
  [/^-{4,}$/, 'listing'],
  [/^\.{4,}$/, 'literal'],
  [/^\+{4,}$/, 'pass'],
  [/^\/{4,}$/, 'comment'],
  [/^={4,}$/, 'example'],
  [/^\*{4,}$/, 'sidebar'],
  [/^_{4,}$/, 'quote'],
  [/^--$/, 'open'],
  [/^[|!,:]={3,}$/, 'table'],
];

/** The delimiter a line is, or undefined. */
export function delimiter(line: string): Delimiter | undefined {
  const first = line[0];
  if (first === undefined || !'-.+/=*_|!,:`'.includes(first)) return undefined;
  const trimmed = line.trimEnd();
  const fence = /^(`{3,})[ \t]*([\w+#.-]*)[ \t]*$/.exec(trimmed);
  if (fence) return { kind: 'fenced', closer: fence[1] ?? '```', ...(fence[2] ? { lang: fence[2] } : {}) };
  for (const [rx, kind] of KINDS) if (rx.test(trimmed)) return { kind, closer: trimmed };
  return undefined;
}

export const COMPOUND = new Set<DelimiterKind>(['example', 'sidebar', 'quote', 'open']);

/** First line after `start` equal to `closer`, or -1; remembers results so unclosed openers stay cheap. */
export class CloserFinder {
  private readonly memo = new Map<string, { from: number; at: number }>();
  constructor(private readonly lines: readonly string[]) {}

  find(closer: string, start: number): number {
    const seen = this.memo.get(closer);
    if (seen && start >= seen.from && (seen.at === -1 || start < seen.at)) return seen.at;
    let at = -1;
    for (let i = start + 1; i < this.lines.length; i++) {
      if ((this.lines[i] ?? '').trimEnd() === closer) {
        at = i;
        break;
      }
    }
    this.memo.set(closer, { from: start, at });
    return at;
  }
}

export interface BlockAttributes {
  style?: string;
  lang?: string;
  id?: string;
  options: Set<string>;
  named: Record<string, string>;
}

const ATTRIBUTE_LINE = /^\[(?:|[\p{L}\p{N}_.#%{,"'].*|\[(?:|[\p{L}_:][\p{L}\p{N}_\-:.]*(?:, *.+)?)\])\]$/u;

/** Parses a block attribute line (`[source,java]`, `[[id]]`, `[%header,cols="1,2"]`), or undefined. */
export function blockAttributes(line: string): BlockAttributes | undefined {
  const trimmed = line.trimEnd();
  if (!trimmed.startsWith('[') || trimmed.length > 2000 || !ATTRIBUTE_LINE.test(trimmed)) return undefined;
  const result: BlockAttributes = { options: new Set(), named: {} };
  const inner = trimmed.slice(1, -1);
  if (inner.startsWith('[')) {
    result.id = inner.slice(1, -1).split(',')[0]?.trim();
    return result;
  }
  const parts = inner.match(/(?:"[^"]*"|'[^']*'|[^,])+/g) ?? [];
  parts.forEach((part, index) => {
    const named = /^\s*([\w-]+)\s*=(.*)$/.exec(part);
    if (named) {
      const value = (named[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
      result.named[named[1] ?? ''] = value;
      if (named[1] === 'options' || named[1] === 'opts')
        for (const o of value.split(',')) result.options.add(o.trim());
      return;
    }
    const value = part.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (index === 0) {
      const [style = '', ...shorthands] = value.split(/(?=[#.%])/);
      if (style !== '' && !/^[#.%]/.test(style)) result.style = style;
      for (const s of /^[#.%]/.test(style) ? [style, ...shorthands] : shorthands) {
        if (s.startsWith('#')) result.id = s.slice(1);
        if (s.startsWith('%')) result.options.add(s.slice(1));
      }
    } else if (index === 1 && result.style === 'source') result.lang = value;
  });
  return result;
}
