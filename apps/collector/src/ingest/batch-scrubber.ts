import { scrubPath, scrubText } from '@minwon-ux/schema';

/** The scrubber as one batch uses it. Absent optional texts scrub to ''. */
export interface BatchScrubber {
  text(value: string | undefined): string;
  path(value: string): string;
}

function remembered(scrub: (value: string) => string): (value: string) => string {
  const answers = new Map<string, string>();
  return (value) => {
    const known = answers.get(value);
    if (known !== undefined) return known;
    const scrubbed = scrub(value);
    answers.set(value, scrubbed);
    return scrubbed;
  };
}

/**
 * Remembers each distinct text's scrubbed form for the life of one batch (and no longer: raw texts
 * are never kept beyond the request). Events of one batch repeat the same path, title and labels.
 *
 * @example
 * const scrub = createBatchScrubber(site.allowedParams);
 * scrub.path('/apply?name=홍길동&page=2'); // '/apply?page=2'
 */
export function createBatchScrubber(allowedParams: readonly string[]): BatchScrubber {
  const text = remembered(scrubText);
  const path = remembered((value) => scrubPath(value, allowedParams));
  return { text: (value) => (value ? text(value) : ''), path };
}
