// The "Analyst SQL" lines `pnpm start` prints: a token for the demo's admin (made once on first start
// and kept in DATA_DIR/demo-sql-token.json, readable by its owner only) and a curl line that works as
// printed against the SQL port.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface DemoToken {
  id: string;
  secret: string;
}

async function createToken(collectorUrl: string, email: string, password: string): Promise<DemoToken> {
  const login = await fetch(`${collectorUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: collectorUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`login for the SQL token failed (${login.status})`);
  const { user, csrfToken } = (await login.json()) as { user: { id: string }; csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const res = await fetch(`${collectorUrl}/api/admin/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken, origin: collectorUrl },
    body: JSON.stringify({ userId: user.id, name: 'pnpm start: analyst SQL', expiresInDays: 365 }),
  });
  if (!res.ok) throw new Error(`creating the SQL token failed (${res.status})`);
  const { token, secret } = (await res.json()) as { token: { id: string }; secret: string };
  return { id: token.id, secret };
}

/**
 * The SQL port's lines for the start banner, with a token that works: made with the admin's password
 * when it is known (first start), otherwise the one kept from the first start.
 *
 * @example
 * process.stdout.write(await sqlSnippet({ collectorUrl, sqlPort: 8123, dataDir, adminEmail, adminPassword }));
 */
export async function sqlSnippet({
  collectorUrl,
  sqlPort,
  dataDir,
  adminEmail,
  adminPassword,
}: {
  collectorUrl: string;
  sqlPort: number;
  dataDir: string;
  adminEmail: string;
  adminPassword: string | undefined;
}): Promise<string> {
  if (sqlPort === 0) return `  Analyst SQL    ${collectorUrl}/clickhouse   (the SQL port is off: MINWON_SQL_PORT=0)\n`;
  const file = join(dataDir, 'demo-sql-token.json');
  let token: DemoToken | undefined = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as DemoToken)
    : undefined;
  if (!token && adminPassword) {
    token = await createToken(collectorUrl, adminEmail, adminPassword);
    writeFileSync(file, JSON.stringify(token), { mode: 0o600 });
  }
  const url = `http://localhost:${sqlPort}`;
  if (!token) {
    return `  Analyst SQL    ${url}/   (ClickHouse HTTP interface; user = API token id, password = its secret:
                 node --import tsx apps/collector/src/cli.ts tokens create --user ${adminEmail} --name sql)\n`;
  }
  return `  Analyst SQL    ${url}/   (ClickHouse HTTP interface: host localhost, port ${sqlPort}, database minwon_ux)
                 user ${token.id}   password ${token.secret}
                 curl -u '${token.id}:${token.secret}' '${url}/' --data-binary 'SELECT kind, count() FROM events GROUP BY kind'
                 (Grafana, Metabase, DBeaver, Python: docs/ANALYST-SQL.md)\n`;
}
