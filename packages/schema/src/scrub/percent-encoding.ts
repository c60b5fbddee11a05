/**
 * Decodes percent-encoding, or returns `null` when the encoding is malformed (`%E0%A4%A`, `%zz`).
 * With `plusIsSpace`, `+` reads as a space, as in query strings.
 *
 * @example
 * decodeOrNull('hong%40example.com'); // 'hong@example.com'
 * decodeOrNull('%E0%A4%A'); // null
 */
export function decodeOrNull(text: string, plusIsSpace = false): string | null {
  const spaced = plusIsSpace ? text.replaceAll('+', ' ') : text;
  try {
    return decodeURIComponent(spaced);
  } catch {
    // URIError is the only thing decodeURIComponent throws: the caller keeps the raw text.
    return null;
  }
}

const PATH_RESERVED = /[%/?#\s]/g;
const QUERY_RESERVED = /[%&=+#\s]/g;

// Reserved characters are ASCII or whitespace, never a lone surrogate, so this cannot throw.
const encodeChar = (char: string): string => encodeURIComponent(char);

/**
 * Percent-encodes only what would change the structure of a path segment (`%`, `/`, `?`, `#`,
 * whitespace); Korean and other text stay readable.
 *
 * @example
 * encodePathSegment('민원/신청'); // '민원%2F신청'
 */
export function encodePathSegment(text: string): string {
  return text.replace(PATH_RESERVED, encodeChar);
}

/**
 * Percent-encodes only what would change the structure of a query (`%`, `&`, `=`, `+`, `#`,
 * whitespace).
 *
 * @example
 * encodeQueryComponent('a&b c'); // 'a%26b%20c'
 */
export function encodeQueryComponent(text: string): string {
  return text.replace(QUERY_RESERVED, encodeChar);
}
