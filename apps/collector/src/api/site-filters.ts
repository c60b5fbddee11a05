import { DEVICES } from '@minwon-ux/schema';
import type { Context } from 'hono';
import { z } from 'zod';
import { assertSiteAccess } from '../http/access.ts';
import { ApiError } from '../http/api-error.ts';
import { resolveDayRange } from '../http/day-range.ts';
import type { QueryFilters } from '../insights/types.ts';

/** A calendar day `YYYY-MM-DD` that exists (2026-11-31 does not). */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  });
const filtersSchema = z.object({
  from: day.optional(),
  to: day.optional(),
  device: z.enum(['', ...DEVICES]).default(''),
});

/**
 * The site (checked against the user's scope — never trusted from the client) and the `from`, `to`,
 * `device` filters of a `/api/sites/:site/...` request. Every site handler starts with it. Without
 * `to` the range ends today (UTC); without `from` it is the 30 days up to `to`.
 *
 * @example
 * const filters = readSiteFilters(c); // { site: 'demo', from: '2026-11-01', to: '2026-11-30', device: '' }
 */
export function readSiteFilters(c: Context): QueryFilters {
  const site = assertSiteAccess(c, c.req.param('site') ?? '');
  const parsed = filtersSchema.safeParse(c.req.query());
  if (!parsed.success) {
    throw new ApiError(
      400,
      'invalid_filters',
      `from and to must be YYYY-MM-DD dates; device one of ${DEVICES.join(', ')}.`,
    );
  }
  const { from, to } = resolveDayRange(parsed.data);
  return { site, from, to, device: parsed.data.device };
}
