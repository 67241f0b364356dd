// The part of a KEP's README.md that describes it: the Summary section and the opening of the
// Motivation section (up to its Goals), without the template's HTML comments.
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const MAX_CHARS = 8000;

interface Part {
  level: number;
  title: string;
  lines: string[];
}

function parts(readme: string): Part[] {
  const out: Part[] = [];
  let current: Part | undefined;
  let fence: string | undefined;
  for (const line of readme.replace(/\r\n?/g, '\n').split('\n')) {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    }
    const heading = fence === undefined ? HEADING.exec(line) : null;
    if (heading?.[1] && !FENCE.test(line)) {
      current = { level: heading[1].length, title: (heading[2] ?? '').trim().toLowerCase(), lines: [] };
      out.push(current);
    } else current?.lines.push(line);
  }
  return out;
}

function clean(lines: readonly string[]): string | undefined {
  const text = lines
    .join('\n')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? undefined : text;
}

/** Summary and motivation of a KEP README as Markdown, or undefined when it has neither. */
export function kepReadmeDescription(readme: string): string | undefined {
  const all = parts(readme);
  const body = (name: string) => clean(all.find((part) => part.title === name)?.lines ?? []);
  const summary = body('summary');
  const motivation = body('motivation');
  const text = [summary, motivation ? `**Motivation**\n\n${motivation}` : undefined]
    .filter((part): part is string => part !== undefined)
    .join('\n\n');
  if (text === '') return undefined;
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text;
}
