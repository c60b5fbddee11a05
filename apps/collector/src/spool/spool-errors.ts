/** Why the spool refused a record. `status` is the HTTP answer the ingest routes give. */
export class SpoolError extends Error {
  readonly code: 'spool_full' | 'spool_closed' | 'spool_write_failed';
  constructor(code: SpoolError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SpoolError';
    this.code = code;
  }
}
