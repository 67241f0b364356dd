export { parseAsciidoc } from './parse.ts';
