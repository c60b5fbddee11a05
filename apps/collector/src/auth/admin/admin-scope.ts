import type { Context } from 'hono';
import { ApiError } from '../../http/api-error.ts';
import { isSystemAdmin } from '../scope.ts';

/**
 * The agencies the requesting admin manages: `undefined` means all (system admin), otherwise their own.
 *
 * @example
 * const agencyId = managedAgency(c); // 'mois' or undefined
 */
export function managedAgency(c: Context): string | undefined {
  const user = c.get('authUser');
  return isSystemAdmin(user) ? undefined : user.agencyId;
}

/** Whether the requesting admin manages `agencyId`. */
export function managesAgency(c: Context, agencyId: string): boolean {
  const managed = managedAgency(c);
  return managed === undefined || managed === agencyId;
}

/** 404 unless the admin manages the agency (the same answer for unknown and foreign records). */
export function assertManages(c: Context, agencyId: string | undefined, what: string): void {
  if (agencyId === undefined || !managesAgency(c, agencyId)) throw new ApiError(404, 'not_found', `No such ${what}.`);
}

/** Who is acting, for audit entries. */
export function actor(c: Context) {
  const user = c.get('authUser');
  return { userId: user.id, email: user.email, agencyId: user.agencyId };
}
