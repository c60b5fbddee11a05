import type { Role } from '../http/access.ts';

/** Roles that may run analyst SQL at `/clickhouse` (and hold API tokens). Designers use the dashboard. */
export const SQL_ROLES: readonly Role[] = ['analyst', 'admin'];
