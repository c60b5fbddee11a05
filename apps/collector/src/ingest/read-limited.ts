import { gunzipSync } from 'node:zlib';
import { ApiError } from '../http/api-error.ts';

/**
 * Reads a request body stream, counting bytes as they arrive: a chunked body without
 * `Content-Length` (or one that lies about it) is cut off at `maxBytes` with 413, never buffered whole.
 *
 * @example
 * const bytes = await readLimited(c.req.raw.body, 512 * 1024);
 */
export async function readLimited(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined); // the client is refused either way
      throw new ApiError(413, 'body_too_large', `Bodies are limited to ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  return Buffer.concat(chunks, size);
}

/**
 * Decompresses a gzip body with a cap on the decompressed size: a gzip bomb stops at `maxBytes`.
 *
 * @example
 * const json = gunzipLimited(bytes, 512 * 1024);
 */
export function gunzipLimited(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (cause) {
    if ((cause as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ApiError(413, 'body_too_large', `Decompressed bodies are limited to ${maxBytes} bytes.`, { cause });
    }
    throw new ApiError(400, 'invalid_gzip', 'The body is not valid gzip.', { cause });
  }
}
