// Writing plain text as Markdown: the escaping, code spans, links and line-start guard that the
// line-based parsers (RST, POD, Textile, Org, AsciiDoc, the wiki-likes) share.
// The HTML and Markdown parsers keep their own, narrower escaping (html/builder.ts).

/** Escapes the characters that would read as Markdown syntax inside running text. */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    switch (ch) {
      case '\\':
      case '`':
      case '*':
      case '[':
      case ']':
        out += `\\${ch}`;
        break;
      case '_': {
        // Intra-word underscores never make emphasis; escaping them would only add noise.
        const inWord = /[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
        out += inWord ? ch : '\\_';
        break;
      }
      case '<':
        out += '\\<';
        break;
      case '&':
        out += /^&#?[A-Za-z0-9]+;/.test(text.slice(i, i + 12)) ? '\\&' : ch;
        break;
      case '~':
        out += text[i + 1] === '~' || text[i - 1] === '~' ? '\\~' : ch;
        break;
      default:
        out += ch;
    }
  }
  return out;
}

/** A code span whose fence is longer than any backtick run inside (empty code gives ''). */
export function codeSpan(code: string): string {
  if (code === '') return '';
  let longest = 0;
  let run = 0;
  for (const ch of code) {
    run = ch === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${code}${pad}${fence}`;
}

export function markdownUrl(url: string): string {
  return url
    .replace(/ /g, '%20')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E');
}

export function markdownLink(textMarkdown: string, url: string): string {
  if (textMarkdown === '') return `<${markdownUrl(url)}>`;
  return `[${textMarkdown}](${markdownUrl(url)})`;
}

/**
 * Keeps an inline text from reading as a block construct (heading, list item, quote, setext
 * underline) when it starts a Markdown line.
 */
export function guardLineStart(markdown: string): string {
  if (/^(#{1,6}(\s|$)|[-+*](\s|$)|>|=+\s*$)/.test(markdown)) return `\\${markdown}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(markdown);
  if (ordered) return `${ordered[1]}\\${markdown.slice(ordered[1]?.length ?? 0)}`;
  return markdown;
}
