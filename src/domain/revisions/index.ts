export * from './canonical.ts';
export * from './delta.ts';
export * from './entities.ts';
