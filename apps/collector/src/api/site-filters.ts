import { DEVICES } from '@minwon-ux/schema';
import type { Context } from 'hono';
import { z } from 'zod';
import { assertSiteAccess } from '../http/access.ts';
import { ApiError } from '../http/api-error.ts';
import type { QueryFilters } from '../insights/types.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const filtersSchema = z.object({
  from: day,
  to: day,
  device: z.enum(['', ...DEVICES]).default(''),
});
const MAX_DAYS = 400;

/**
 * The site (checked against the user's scope — never trusted from the client) and the `from`, `to`,
 * `device` filters of a `/api/sites/:site/...` request. Every site handler starts with it.
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
  const { from, to, device } = parsed.data;
  const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (Number.isNaN(span) || span < 0 || span > MAX_DAYS) {
    throw new ApiError(400, 'invalid_range', `from must not be after to, and the range is at most ${MAX_DAYS} days.`);
  }
  return { site, from, to, device };
}
