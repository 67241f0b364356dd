export { importWaymarkMarkdown, isWaymarkMarkdown } from './import.ts';
export { type ReadOptions, readWaymarkMarkdown, type WaymarkMarkdownRead } from './read.ts';
export { renderWaymarkMarkdown } from './render.ts';
