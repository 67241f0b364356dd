export { htmlFragmentBlocks, parseHtml } from './parse.ts';
