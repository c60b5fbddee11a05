import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from '../http/api-error.ts';

/**
 * Parses a JSON request body with a zod schema; 400 `invalid_body` without echoing the body.
 *
 * @example
 * const { email, password } = await readJson(c, loginSchema);
 */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_body', 'Send a JSON body.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(body)'))].join(', ');
    throw new ApiError(400, 'invalid_body', `Invalid or missing fields: ${fields}.`);
  }
  return parsed.data;
}
