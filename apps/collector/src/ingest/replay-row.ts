/** One row of `minwon_ux.replay_chunks` as inserted with JSONEachRow. */
export interface ReplayRow {
  site_id: string;
  session_id: string;
  chunk: number;
  received_at: number;
  ts: number;
  path: string;
  event_count: number;
  /** The chunk's rrweb events as JSON, every string scrubbed; stored with ZSTD. */
  data: string;
  retention_days: number;
}
