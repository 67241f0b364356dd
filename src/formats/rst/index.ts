export { parseRst } from './parse.ts';
