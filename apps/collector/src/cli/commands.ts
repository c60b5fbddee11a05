import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { AdminClient } from './admin-client.ts';

/** What a command may print: the CLI passes `console.log`. */
export type Print = (text: string) => void;
type Flags = Record<string, string | string[] | boolean | undefined>;

interface UserJson {
  id: string;
  email: string;
  name: string;
  role: string;
  agencyId: string;
  mustChangePassword: boolean;
}
interface SiteJson {
  key: string;
  name: string;
  agency: string;
  origins: string[];
  retentionDays: number;
}

/** The one-line usage errors of commands. */
export class UsageError extends Error {
  readonly code = 'usage';
}

function need(flags: Flags, name: string): string {
  const value = flags[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

function list(flags: Flags, name: string): string[] {
  const value = flags[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

async function findUser(api: AdminClient, emailOrId: string): Promise<UserJson> {
  const { users } = await api.call<{ users: UserJson[] }>('GET', '/api/admin/users');
  const user = users.find((u) => u.id === emailOrId || u.email === emailOrId.toLowerCase());
  if (!user) throw new UsageError(`no user ${emailOrId}`);
  return user;
}

/**
 * The admin CLI's commands, each `(api, flags, print)`; they call the collector's admin API.
 *
 * @example
 * await COMMANDS['users list']!(api, {}, console.log);
 */
export const COMMANDS: Record<string, (api: AdminClient, flags: Flags, print: Print) => Promise<void>> = {
  async 'users list'(api, _flags, print) {
    const { users } = await api.call<{ users: UserJson[] }>('GET', '/api/admin/users');
    for (const u of users)
      print(
        `${u.id}\t${u.email}\t${u.role}\t${u.agencyId}\t${u.name}${u.mustChangePassword ? '\t(must change password)' : ''}`,
      );
  },
  async 'users add'(api, flags, print) {
    const body = {
      email: need(flags, 'email'),
      name: typeof flags.name === 'string' ? flags.name : need(flags, 'email'),
      role: need(flags, 'role'),
      ...(typeof flags.agency === 'string' ? { agencyId: flags.agency } : {}),
    };
    const res = await api.call<{ user: UserJson; oneTimePassword?: string }>('POST', '/api/admin/users', body);
    print(`created ${res.user.id} ${res.user.email} (${res.user.role}, ${res.user.agencyId})`);
    if (res.oneTimePassword)
      print(`one-time password (shown once, must be changed at first login): ${res.oneTimePassword}`);
  },
  async 'users reset-password'(api, flags, print) {
    const user = await findUser(api, need(flags, 'user'));
    const password =
      typeof flags['new-password'] === 'string' ? flags['new-password'] : randomBytes(15).toString('base64url');
    await api.call('PATCH', `/api/admin/users/${encodeURIComponent(user.id)}`, { password, unlock: true });
    print(`password of ${user.email} reset and account unlocked; it must be changed at next login.`);
    if (typeof flags['new-password'] !== 'string') print(`one-time password (shown once): ${password}`);
  },
  async 'sites list'(api, _flags, print) {
    const { sites } = await api.call<{ sites: SiteJson[] }>('GET', '/api/admin/sites');
    for (const s of sites)
      print(`${s.key}\t${s.agency || '-'}\t${s.retentionDays}d\t${s.origins.join(',')}\t${s.name}`);
  },
  async 'sites add'(api, flags, print) {
    const body = {
      key: need(flags, 'key'),
      name: need(flags, 'name'),
      origins: list(flags, 'origin'),
      ...(typeof flags.agency === 'string' ? { agency: flags.agency } : {}),
      ...(typeof flags['retention-days'] === 'string' ? { retentionDays: Number(flags['retention-days']) } : {}),
    };
    const { site } = await api.call<{ site: SiteJson }>('POST', '/api/admin/sites', body);
    print(`created site ${site.key} (${site.agency || 'no agency'})`);
  },
  async 'sites delete'(api, flags, print) {
    const key = need(flags, 'key');
    if (flags.yes !== true) throw new UsageError(`deleting ${key} deletes all its data: add --yes`);
    await api.call('DELETE', `/api/admin/sites/${encodeURIComponent(key)}`);
    print(`deleted site ${key} and its data`);
  },
  async 'agencies list'(api, _flags, print) {
    const { agencies } = await api.call<{ agencies: { id: string; name: string }[] }>('GET', '/api/admin/agencies');
    for (const a of agencies) print(`${a.id}\t${a.name}`);
  },
  async 'agencies add'(api, flags, print) {
    await api.call('POST', '/api/admin/agencies', { id: need(flags, 'id'), name: need(flags, 'name') });
    print(`created agency ${flags.id}`);
  },
  async 'tokens create'(api, flags, print) {
    const user = await findUser(api, need(flags, 'user'));
    const body = {
      userId: user.id,
      name: typeof flags.name === 'string' ? flags.name : 'cli',
      ...(typeof flags.days === 'string' ? { expiresInDays: Number(flags.days) } : {}),
    };
    const { token, secret } = await api.call<{ token: { id: string; expiresAt: string }; secret: string }>(
      'POST',
      '/api/admin/tokens',
      body,
    );
    print(`token ${token.id} for ${user.email}, expires ${token.expiresAt}`);
    print(`secret (shown once): ${secret}`);
    print(`use: user = ${token.id} (or ${user.email}), password = the secret, at <collector>/clickhouse`);
  },
  async 'clickhouse-grants'(api, flags, print) {
    const user = typeof flags['collector-user'] === 'string' ? flags['collector-user'] : 'default';
    const { sql, credentials } = await api.call<{ sql: string; credentials: { user: string; password: string }[] }>(
      'GET',
      `/api/admin/clickhouse-grants?collectorUser=${encodeURIComponent(user)}`,
    );
    const out = need(flags, 'out');
    await writeFile(out, sql, { mode: 0o600 });
    print(`wrote ${out}: run it on the ClickHouse server as an admin user (clickhouse-client --multiquery < ${out}).`);
    for (const c of credentials) print(`analyst ${c.user}\tpassword (shown once): ${c.password}`);
  },
};
