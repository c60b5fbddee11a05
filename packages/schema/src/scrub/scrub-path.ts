import { decodeOrNull, encodePathSegment, encodeQueryComponent } from './percent-encoding.ts';
import { scrubText } from './scrub-text.ts';

// `https://host:8080`, `//host`, or a bare scheme such as `mailto:`: everything before the path.
const ORIGIN = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\/[^/?#]*|^[A-Za-z][A-Za-z0-9+.-]*:/;

// Servlet containers (eGovFrame sites among them) put the session id in the path: `/apply;jsessionid=…`.
const SESSION_ID = /;jsessionid=[^/;]*/gi;

function scrubSegment(raw: string): string {
  const decoded = decodeOrNull(raw);
  // A malformed encoding is kept raw (still scrubbed) rather than guessed at.
  return decoded === null ? scrubText(raw) : encodePathSegment(scrubText(decoded));
}

function scrubQuery(query: string, allowedParams: readonly string[]): string {
  const kept: string[] = [];
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const rawName = eq < 0 ? pair : pair.slice(0, eq);
    const name = decodeOrNull(rawName, true) ?? rawName;
    if (name === '' || !allowedParams.includes(name)) continue;
    if (eq < 0) {
      kept.push(encodeQueryComponent(name));
      continue;
    }
    const rawValue = pair.slice(eq + 1);
    const value = decodeOrNull(rawValue, true);
    const scrubbed = value === null ? scrubText(rawValue) : encodeQueryComponent(scrubText(value));
    kept.push(`${encodeQueryComponent(name)}=${scrubbed}`);
  }
  return kept.join('&');
}

/**
 * Reduces a path or full URL to a scrubbed path: the origin and fragment are dropped, the query
 * string keeps only allow-listed parameters (their values scrubbed), `;jsessionid=…` is removed,
 * and each path segment is percent-decoded (when well-formed) and scrubbed with
 * {@link scrubText}. The result always starts with `/`. Never throws.
 *
 * @example
 * scrubPath('https://minwon.go.kr/users/hong%40example.com/edit?token=abc&step=2#top', ['step']);
 * // '/users/[EMAIL]/edit?step=2'
 */
export function scrubPath(pathWithQuery: string, allowedParams: readonly string[] = []): string {
  const withoutOrigin = pathWithQuery.trim().replace(ORIGIN, '');
  const hash = withoutOrigin.indexOf('#');
  const beforeHash = hash < 0 ? withoutOrigin : withoutOrigin.slice(0, hash);
  const question = beforeHash.indexOf('?');
  const rawPath = question < 0 ? beforeHash : beforeHash.slice(0, question);
  const path = rawPath.replace(SESSION_ID, '').split('/').map(scrubSegment).join('/');
  const rooted = path.startsWith('/') ? path : `/${path}`;
  if (question < 0 || allowedParams.length === 0) return rooted;
  const query = scrubQuery(beforeHash.slice(question + 1), allowedParams);
  return query === '' ? rooted : `${rooted}?${query}`;
}
