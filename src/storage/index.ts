export { openStore } from './open.ts';
export type * from './types.ts';
