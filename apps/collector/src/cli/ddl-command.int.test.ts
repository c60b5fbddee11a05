import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitStatements } from '../store/ddl/render-schema.ts';

const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
const run = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', cli, 'ddl', ...args], {
    encoding: 'utf8',
    // No collector anywhere: the command must not need one.
    env: { ...process.env, MINWON_URL: 'http://127.0.0.1:9', CLICKHOUSE_CLUSTER: '' },
  });

describe('minwon-ux ddl', () => {
  it('prints the single-node schema offline, every statement ending in a semicolon', () => {
    const text = run();
    const statements = splitStatements(text);
    expect(statements.length).toBeGreaterThan(40);
    expect(text.trimEnd().endsWith(';')).toBe(true);
    expect(statements.filter((s) => !text.includes(`${s};`))).toEqual([]);
    expect(text).toContain('ENGINE = MergeTree\nPARTITION BY toYYYYMM(ts)');
    expect(text).not.toMatch(/Replicated|Distributed/);
  });

  it('prints the cluster schema with --cluster, in another database with --database', () => {
    const text = run('--cluster', 'prod_cluster', '--database', 'ux');
    expect(text).toContain(
      "CREATE TABLE IF NOT EXISTS ux.events AS ux.events_local\nENGINE = Distributed('prod_cluster', 'ux', 'events_local', cityHash64(session_id));",
    );
    expect(text).toContain("ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}')");
    expect(text).not.toContain('minwon_ux.');
  });

  it('refuses a cluster name that is not one', () => {
    expect(() => run('--cluster', "x'; DROP")).toThrow(/cluster name/);
  });
});
