import type { Store } from '../storage/index.ts';

/** What every use case runs with: who acts, in which workspace, on which store. */
export interface CommandContext {
  readonly store: Store;
  readonly actor: string;
  readonly workspaceId: string;
}
