// A standalone HTML page of a roadmap: one file, no script, readable offline and in print.
// User text is escaped, and Markdown summaries are rendered by markdown-it with raw HTML off (it is
// escaped) and its link validation on (javascript:, vbscript:, file: and most data: URLs dropped).
import MarkdownIt from 'markdown-it';
import type { Checkin, Item, Roadmap, Section } from '../../domain/interchange/index.ts';
import { PAGE_STYLE } from './style.ts';

export const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const renderer = new MarkdownIt({ html: false, linkify: false, typographer: false });
const markdown = (text: string) => renderer.render(text);

const safeUrl = (url: string) => (/^(https?:|mailto:)/i.test(url) ? escapeHtml(url) : '#');

function facts(item: Item): string {
  const rows: [string, string][] = [];
  if (item.leads?.length) rows.push(['Lead', escapeHtml(item.leads.join(', '))]);
  if (item.priority ?? item.priorityText)
    rows.push(['Priority', escapeHtml(item.priorityText ?? item.priority ?? '')]);
  if (item.effort) rows.push(['Effort', escapeHtml(item.effort.text)]);
  if (item.target) rows.push(['Target', escapeHtml(item.target.label)]);
  if (item.tags?.length) rows.push(['Tags', escapeHtml(item.tags.join(', '))]);
  if (item.refs?.length) {
    rows.push([
      'Refs',
      item.refs
        .map((ref) =>
          ref.url ? `<a href="${safeUrl(ref.url)}">${escapeHtml(ref.id)}</a>` : escapeHtml(ref.id),
        )
        .join(', '),
    ]);
  }
  if (item.dependsOn?.length) rows.push(['Depends on', escapeHtml(item.dependsOn.join(', '))]);
  for (const [key, value] of Object.entries(item.fields ?? {}))
    rows.push([escapeHtml(key), escapeHtml(value)]);
  if (rows.length === 0) return '';
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function status(item: { status?: string; statusText?: string }): string {
  if (!item.status) return '';
  return ` <span class="status status-${escapeHtml(item.status)}">${escapeHtml(item.statusText ?? item.status.replace('_', ' '))}</span>`;
}

function renderItem(item: Item, depth: number): string {
  const tag = depth === 0 ? 'h4' : 'h5';
  const parts = [
    `<article class="item" id="item-${escapeHtml(item.id)}">`,
    `<${tag}>${escapeHtml(item.title)}${status(item)}</${tag}>`,
    facts(item),
  ];
  if (item.summary) parts.push(`<div class="summary">${markdown(item.summary)}</div>`);
  if (item.kpis?.length)
    parts.push(
      `<p class="label">KPIs</p><ul>${item.kpis.map((k) => `<li>${escapeHtml(k.name)}${k.target ? ` (target ${escapeHtml(k.target)})` : ''}</li>`).join('')}</ul>`,
    );
  if (item.risks?.length)
    parts.push(
      `<p class="label">Risks</p><ul>${item.risks.map((r) => `<li>${escapeHtml(r.text)}</li>`).join('')}</ul>`,
    );
  if (item.work?.length)
    parts.push(`<div class="work">${item.work.map((w) => renderItem(w, depth + 1)).join('')}</div>`);
  parts.push('</article>');
  return parts.join('\n');
}

function renderSection(section: Section, depth: number): string {
  const tag = `h${Math.min(2 + depth, 3)}`;
  const parts = [
    `<section id="section-${escapeHtml(section.id)}">`,
    `<${tag}>${escapeHtml(section.title)}${status(section)}</${tag}>`,
  ];
  if (section.leads?.length) parts.push(`<p class="leads">Lead: ${escapeHtml(section.leads.join(', '))}</p>`);
  if (section.summary) parts.push(`<div class="summary">${markdown(section.summary)}</div>`);
  parts.push(...(section.items ?? []).map((item) => renderItem(item, 0)));
  parts.push(...(section.sections ?? []).map((child) => renderSection(child, depth + 1)));
  parts.push('</section>');
  return parts.join('\n');
}

function renderCheckin(checkin: Checkin): string {
  const entries = (checkin.entries ?? [])
    .map(
      (entry) =>
        `<li>${escapeHtml(entry.title)}${status(entry)}${entry.note ? ` — ${escapeHtml(entry.note)}` : ''}</li>`,
    )
    .join('');
  return `<section class="checkin"><h3>${escapeHtml(checkin.title ?? checkin.date)} <time datetime="${escapeHtml(checkin.date)}">${escapeHtml(checkin.date)}</time></h3>${checkin.summary ? markdown(checkin.summary) : ''}${entries ? `<ul>${entries}</ul>` : ''}</section>`;
}

export function renderHtmlPage(roadmap: Roadmap): string {
  const meta = [
    roadmap.version && `Version ${roadmap.version}`,
    roadmap.period && `Period ${roadmap.period.label}`,
    roadmap.updated && `Updated ${roadmap.updated}`,
  ]
    .filter(Boolean)
    .map((text) => escapeHtml(text as string))
    .join(' · ');
  const links = (roadmap.links ?? [])
    .map((link) => `<li><a href="${safeUrl(link.url)}">${escapeHtml(link.title ?? link.url)}</a></li>`)
    .join('');
  const body = [
    `<header><h1>${escapeHtml(roadmap.title)}</h1>${meta ? `<p class="meta">${meta}</p>` : ''}</header>`,
    roadmap.summary ? `<div class="summary">${markdown(roadmap.summary)}</div>` : '',
    links ? `<ul class="links">${links}</ul>` : '',
    ...(roadmap.items ?? []).map((item) => renderItem(item, 0)),
    ...(roadmap.sections ?? []).map((section) => renderSection(section, 0)),
    roadmap.checkins?.length
      ? `<section class="checkins"><h2>Check-ins</h2>${roadmap.checkins.map(renderCheckin).join('\n')}</section>`
      : '',
  ];
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:">\n<title>${escapeHtml(roadmap.title)}</title>\n<style>${PAGE_STYLE}</style>\n</head>\n<body>\n<main>\n${body.filter(Boolean).join('\n')}\n</main>\n</body>\n</html>\n`;
}
