import type { Context } from 'hono';
import { ApiError } from '../http/api-error.ts';
import { assertNestingDepth, toWellFormedJson } from './json-guards.ts';
import { gunzipLimited, readLimited } from './read-limited.ts';

const ACCEPTED_TYPES = ['text/plain', 'application/json'];
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Size and shape limits of one body. */
export interface BodyLimits {
  /** Bytes on the wire (compressed or not). */
  maxBytes: number;
  /** Bytes after gzip decompression. */
  maxDecodedBytes: number;
  maxDepth: number;
}

/**
 * Reads a batch body as JSON. The SDK sends `text/plain` so browsers skip the CORS preflight, gzipped
 * with `Content-Encoding: gzip` when large. Every refusal is a 4xx `ApiError` that never echoes input:
 * content type (415), encoding (415), size before and after decompression (413), gzip (400),
 * UTF-8 (400), nesting (400), JSON (400). Lone surrogates are replaced with U+FFFD.
 *
 * @example
 * const body = await readJsonBody(c, { maxBytes: 524288, maxDecodedBytes: 524288, maxDepth: 16 });
 */
export async function readJsonBody(c: Context, limits: BodyLimits): Promise<unknown> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!ACCEPTED_TYPES.includes(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send text/plain or application/json.');
  }
  const encoding = (c.req.header('content-encoding') ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity' && encoding !== 'gzip') {
    throw new ApiError(415, 'unsupported_encoding', 'Send the body uncompressed or with Content-Encoding: gzip.');
  }
  const raw = await readBodyBytes(c, limits.maxBytes);
  const bytes = encoding === 'gzip' ? gunzipLimited(raw, limits.maxDecodedBytes) : raw;
  if (bytes.byteLength > limits.maxDecodedBytes) {
    throw new ApiError(413, 'body_too_large', `Bodies are limited to ${limits.maxDecodedBytes} bytes.`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (cause) {
    throw new ApiError(400, 'invalid_encoding', 'The body is not valid UTF-8.', { cause });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.', { cause });
  }
  assertNestingDepth(value, limits.maxDepth);
  return toWellFormedJson(text, value);
}

/**
 * A body with a `Content-Length` within the limit is read whole (Node's parser delivers exactly that
 * many bytes, and the server's direct buffer path skips building a web stream); any other body is
 * streamed and cut off at `maxBytes`.
 */
async function readBodyBytes(c: Context, maxBytes: number): Promise<Uint8Array> {
  const declared = c.req.header('content-length');
  if (declared !== undefined && /^\d{1,9}$/.test(declared) && Number(declared) <= maxBytes) {
    try {
      return new Uint8Array(await c.req.raw.arrayBuffer());
    } catch (cause) {
      // The client went away before sending what it declared; nobody is left to read the answer.
      throw new ApiError(400, 'body_incomplete', 'The body ended before its Content-Length.', { cause });
    }
  }
  return readLimited(c.req.raw.body, maxBytes);
}
