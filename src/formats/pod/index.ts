export { parsePod } from './parse.ts';
