import type { Roadmap } from '../../domain/interchange/index.ts';
import type { SourceFormat, Warning } from '../outline/types.ts';
import type { RefContext } from './extract/index.ts';
import { IdAllocator } from './ids.ts';

/** State shared while one outline is turned into one roadmap. */
export interface InferContext {
  format: SourceFormat;
  itemIds: IdAllocator;
  sectionIds: IdAllocator;
  checkinIds: IdAllocator;
  refContext: RefContext;
  referenceYear?: number;
  warnings: Warning[];
}

export function newContext(format: SourceFormat, refContext: RefContext = {}): InferContext {
  return {
    format,
    itemIds: new IdAllocator(),
    sectionIds: new IdAllocator(),
    checkinIds: new IdAllocator(),
    refContext,
    warnings: [],
  };
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type { Roadmap };
