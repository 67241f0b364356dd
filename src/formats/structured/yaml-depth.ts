// How deeply a YAML text nests, estimated in one linear pass before the YAML parser sees it: the
// parser recurses per level and thousands of levels exhaust the stack or memory (observed: a
// process abort at 10 000 nested flow sequences), so such texts are refused up front.

/** Upper estimate of the nesting depth: flow brackets outside quotes and comments, plus block indentation levels. */
export function yamlDepth(text: string): number {
  let max = 0;
  let flow = 0;
  const indents: number[] = [];
  let lineStart = true;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') {
      lineStart = true;
      // A quoted scalar may span lines; a comment or plain line ends here.
      continue;
    }
    if (lineStart && quote === undefined && flow === 0) {
      lineStart = false;
      let indent = 0;
      while (text.charAt(i + indent) === ' ') indent++;
      // "- - - x": each compact sequence entry opens one more level on the same line.
      let j = i + indent;
      let compact = 0;
      while (text.charAt(j) === '-' && text.charAt(j + 1) === ' ') {
        compact++;
        j += 2;
        while (text.charAt(j) === ' ') j++;
      }
      const next = text.charAt(j);
      if (next !== '\n' && next !== '#' && next !== '' && next !== '\r') {
        while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
        indents.push(indent);
      }
      max = Math.max(max, indents.length + compact);
      i = j - 1;
      continue;
    }
    lineStart = false;
    if (quote !== undefined) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '#' && /\s/.test(text.charAt(i - 1) || ' ')) {
      while (i + 1 < text.length && text.charAt(i + 1) !== '\n') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      flow++;
      max = Math.max(max, indents.length + flow);
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
  }
  return max;
}
