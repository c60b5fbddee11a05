import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../../http/api-error.ts';
import { writeAudit } from '../audit-log.ts';
import type { AuthDeps } from '../auth-context.ts';
import { readJson } from '../read-json.ts';
import { SQL_ROLES } from '../sql-roles.ts';
import { createApiToken, findApiToken, listApiTokens, revokeApiToken } from '../token-store.ts';
import { findUserById, listUsers } from '../user-store.ts';
import { actor, assertManages, managedAgency } from './admin-scope.ts';

const createSchema = z.strictObject({
  userId: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  expiresInDays: z.number().int().min(1).max(3650).default(365),
});

/**
 * `GET/POST /api/admin/tokens`, `DELETE /api/admin/tokens/:id`: analyst API tokens for `/clickhouse`.
 * POST answers the secret once: `{ token, secret }`; use `token.id` (or the email) as user name.
 *
 * @example
 * admin.route('/tokens', createTokenRoutes(auth));
 */
export function createTokenRoutes({ store }: AuthDeps) {
  const app = new Hono();
  app.get('/', async (c) => {
    const users = await listUsers(store, managedAgency(c));
    return c.json({
      tokens: await listApiTokens(
        store,
        users.map((u) => u.id),
      ),
    });
  });
  app.post('/', async (c) => {
    const body = await readJson(c, createSchema);
    const user = await findUserById(store, body.userId);
    assertManages(c, user?.agencyId, 'user');
    if (!SQL_ROLES.includes(user!.role))
      throw new ApiError(400, 'role_not_allowed', 'Tokens are for analysts and admins.');
    const { token, secret } = await createApiToken(store, {
      userId: user!.id,
      name: body.name,
      ttlDays: body.expiresInDays,
    });
    await writeAudit(store, {
      ...actor(c),
      action: 'token_create',
      target: token.id,
      detail: { userId: user!.id, name: body.name },
    });
    return c.json({ token, secret }, 201);
  });
  app.delete('/:id', async (c) => {
    const token = await findApiToken(store, c.req.param('id'));
    const owner = token ? await findUserById(store, token.userId) : undefined;
    assertManages(c, owner?.agencyId, 'token');
    await revokeApiToken(store, token!.id);
    await writeAudit(store, { ...actor(c), action: 'token_revoke', target: token!.id });
    return c.json({ ok: true });
  });
  return app;
}
