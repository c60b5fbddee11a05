/** The roles a user can have in an agency. */
export const ROLES = ['admin', 'designer', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

/** The operators' agency: its admins see and manage every site and agency. */
export const SYSTEM_AGENCY = 'system';

/** A user as the API shows it: never the password hash. */
export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string;
  mustChangePassword: boolean;
}

/** `POST /api/auth/login`, `GET /api/auth/me`, `POST /api/auth/password` */
export interface SessionResponse {
  user: PublicUser;
  csrfToken: string;
}

/** A site as the admin API shows it. */
export interface AdminSite {
  key: string;
  name: string;
  agency: string;
  origins: string[];
  retentionDays: number;
  allowedParams: string[];
}

/** `GET /api/admin/sites` */
export interface AdminSitesResponse {
  sites: AdminSite[];
}

/** `GET /api/admin/users` */
export interface AdminUsersResponse {
  users: PublicUser[];
}

/** `POST /api/admin/users` (201): the one-time password only when none was given. */
export interface CreatedUserResponse {
  user: PublicUser;
  oneTimePassword?: string;
}
