#!/usr/bin/env -S node --import tsx
import { parseArgs } from 'node:util';
import { AdminApiError, AdminClient } from './cli/admin-client.ts';
import { COMMANDS, UsageError } from './cli/commands.ts';
import { ddlCommand } from './cli/ddl-command.ts';
import { migrateCommand } from './cli/migrate-command.ts';

const USAGE = `minwon-ux — admin CLI. It talks to a running collector over HTTP (the embedded store is locked by
the collector process), logging in as an admin.

  minwon-ux users list
  minwon-ux users add --email E --role admin|designer|analyst [--name N] [--agency A]
  minwon-ux users reset-password --user EMAIL|ID [--new-password P]
  minwon-ux agencies list | agencies add --id ID --name N
  minwon-ux sites list
  minwon-ux sites add --key K --name N --origin https://… [--origin …] [--agency A] [--retention-days D]
  minwon-ux sites delete --key K --yes
  minwon-ux tokens create --user EMAIL|ID [--name N] [--days D]
  minwon-ux clickhouse-grants --out grants.sql [--collector-user default]
  minwon-ux ddl [--cluster NAME] [--database DB]   the schema as SQL, offline (no collector needed)
  minwon-ux migrate     apply pending migrations to the store of CLICKHOUSE_URL (+ CLICKHOUSE_CLUSTER)
                        or DATA_DIR, without a collector; on a cluster once per host

Connection: --url (MINWON_URL, default http://localhost:$PORT or 8787), --admin-email
(MINWON_ADMIN_EMAIL, default admin@minwon.local), --admin-password (MINWON_ADMIN_PASSWORD).`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-password': { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    agency: { type: 'string' },
    user: { type: 'string' },
    'new-password': { type: 'string' },
    key: { type: 'string' },
    id: { type: 'string' },
    origin: { type: 'string', multiple: true },
    'retention-days': { type: 'string' },
    days: { type: 'string' },
    out: { type: 'string' },
    'collector-user': { type: 'string' },
    cluster: { type: 'string' },
    database: { type: 'string' },
    yes: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (positionals[0] === 'ddl' && !values.help) {
  try {
    process.stdout.write(ddlCommand(values));
    process.exit(0);
  } catch (err) {
    console.error(`minwon-ux: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(err instanceof UsageError ? 2 : 1);
  }
}
if (positionals[0] === 'migrate' && !values.help) {
  try {
    const applied = await migrateCommand(process.env);
    console.log(applied.length > 0 ? `applied: ${applied.join(', ')}` : 'nothing to apply');
    process.exit(0);
  } catch (err) {
    console.error(`minwon-ux: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
const name = positionals[0] === 'clickhouse-grants' ? 'clickhouse-grants' : positionals.slice(0, 2).join(' ');
const command = COMMANDS[name];
if (values.help || !command) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
const url = values.url ?? process.env.MINWON_URL ?? `http://localhost:${process.env.PORT ?? 8787}`;
const email = values['admin-email'] ?? process.env.MINWON_ADMIN_EMAIL ?? 'admin@minwon.local';
const password = values['admin-password'] ?? process.env.MINWON_ADMIN_PASSWORD;
try {
  if (!password) throw new UsageError('give the admin password: --admin-password or MINWON_ADMIN_PASSWORD');
  const api = await AdminClient.login(url, email, password);
  await command(api, values, (text) => console.log(text));
} catch (err) {
  if (err instanceof UsageError || err instanceof AdminApiError) {
    console.error(`minwon-ux: ${err.message}${err instanceof AdminApiError ? ` (${err.code})` : ''}`);
    process.exit(err instanceof UsageError ? 2 : 1);
  }
  console.error(`minwon-ux: ${err instanceof Error ? err.message : String(err)} — is the collector running at ${url}?`);
  process.exit(1);
}
