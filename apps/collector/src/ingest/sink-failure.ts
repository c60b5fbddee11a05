import { ApiError } from '../http/api-error.ts';
import { SpoolError } from '../spool/spool-errors.ts';

/**
 * Maps a sink failure to its answer: the rows were not acknowledged, so the client must retry later.
 * Always a 503 with `Retry-After`, never a 500 that could read as "bad input".
 *
 * @example
 * try { await sink.accept(rows); } catch (err) { throw sinkFailure(err); }
 */
export function sinkFailure(err: unknown): ApiError {
  const code = err instanceof SpoolError ? err.code : 'store_unavailable';
  return new ApiError(503, code, 'The collector cannot store events right now. Retry later.', {
    cause: err,
    headers: { 'Retry-After': code === 'spool_full' ? '5' : '10' },
  });
}
