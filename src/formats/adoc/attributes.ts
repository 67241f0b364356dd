// Document attributes: entries (`:name: value`), references (`{name}`) and the preprocessor
import type { Warnings } from '../outline/warnings.ts';

// conditionals that read them (`ifdef::`, `ifndef::`, `ifeval::`, `endif::`).

/** Asciidoctor's intrinsic attributes that documents commonly reference. */
const INTRINSIC: Record<string, string> = {
  empty: '',
  blank: '',
  sp: ' ',
  nbsp: '\u00a0',
  zwsp: '\u200b',
  wj: '\u2060',
  apos: "'",
  quot: '"',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  deg: '\u00b0',
  plus: '+',
  brvbar: '\u00a6',
  vbar: '|',
  amp: '&',
  lt: '<',
  gt: '>',
  startsb: '[',
  endsb: ']',
  caret: '^',
  asterisk: '*',
  tilde: '~',
  backslash: '\\',
  backtick: '`',
  'two-colons': '::',
  'two-semicolons': ';;',
  cpp: 'C++',
  pp: '++',
};

const ENTRY = /^:(!?[\p{L}\p{N}_][^:]*):(?:[ \t]+(.*))?$/u;
const REFERENCE = /(\\)?\{([\p{L}\p{N}_][\p{L}\p{N}_-]*)\}/gu;

export interface Entry {
  name: string;
  /** undefined when the entry unsets the attribute (`:name!:` or `:!name:`). */
  value: string | undefined;
}

/** An attribute entry line, or undefined. */
export function attributeEntry(line: string): Entry | undefined {
  if (!line.startsWith(':') || line.length > 100_000) return undefined;
  const m = ENTRY.exec(line);
  if (!m) return undefined;
  let name = (m[1] ?? '').toLowerCase();
  const unset = name.startsWith('!') || name.endsWith('!');
  name = name.replace(/^!|!$/g, '');
  return { name, value: unset ? undefined : (m[2] ?? '').trim() };
}

/** The entry starting at line i, joined with its backslash-continued lines; `end` is its last line's index. */
export function entryAt(lines: readonly string[], i: number): { entry: Entry; end: number } | undefined {
  const first = lines[i] ?? '';
  if (!first.startsWith(':') || !ENTRY.test(first.length > 100_000 ? '' : first)) return undefined;
  const parts = [first];
  let end = i;
  while (/[ \t]\\$/.test(parts[parts.length - 1] ?? '') && end + 1 < lines.length) {
    parts[parts.length - 1] = (parts[parts.length - 1] ?? '').slice(0, -2);
    parts.push((lines[++end] ?? '').trim());
  }
  const entry = attributeEntry(parts.join(' '));
  return entry ? { entry, end } : undefined;
}

export class Attributes {
  readonly meta: Record<string, string> = {};
  private readonly values = new Map<string, string>();
  private readonly missing = new Map<string, { index: number; count: number }>();

  constructor(private readonly warnings: Warnings) {}

  /** Records an entry; its value is substituted first, as Asciidoctor does. */
  set(entry: Entry, line: number, column: number): void {
    if (entry.value === undefined) {
      this.values.delete(entry.name);
      delete this.meta[entry.name];
      return;
    }
    this.define(entry.name, this.substitute(entry.value, line, column));
  }

  /** Defines an attribute whose value needs no substitution; `inMeta: false` keeps it out of meta. */
  define(name: string, value: string, inMeta = true): void {
    this.values.set(name, value);
    if (inMeta) this.meta[name] = value;
  }

  /** Replaces references to known attributes; unknown ones stay as written and are warned about. */
  substitute(text: string, line: number, column: number): string {
    if (!text.includes('{')) return text;
    return text.replace(REFERENCE, (all: string, escaped: string | undefined, name: string, at: number) => {
      if (escaped) return all.slice(1);
      const key = name.toLowerCase();
      const value = this.values.get(key) ?? INTRINSIC[key];
      if (value !== undefined) return value;
      const seen = this.missing.get(key);
      if (seen) seen.count++;
      else {
        this.missing.set(key, { index: this.warnings.list.length, count: 1 });
        this.warnings.add(line, column + at, `undefined attribute {${name}} kept as text`);
      }
      return all;
    });
  }

  /** Adds the number of references to each undefined-attribute warning. */
  finish(): void {
    for (const { index, count } of this.missing.values()) {
      const warning = this.warnings.list[index];
      if (warning && count > 1) warning.message += ` (${count} references)`;
    }
  }
}

const CONDITIONAL = /^(\\)?(ifdef|ifndef|ifeval|endif)::(\S*?)\[(.*)\]$/;

/**
 * Applies preprocessor directives. Returns the kept lines, without trailing blanks (as
 * Asciidoctor's reader reads them), with their 1-based numbers.
 * `ifeval` is not evaluated (its content is kept) and `include` is not followed: both warn.
 */
export function preprocess(
  lines: readonly string[],
  warnings: Warnings,
): { lines: string[]; numbers: number[] } {
  const kept: string[] = [];
  const numbers: number[] = [];
  const defined = new Set<string>();
  const open: { keep: boolean; line: number }[] = [];
  let skipping = 0;
  lines.forEach((untrimmed, index) => {
    const line = trimEnd(untrimmed);
    const candidate = /^\\?(?:if|endif)/.test(line) && line.length < 10_000;
    const m = candidate ? CONDITIONAL.exec(line) : null;
    if (!m || m[1]) {
      if (skipping > 0) return;
      if (line.startsWith('include::') && line.endsWith(']') && /^include::\S*\[/.test(line)) {
        warnings.add(
          index + 1,
          1,
          `${line.slice(0, line.indexOf('['))}[] not followed: the parser reads one text`,
        );
        return;
      }
      const entry = attributeEntry(line);
      if (entry && entry.value === undefined) defined.delete(entry.name);
      else if (entry) defined.add(entry.name);
      kept.push(m ? line.slice(1) : line);
      numbers.push(index + 1);
      return;
    }
    const [, , directive, target = '', content = ''] = m;
    if (directive === 'endif') {
      const top = open.pop();
      if (!top) warnings.add(index + 1, 1, 'endif:: without a matching ifdef/ifndef/ifeval');
      else if (!top.keep) skipping--;
      return;
    }
    let keep = true;
    if (directive === 'ifeval') warnings.add(index + 1, 1, 'ifeval:: is not evaluated; its content is kept');
    else {
      const names = target.split(/[,+]/).map((n) => n.toLowerCase());
      const any = target.includes(',')
        ? names.some((n) => defined.has(n))
        : names.every((n) => defined.has(n));
      keep = directive === 'ifdef' ? any : !any;
    }
    if (directive !== 'ifeval' && content !== '') {
      if (keep && skipping === 0) {
        kept.push(content);
        numbers.push(index + 1);
      }
      return;
    }
    open.push({ keep, line: index + 1 });
    if (!keep) skipping++;
  });
  for (const { line } of open) warnings.add(line, 1, 'conditional block without endif::[]');
  return { lines: kept, numbers };
}

/** Drops trailing spaces and tabs (a loop: a regex would backtrack on long inner runs). */
function trimEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end === line.length ? line : line.slice(0, end);
}
