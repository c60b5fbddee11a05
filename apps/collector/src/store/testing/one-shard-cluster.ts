import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a ClickHouse configuration file defining `cluster` as one shard of one replica on this
 * host, for chdb's `--config-file`: the Distributed engine then runs in-process. `tcp_port` must match
 * the replica's port for ClickHouse to see the replica as itself (nothing listens on it).
 *
 * @example
 * const configFile = writeOneShardCluster(dir, 'minwon');
 * const store = createStore({ mode: 'embedded', path, database: 'minwon_ux', configFile, cluster: 'minwon' });
 */
export function writeOneShardCluster(dir: string, cluster: string): string {
  const file = join(dir, 'one-shard-cluster.xml');
  writeFileSync(
    file,
    `<clickhouse>
  <tcp_port>9000</tcp_port>
  <remote_servers>
    <${cluster}>
      <shard>
        <internal_replication>true</internal_replication>
        <replica><host>localhost</host><port>9000</port></replica>
      </shard>
    </${cluster}>
  </remote_servers>
  <macros><shard>01</shard><replica>chdb</replica></macros>
</clickhouse>
`,
  );
  return file;
}
