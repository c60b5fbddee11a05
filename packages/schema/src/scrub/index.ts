// Placeholder surface: the full scrubber (every identifier DESIGN.md lists, with a test corpus) is
// being written in this folder; the signatures below are the contract the collector calls.

/** Replaces personal identifiers in free text with a bracketed tag such as `[EMAIL]`. */
export function scrubText(input: string): string {
  return input.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[EMAIL]');
}

/** Strips the query string and fragment except allow-listed parameters, and scrubs the rest. */
export function scrubPath(pathWithQuery: string, allowedParams: readonly string[] = []): string {
  const url = new URL(pathWithQuery, 'http://x');
  const kept = new URLSearchParams();
  for (const name of allowedParams) {
    const value = url.searchParams.get(name);
    if (value !== null) kept.set(name, scrubText(value));
  }
  const query = kept.toString();
  return scrubText(decodeURIComponent(url.pathname)) + (query ? `?${query}` : '');
}
