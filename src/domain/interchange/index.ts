export * from './json-schema.ts';
export * from './schema.ts';
export * from './validate.ts';
