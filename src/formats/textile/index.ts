export { parseTextile } from './parse.ts';
