import type { PublicUser } from '@minwon-ux/api-contract';
import type { User } from './user-store.ts';

export type { PublicUser };

/**
 * @example
 * return c.json({ user: toPublicUser(user) });
 */
export function toPublicUser({ id, email, name, role, agencyId, mustChangePassword }: User): PublicUser {
  return { id, email, name, role, agencyId, mustChangePassword };
}
