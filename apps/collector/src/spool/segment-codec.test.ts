import { describe, expect, it } from 'vitest';
import { decodeSegment, encodeRecord } from './segment-codec.ts';

describe('segment codec', () => {
  const a = encodeRecord({ table: 'e', rows: [{ event_id: 'a' }] });
  const b = encodeRecord({ table: 'r', rows: [{ chunk: 1 }, { chunk: 2 }] });

  it('reads back every framed record in order', () => {
    const { records, tornBytes } = decodeSegment(Buffer.concat([a, b]));
    expect(records).toEqual([
      { table: 'e', rows: { text: '{"event_id":"a"}\n', count: 1 } },
      { table: 'r', rows: { text: '{"chunk":1},{"chunk":2}\n', count: 2 } },
    ]);
    expect(tornBytes).toBe(0);
  });

  it('stops at a torn tail: a frame cut short by a crash before its fsync', () => {
    const torn = Buffer.concat([a, b.subarray(0, b.length - 3)]);
    const { records, tornBytes } = decodeSegment(torn);
    expect(records).toHaveLength(1);
    expect(tornBytes).toBe(b.length - 3);
  });

  it('stops at a frame whose checksum does not match', () => {
    const corrupt = Buffer.from(b);
    corrupt.writeUInt8(corrupt.readUInt8(corrupt.length - 2) ^ 0xff, corrupt.length - 2);
    expect(decodeSegment(Buffer.concat([a, corrupt])).records).toHaveLength(1);
  });

  it('reads the zero-filled rest of a preallocated segment as its clean end', () => {
    const { records, tornBytes } = decodeSegment(Buffer.concat([a, b, Buffer.alloc(100_000)]));
    expect(records).toHaveLength(2);
    expect(tornBytes).toBe(0);
    expect(decodeSegment(Buffer.concat([a, Buffer.alloc(5)])).tornBytes).toBe(0);
  });

  it('still counts a torn frame inside preallocated zeros as torn', () => {
    const torn = Buffer.concat([a, b.subarray(0, b.length - 3), Buffer.alloc(1000)]);
    const { records, tornBytes } = decodeSegment(torn);
    expect(records).toHaveLength(1);
    expect(tornBytes).toBe(b.length - 3 + 1000);
  });
});
