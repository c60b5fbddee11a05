import { randomUUID } from 'node:crypto';
import { startTestCollector, type TestCollector, type TestSession } from '../testing.ts';

/** Two agencies, each with a site, events and an admin; plus an analyst with an API token in A. */
export interface TenancyFixture {
  collector: TestCollector;
  admin: TestSession;
  alice: TestSession & { id: string };
  bob: TestSession & { id: string };
  analyst: { id: string; email: string; tokenId: string; secret: string };
  bobToken: { tokenId: string; secret: string };
  /** Strings that must never appear in a response to agency A. */
  secretsOfB: string[];
}

const PASSWORD = 'correct-horse-battery';

async function json<T>(res: Response): Promise<T> {
  if (res.status >= 300) throw new Error(`${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Boots a test collector with agencies `agency-a`/`agency-b`, sites `site-a`/`site-b` with events,
 * admins alice (A) and bob (B), and an analyst of A holding an API token.
 *
 * @example
 * const f = await startTenancyFixture({ MINWON_SQL_MAX_ROWS: '100' });
 */
export async function startTenancyFixture(env: Record<string, string> = {}): Promise<TenancyFixture> {
  const collector = await startTestCollector({
    env,
    sites: [
      { key: 'site-a', name: '가구청 민원', agency: 'agency-a', origins: ['https://a.example.go.kr'] },
      { key: 'site-b', name: 'Bsecret-site-name', agency: 'agency-b', origins: ['https://b.example.go.kr'] },
    ],
  });
  const admin = await collector.login();
  const post = (path: string, body: unknown) =>
    collector.app.request(path, {
      method: 'POST',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  await json(await post('/api/admin/agencies', { id: 'agency-a', name: 'Agency A' }));
  await json(await post('/api/admin/agencies', { id: 'agency-b', name: 'Agency B' }));
  const user = async (email: string, role: string, agencyId: string) => {
    const { user } = await json<{ user: { id: string } }>(
      await post('/api/admin/users', { email, name: email, role, agencyId, password: PASSWORD }),
    );
    return user.id;
  };
  const aliceId = await user('alice@a.example.go.kr', 'admin', 'agency-a');
  const bobId = await user('bob-secret@b.example.go.kr', 'admin', 'agency-b');
  const analystId = await user('ana@a.example.go.kr', 'analyst', 'agency-a');
  const bobAnalystId = await user('bea@b.example.go.kr', 'analyst', 'agency-b');
  const token = await json<{ token: { id: string }; secret: string }>(
    await post('/api/admin/tokens', { userId: analystId, name: 'nb' }),
  );
  const tokenB = await json<{ token: { id: string }; secret: string }>(
    await post('/api/admin/tokens', { userId: bobAnalystId, name: 'nb' }),
  );
  const login = async (email: string, id: string) => {
    const first = await collector.login(email, PASSWORD);
    const changed = await collector.app.request('/api/auth/password', {
      method: 'POST',
      headers: { ...first.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ current: PASSWORD, next: `${PASSWORD}-2` }),
    });
    await json(changed);
    return { ...(await collector.login(email, `${PASSWORD}-2`)), id };
  };
  const now = Date.now();
  const event = (site: string, path: string) => ({
    site_id: site,
    event_id: randomUUID(),
    session_id: `s-${site}`,
    ts: new Date(now - 3_600_000).toISOString().replace('T', ' ').replace('Z', ''),
    received_at: new Date(now).toISOString().replace('T', ' ').replace('Z', ''),
    kind: 'page_view',
    path,
  });
  await collector.runtime.store.client.insert({
    table: 'minwon_ux.events',
    format: 'JSONEachRow',
    values: [
      event('site-a', '/a/apply'),
      event('site-a', '/a/apply'),
      event('site-b', '/Bsecret-path'),
      event('site-b', '/Bsecret-path'),
      event('site-b', '/Bsecret-path'),
    ],
  });
  return {
    collector,
    admin,
    alice: await login('alice@a.example.go.kr', aliceId),
    bob: await login('bob-secret@b.example.go.kr', bobId),
    analyst: { id: analystId, email: 'ana@a.example.go.kr', tokenId: token.token.id, secret: token.secret },
    bobToken: { tokenId: tokenB.token.id, secret: tokenB.secret },
    secretsOfB: ['site-b', 'Bsecret', 'bob-secret', 'agency-b', bobId, tokenB.token.id],
  };
}
