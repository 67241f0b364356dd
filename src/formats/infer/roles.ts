// Which headings and "Key:" paragraphs are not things of their own but a labelled part of the
// thing above them ("KPIs:", "Includes work", "Risks", "Requirements").
import { classifyFieldKey, type FieldRole } from './extract/index.ts';

export type PartRole = Exclude<FieldRole, 'other'> | 'prose';

// Headings that hold prose about their parent rather than a goal of their own.
const PROSE_HEADINGS = new Set(
  [
    'requirements',
    'current problems',
    'problems',
    'known problems',
    'future plans',
    'plans',
    'completed tasks',
    'completed',
    'motivation',
    'background',
    'rationale',
    'open questions',
    'questions',
    'notes',
    'repositories',
    'repository',
    'candidate technologies',
    'possible technologies',
    'technologies',
    'opportunities',
    'non-goals',
    'non goals',
    'prior art',
    'alternatives',
    'references',
    'resources',
    'faq',
    'target timeline',
    'timeline',
    'players',
    'contributing',
    'description',
    'details',
  ].map((key) => key),
);

// "Other details", "More information", "Further reading": notes on the thing above.
const MORE_ABOUT =
  /^(other|more|further|additional|extra|general)\s+(details|information|info|notes|links|resources|reading|remarks)$/i;

// Roles whose heading folds into the parent; other roles (target, refs…) named by a heading are
// more often a list of things ("Milestones", "Releases") than a field.
// A "Champion" or "Owners" heading over names says who leads the thing above it.
const FOLDING_ROLES = new Set<FieldRole>(['kpis', 'risks', 'work', 'dependsOn', 'summary', 'leads']);

function normaliseKey(text: string): string {
  return text
    .replace(/[:：]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The role of a heading's text, when the heading is a labelled part of its parent. */
export function headingRole(text: string): { key: string; role: PartRole } | undefined {
  const key = normaliseKey(text);
  if (key.length === 0 || key.length > 60) return undefined;
  if (PROSE_HEADINGS.has(key.toLowerCase()) || MORE_ABOUT.test(key)) return { key, role: 'prose' };
  const role = classifyFieldKey(key);
  if (FOLDING_ROLES.has(role)) return { key, role: role as PartRole };
  return undefined;
}

// A paragraph that is one bold or italic span: `**KPIs**`, `*Includes work*`.
const EMPHASISED = /^([*_]{1,2})[^*_\n]+\1$/;

/**
 * A paragraph that only says "KPIs:" or "Includes work:" (or **Description:**) opens a part; so
 * does a bold label without its colon (`**Includes work**`) when it names a known part.
 */
export function pseudoHeadingRole(
  text: string,
  markdown = text,
): { key: string; role: PartRole } | undefined {
  const trimmed = text.trim();
  if (!/[:：]$/.test(trimmed) && !/^status$/i.test(trimmed)) {
    return EMPHASISED.test(markdown.trim()) ? headingRole(trimmed) : undefined;
  }
  const key = normaliseKey(trimmed);
  if (key.split(' ').length > 6) return undefined;
  const known = headingRole(key);
  if (known) return known;
  const role = classifyFieldKey(key);
  return role === 'other' ? { key, role: 'prose' } : { key, role: role as PartRole };
}
