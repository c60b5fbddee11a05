import type { Context } from 'hono';
import { ApiError } from '../http/api-error.ts';

const ACCEPTED_TYPES = ['text/plain', 'application/json'];

/**
 * Reads a batch body as JSON. The SDK sends `text/plain` so browsers skip the CORS preflight.
 * Refuses other content types and bodies that are not JSON, without echoing them.
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!ACCEPTED_TYPES.includes(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send text/plain or application/json.');
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.', { cause });
  }
}
