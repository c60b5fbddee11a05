export {
  generateSyntheticBatches,
  type SyntheticBatch,
  type SyntheticOptions,
  type SyntheticProgress,
} from './generate.ts';
export { PostFailedError, type PostOptions, type PostProgress, postSyntheticBatches } from './post.ts';
export { createProgressBar, type ProgressBar } from './progress-bar.ts';
