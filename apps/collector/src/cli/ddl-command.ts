import { formatSchema, renderSchema } from '../store/ddl/render-schema.ts';
import { UsageError } from './commands.ts';

/**
 * `minwon-ux ddl [--cluster NAME] [--database DB]`: the whole schema as SQL, each statement ending in
 * `;`, rendered from `clickhouse/migrations` without a collector or a store — for one node, or for a
 * cluster (`Replicated*MergeTree` local tables under `Distributed` ones, docs/SCALING.md).
 *
 * @example
 * ddlCommand({ cluster: 'minwon' }); // 'CREATE DATABASE IF NOT EXISTS minwon_ux;\n…'
 */
export function ddlCommand(flags: { cluster?: string | undefined; database?: string | undefined }): string {
  const database = flags.database ?? process.env.CLICKHOUSE_DATABASE ?? 'minwon_ux';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(database)) throw new UsageError('--database must be an identifier');
  const cluster = flags.cluster || process.env.CLICKHOUSE_CLUSTER || undefined;
  if (cluster !== undefined && !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(cluster)) {
    throw new UsageError('--cluster must be a cluster name');
  }
  return formatSchema(renderSchema({ database, ...(cluster ? { cluster } : {}) }));
}
