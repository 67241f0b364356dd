export { diffRoadmaps } from './diff-roadmaps.ts';
export {
  DEFAULT_RENAME_THRESHOLD,
  MAX_TITLE_CANDIDATES,
  matchTitles,
  type TitleCandidate,
  type TitlePair,
} from './match.ts';
export { renderDiffText } from './render-text.ts';
export { titleSimilarity, wordDiff } from './text.ts';
export type * from './types.ts';
