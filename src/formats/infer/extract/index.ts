// Pure, linear-time text extractors the inference step runs on every format's outline text.
export { type DatedText, parseDatedEntry, parseDatedHeading, parseLooseDate } from './dates.ts';
export {
  classifyFieldKey,
  FIELD_ROLES,
  type FieldLine,
  type FieldLineOptions,
  type FieldRole,
  splitFieldLine,
} from './fields.ts';
export { extractLabels, type Labelled } from './labels.ts';
export { splitPeople } from './people.ts';
export { extractRefs, type RefContext, type RefLink } from './refs.ts';
export { classifyUrl } from './urls.ts';
