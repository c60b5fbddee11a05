import { SYSTEM_AGENCY } from '@minwon-ux/api-contract';
import type { AccessScope } from '../http/access.ts';
import type { SiteRegistry } from '../sites/site-registry.ts';
import type { User } from './user-store.ts';

export { SYSTEM_AGENCY };

/** Whether a user is an admin of the system agency (sees and manages everything). */
export function isSystemAdmin(user: Pick<User, 'role' | 'agencyId'>): boolean {
  return user.role === 'admin' && user.agencyId === SYSTEM_AGENCY;
}

/**
 * The sites a user may read, from the site registry at request time: every site for a system admin,
 * otherwise the sites whose `agency` is the user's agency.
 *
 * @example
 * c.set('scope', scopeForUser(user, sites));
 */
export function scopeForUser(user: User, sites: SiteRegistry): AccessScope {
  const all = sites.list();
  const visible = isSystemAdmin(user) ? all : all.filter((s) => s.agency === user.agencyId);
  return { userId: user.id, role: user.role, agencyId: user.agencyId, siteKeys: new Set(visible.map((s) => s.key)) };
}
