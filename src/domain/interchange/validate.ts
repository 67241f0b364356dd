// Runtime validation of interchange documents: the JSON Schema checks shape, then the rules a
// schema cannot say (ids unique across the roadmap, references that must resolve).
import Schema from 'typebox/schema';
import { type Issue, ValidationError } from '../errors.ts';
import { InterchangeDocument, type Item, type Roadmap, type Section } from './schema.ts';

const validator = Schema.Compile(InterchangeDocument);

interface RawError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

function describe(error: RawError): Issue | undefined {
  const pointer = error.instancePath;
  switch (error.keyword) {
    // `additionalProperties: false` also reports each extra key as "schema is false" at its own path.
    case 'boolean':
      return { pointer, message: `unknown key "${pointer.split('/').pop() ?? ''}"` };
    case 'additionalProperties':
      return undefined;
    case 'required':
      return {
        pointer,
        message: `missing required key ${((error.params.requiredProperties as string[] | undefined) ?? []).map((k) => `"${k}"`).join(', ')}`,
      };
    case 'enum':
      return { pointer, message: `must be one of ${(error.params.allowedValues as unknown[]).join(', ')}` };
    case 'minLength':
      return { pointer, message: 'must not be empty (omit the key instead)' };
    default:
      return { pointer, message: error.message };
  }
}

function schemaIssues(value: unknown): Issue[] {
  const [, errors] = validator.Errors(value) as [boolean, RawError[]];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const issue = describe(error);
    if (!issue) continue;
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  // A union failure is reported once per branch; the deepest pointer is the useful one.
  issues.sort((a, b) => b.pointer.length - a.pointer.length);
  return issues.length > 0 ? issues : [{ pointer: '', message: 'document does not match waymark/v1' }];
}

function identityIssues(roadmap: Roadmap): Issue[] {
  const issues: Issue[] = [];
  const sectionIds = new Set<string>();
  const itemIds = new Set<string>();
  const visitItems = (items: readonly Item[] | undefined, pointer: string) => {
    items?.forEach((item, index) => {
      const at = `${pointer}/${index}`;
      if (itemIds.has(item.id))
        issues.push({ pointer: `${at}/id`, message: `duplicate item id "${item.id}"` });
      itemIds.add(item.id);
      visitItems(item.work, `${at}/work`);
    });
  };
  const visitSections = (sections: readonly Section[] | undefined, pointer: string) => {
    sections?.forEach((section, index) => {
      const at = `${pointer}/${index}`;
      if (sectionIds.has(section.id)) {
        issues.push({ pointer: `${at}/id`, message: `duplicate section id "${section.id}"` });
      }
      sectionIds.add(section.id);
      visitItems(section.items, `${at}/items`);
      visitSections(section.sections, `${at}/sections`);
    });
  };
  visitSections(roadmap.sections, '/roadmap/sections');
  visitItems(roadmap.items, '/roadmap/items');

  const checkinIds = new Set<string>();
  roadmap.checkins?.forEach((checkin, index) => {
    const at = `/roadmap/checkins/${index}`;
    if (checkinIds.has(checkin.id))
      issues.push({ pointer: `${at}/id`, message: `duplicate check-in id "${checkin.id}"` });
    checkinIds.add(checkin.id);
    if (checkin.scope !== undefined && !sectionIds.has(checkin.scope)) {
      issues.push({ pointer: `${at}/scope`, message: `no section has id "${checkin.scope}"` });
    }
    checkin.entries?.forEach((entry, entryIndex) => {
      if (entry.item !== undefined && !itemIds.has(entry.item)) {
        issues.push({
          pointer: `${at}/entries/${entryIndex}/item`,
          message: `no item has id "${entry.item}"`,
        });
      }
    });
  });
  return issues;
}

/** Checks a parsed value against waymark/v1; throws ValidationError listing every issue found. */
export function validateDocument(value: unknown): InterchangeDocument {
  if (!validator.Check(value)) {
    const issues = schemaIssues(value);
    throw new ValidationError(formatIssues('not a valid waymark/v1 document', issues), issues);
  }
  const issues = identityIssues(value.roadmap);
  if (issues.length > 0) throw new ValidationError(formatIssues('inconsistent roadmap', issues), issues);
  return value;
}

/** Parses JSON text and validates it; syntax errors become an issue at the document root. */
export function parseDocument(text: string): InterchangeDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = `invalid JSON: ${(error as Error).message}`;
    throw new ValidationError(message, [{ pointer: '', message }]);
  }
  return validateDocument(value);
}

function formatIssues(headline: string, issues: readonly Issue[]): string {
  const shown = issues.slice(0, 10).map((issue) => `  ${issue.pointer || '/'}: ${issue.message}`);
  const more = issues.length > 10 ? [`  … and ${issues.length - 10} more`] : [];
  return [`${headline}:`, ...shown, ...more].join('\n');
}
