import type { User } from './user-store.ts';

/** A user as the API shows it: never the password hash. */
export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: User['role'];
  agencyId: string;
  mustChangePassword: boolean;
}

/**
 * @example
 * return c.json({ user: toPublicUser(user) });
 */
export function toPublicUser({ id, email, name, role, agencyId, mustChangePassword }: User): PublicUser {
  return { id, email, name, role, agencyId, mustChangePassword };
}
