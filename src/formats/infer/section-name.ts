// What a section's heading says about it: its name as a reader would write it, and its kind.
import type { Section } from '../../domain/interchange/index.ts';

/**
 * A list marker left before a heading's words (`** - Documentation`) and a colon after them
 * (`Planned Features:`) are punctuation, not part of its name.
 */
export function sectionName(heading: string): string {
  return heading
    .trim()
    .replace(/^[-–—•]\s+(?=\S)/, '')
    .replace(/(?<=\S)\s*[:：]$/, '');
}

/** Milestone when a version or a date names it, component when it carries a status. */
export function kindOf(section: Section): Section['kind'] | undefined {
  // `2.0 Enchantress`, `v3.6.0`, `Hibernate Validator 9.0`: a version that opens or closes the name.
  if (/^(v(ersion)?\s*)?\d+(\.\d+)+\b|\sv?\d+(\.\d+)+$/i.test(section.title)) return 'milestone';
  // "Release 2.0" or "2024 milestones" are milestones; "Release manager and crew" is not.
  const versioned = /(^|\s)v?\d+(\.\d+)+\b|\b(19|20)\d{2}\b/i.test(section.title);
  if (versioned && /\b(release|milestone)s?\b/i.test(section.title)) return 'milestone';
  if (section.status) return 'component';
  return undefined;
}
