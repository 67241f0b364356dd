import type { Roadmap, Status } from '../../domain/interchange/index.ts';
import type { SourceFormat, Warning } from '../outline/types.ts';
import type { RefContext } from './extract/index.ts';
import { IdAllocator } from './ids.ts';
import type { Keywords } from './keywords.ts';

/** State shared while one outline is turned into one roadmap. */
export interface InferContext {
  format: SourceFormat;
  itemIds: IdAllocator;
  sectionIds: IdAllocator;
  checkinIds: IdAllocator;
  refContext: RefContext;
  /** Status keywords the document declares (Org `#+TODO:` lines). */
  keywords: Keywords;
  /** The document leads list entries with who does them (`Sam: Add support for …`). */
  assignees: boolean;
  referenceYear?: number;
  warnings: Warning[];
  /** Dated progress notes found under items (`*20/02/2017*: implemented`), made check-ins at the end. */
  progress: ProgressNote[];
}

export interface ProgressNote {
  date: string;
  itemId: string;
  title: string;
  status: Status;
  note: string;
}

export function newContext(
  format: SourceFormat,
  refContext: RefContext = {},
  keywords: Keywords = new Map(),
): InferContext {
  return {
    format,
    itemIds: new IdAllocator(),
    sectionIds: new IdAllocator(),
    checkinIds: new IdAllocator(),
    refContext,
    keywords,
    assignees: false,
    warnings: [],
    progress: [],
  };
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type { Roadmap };
