// Hyperlink names and targets: escapes, `title <target>` splitting, indirect target chains.
import { normaliseName, type Target } from './context.ts';

/** Follows indirect targets (`.. _a: b_`) to a URL; undefined for internal targets. */
export function resolveTarget(targets: Map<string, Target>, name: string): string | undefined {
  let key = normaliseName(unescapeRst(name));
  for (let hops = 0; hops < 16; hops++) {
    const target = targets.get(key);
    if (!target) return undefined;
    if (target.url !== undefined) return target.url;
    if (target.refname === undefined) return undefined;
    key = normaliseName(target.refname);
  }
  return undefined;
}

export function unescapeRst(text: string): string {
  return text.replace(/\\(\s)/g, '').replace(/\\(.)/g, '$1');
}

/** `title <target>` with the angle brackets at the very end. */
export function splitEmbedded(content: string): { text: string; target: string } | undefined {
  if (!content.endsWith('>')) return undefined;
  const lt = content.lastIndexOf('<');
  if (lt < 0) return undefined;
  const target = content.slice(lt + 1, -1);
  if (target.includes('>') || target.trim() === '') return undefined;
  const before = content.slice(0, lt);
  if (before !== '' && !/\s$/.test(before)) return undefined;
  return { text: unescapeRst(before.trim()), target: target.trim() };
}
