import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The one error type of the collector: it knows its HTTP status and machine-readable code.
 * `onError` turns it into `{ "error": { "code", "message" } }`; messages never echo the request.
 *
 * @example
 * throw new ApiError(403, 'unknown_site', 'This site key is not registered.');
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly headers: Record<string, string>;
  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    options?: { cause?: unknown; headers?: Record<string, string> },
  ) {
    super(message, options);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.headers = options?.headers ?? {};
  }
}
