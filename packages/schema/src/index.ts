export * from './describe-issue.ts';
export * from './parse-batch.ts';
export * from './scrub/index.ts';
export * from './vocabulary.ts';
export * from './wire.ts';
