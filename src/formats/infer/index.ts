export { slugify } from './ids.ts';
export { type InferOptions, type InferResult, inferRoadmap } from './roadmap.ts';
