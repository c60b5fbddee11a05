import { SCRUB_TAGS } from './tags.ts';

// The local part may only start where a run of local-part characters starts, so a long run without
// an `@` is scanned once, not once per position. ASCII only: Korean text touching an address
// (`문의는hong@example.com으로`) stays outside the match. `%40` is an `@` left encoded in a URL.
const EMAIL = /(?<![\w.%+-])[\w.%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** Replaces e-mail addresses (also with the `@` percent-encoded) with `[EMAIL]`. */
export function scrubEmails(text: string): string {
  return text.replace(EMAIL, SCRUB_TAGS.email);
}
