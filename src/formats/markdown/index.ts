export { parseMarkdown } from './parse.ts';
