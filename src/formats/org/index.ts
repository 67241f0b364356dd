export { parseOrg } from './parse.ts';
