import { randomBytes } from 'node:crypto';
import type { AuthConfig } from '../config.ts';
import type { Store } from '../store/create-store.ts';
import { findAgency, saveAgency } from './agency-store.ts';
import { writeAudit } from './audit-log.ts';
import { hashPassword } from './password-hash.ts';
import { SYSTEM_AGENCY } from './scope.ts';
import { hasAnyUser, saveUser } from './user-store.ts';

/** The id of the admin created at first start (fixed, so two replicas starting at once write one user). */
export const BOOTSTRAP_ADMIN_ID = 'u_admin';

/** A one-time password: 20 characters of base64url (120 bits). */
function oneTimePassword(): string {
  return randomBytes(15).toString('base64url');
}

/**
 * Ensures the system agency exists and, when there is no user at all, creates the admin
 * `MINWON_ADMIN_EMAIL` of the system agency. Its password is `MINWON_ADMIN_PASSWORD`, or else a
 * one-time password handed to `announce` (printed once) that must be changed at first login.
 *
 * @example
 * await ensureBootstrapAdmin(store, config.auth, (text) => process.stdout.write(text));
 */
export async function ensureBootstrapAdmin(
  store: Store,
  config: Pick<AuthConfig, 'adminEmail' | 'adminPassword'>,
  announce: (text: string) => void,
): Promise<{ created: boolean }> {
  if (!(await findAgency(store, SYSTEM_AGENCY))) await saveAgency(store, { id: SYSTEM_AGENCY, name: 'System' });
  if (await hasAnyUser(store)) return { created: false };
  const password = config.adminPassword ?? oneTimePassword();
  await saveUser(store, {
    id: BOOTSTRAP_ADMIN_ID,
    email: config.adminEmail,
    name: 'Administrator',
    role: 'admin',
    agencyId: SYSTEM_AGENCY,
    passwordHash: await hashPassword(password),
    mustChangePassword: config.adminPassword === undefined,
  });
  await writeAudit(store, {
    userId: BOOTSTRAP_ADMIN_ID,
    email: config.adminEmail,
    agencyId: SYSTEM_AGENCY,
    action: 'admin_bootstrap',
  });
  if (config.adminPassword === undefined) {
    const line = '='.repeat(72);
    announce(
      `\n${line}\n  minwon-ux: first start — admin account created\n  email:    ${config.adminEmail}\n` +
        `  password: ${password}\n  This one-time password is shown only now; change it at first login.\n${line}\n\n`,
    );
  }
  return { created: true };
}
