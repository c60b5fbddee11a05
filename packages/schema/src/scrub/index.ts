export { scrubPath } from './scrub-path.ts';
export { scrubText } from './scrub-text.ts';
export { SCRUB_TAGS, type ScrubTag } from './tags.ts';
