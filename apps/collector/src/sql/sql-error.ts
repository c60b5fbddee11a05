/**
 * A refused or failed analyst query. `status` is the HTTP status; `type` the ClickHouse-style error
 * name; the body is ClickHouse's text format (`Code: N. DB::Exception: … (TYPE)`) so standard
 * ClickHouse clients show it as they would a server error.
 *
 * @example
 * throw new SqlError(403, 'ACCESS_DENIED', 'Table system.tables is not readable here.');
 */
export class SqlError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 413 | 429 | 500;
  readonly type: string;
  readonly code: string;
  /** Extra response headers (`Retry-After`). */
  readonly headers: Record<string, string>;
  constructor(
    status: SqlError['status'],
    type: string,
    message: string,
    options?: { cause?: unknown; headers?: Record<string, string> },
  ) {
    super(message, options);
    this.name = 'SqlError';
    this.status = status;
    this.type = type;
    this.code = type.toLowerCase();
    this.headers = options?.headers ?? {};
  }

  /** ClickHouse's numeric code for the type, as clients parse it. */
  get clickhouseCode(): number {
    return CODES[this.type] ?? 0;
  }

  toBody(): string {
    return `Code: ${this.clickhouseCode}. DB::Exception: ${this.message} (${this.type})\n`;
  }
}

const CODES: Record<string, number> = {
  SYNTAX_ERROR: 62,
  ACCESS_DENIED: 497,
  READONLY: 164,
  UNKNOWN_TABLE: 60,
  UNKNOWN_DATABASE: 81,
  CANNOT_DECOMPRESS: 271,
  AUTHENTICATION_FAILED: 516,
  QUERY_IS_TOO_LARGE: 392,
  UNKNOWN_FORMAT: 73,
  BAD_ARGUMENTS: 36,
  TOO_MANY_SIMULTANEOUS_QUERIES: 202,
};

/**
 * A ClickHouse error from running or checking an analyst query, as a 400 `SqlError` keeping
 * ClickHouse's error type; the message is its first line, cut at 500 characters.
 */
export function toSqlError(cause: unknown): SqlError {
  if (cause instanceof SqlError) return cause;
  const message = cause instanceof Error ? cause.message : 'Query failed.';
  const type = (cause as { type?: unknown })?.type;
  const first = (message.split('\n')[0] ?? '')
    .replace(/^Code: \d+\. DB::Exception: /, '')
    .replace(/ \([A-Z_]+\)\.?\s*$/, '');
  return new SqlError(
    400,
    typeof type === 'string' && /^[A-Z_]+$/.test(type) ? type : 'BAD_ARGUMENTS',
    first.slice(0, 500),
    { cause },
  );
}
