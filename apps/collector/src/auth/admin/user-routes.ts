import type { AdminUsersResponse, CreatedUserResponse } from '@minwon-ux/api-contract';
import { Hono } from 'hono';
import { z } from 'zod';
import { ROLES } from '../../http/access.ts';
import { ApiError } from '../../http/api-error.ts';
import { findAgency } from '../agency-store.ts';
import { writeAudit } from '../audit-log.ts';
import type { AuthDeps } from '../auth-context.ts';
import { saveLoginState } from '../login-state-store.ts';
import { hashPassword } from '../password-hash.ts';
import { newPasswordSchema } from '../password-policy.ts';
import { toPublicUser } from '../public-user.ts';
import { readJson } from '../read-json.ts';
import { randomId, randomToken } from '../secret-token.ts';
import { revokeUserSessions } from '../session-store.ts';
import { findUserByEmail, findUserById, listUsers, saveUser, type User } from '../user-store.ts';
import { actor, assertManages, managedAgency } from './admin-scope.ts';

const createSchema = z.strictObject({
  email: z.string().email().max(320),
  name: z.string().min(1).max(200),
  role: z.enum(ROLES),
  agencyId: z.string().min(1).max(64).optional(),
  password: newPasswordSchema.optional(),
});
const patchSchema = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  role: z.enum(ROLES).optional(),
  agencyId: z.string().min(1).max(64).optional(),
  password: newPasswordSchema.optional(),
  mustChangePassword: z.boolean().optional(),
  unlock: z.literal(true).optional(),
});

async function assertAgency(auth: AuthDeps, c: Parameters<typeof assertManages>[0], agencyId: string) {
  if (!(await findAgency(auth.store, agencyId))) throw new ApiError(400, 'unknown_agency', 'No such agency.');
  assertManages(c, agencyId, 'agency');
}

/**
 * `GET/POST /api/admin/users`, `PATCH/DELETE /api/admin/users/:id`, within the admin's agency (all for
 * a system admin). Without a password a one-time password is returned once and must be changed.
 *
 * @example
 * admin.route('/users', createUserRoutes(auth));
 */
export function createUserRoutes(auth: AuthDeps) {
  const { store } = auth;
  const app = new Hono();

  const managedUser = async (c: Parameters<typeof assertManages>[0]): Promise<User> => {
    const user = await findUserById(store, c.req.param('id') ?? '');
    assertManages(c, user?.agencyId, 'user');
    return user!;
  };

  app.get('/', async (c) =>
    c.json({ users: (await listUsers(store, managedAgency(c))).map(toPublicUser) } satisfies AdminUsersResponse),
  );

  app.post('/', async (c) => {
    const body = await readJson(c, createSchema);
    const agencyId = body.agencyId ?? c.get('authUser').agencyId;
    await assertAgency(auth, c, agencyId);
    if (await findUserByEmail(store, body.email))
      throw new ApiError(409, 'email_taken', 'A user with this email exists.');
    const oneTimePassword = body.password ? undefined : randomToken(15);
    const user: User = {
      id: randomId('u'),
      email: body.email,
      name: body.name,
      role: body.role,
      agencyId,
      passwordHash: await hashPassword(body.password ?? oneTimePassword!),
      mustChangePassword: true,
    };
    await saveUser(store, user);
    await writeAudit(store, {
      ...actor(c),
      action: 'user_create',
      target: user.id,
      detail: { email: user.email, role: user.role, agencyId },
    });
    const created = toPublicUser({ ...user, email: user.email.toLowerCase() });
    const response: CreatedUserResponse = oneTimePassword ? { user: created, oneTimePassword } : { user: created };
    return c.json(response, 201);
  });

  app.patch('/:id', async (c) => {
    const user = await managedUser(c);
    const body = await readJson(c, patchSchema);
    if (body.agencyId !== undefined && body.agencyId !== user.agencyId) await assertAgency(auth, c, body.agencyId);
    if (user.id === c.get('authUser').id && (body.role ?? user.role) !== user.role) {
      throw new ApiError(400, 'self_demotion', 'You cannot change your own role.');
    }
    const updated: User = {
      ...user,
      name: body.name ?? user.name,
      role: body.role ?? user.role,
      agencyId: body.agencyId ?? user.agencyId,
      passwordHash: body.password ? await hashPassword(body.password) : user.passwordHash,
      mustChangePassword: body.mustChangePassword ?? (body.password ? true : user.mustChangePassword),
    };
    await saveUser(store, updated);
    if (body.password || body.unlock) await saveLoginState(store, user.id, { failedAttempts: 0, lockedUntil: 0 });
    if (body.password || updated.role !== user.role || updated.agencyId !== user.agencyId)
      await revokeUserSessions(store, user.id);
    const { password: _, ...changes } = body;
    await writeAudit(store, {
      ...actor(c),
      action: 'user_update',
      target: user.id,
      detail: { ...changes, passwordReset: Boolean(body.password) },
    });
    return c.json({ user: toPublicUser(updated) });
  });

  app.delete('/:id', async (c) => {
    const user = await managedUser(c);
    if (user.id === c.get('authUser').id) throw new ApiError(400, 'self_delete', 'You cannot delete yourself.');
    await saveUser(store, user, { deleted: true });
    await revokeUserSessions(store, user.id);
    await writeAudit(store, { ...actor(c), action: 'user_delete', target: user.id, detail: { email: user.email } });
    return c.json({ ok: true });
  });
  return app;
}
