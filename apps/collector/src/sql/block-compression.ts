import { setImmediate as nextTurn } from 'node:timers/promises';
import { cityHash128 } from './cityhash128.ts';

/** ClickHouse's method byte for LZ4 blocks. */
const LZ4 = 0x82;
const HEADER = 9;
/**
 * Bytes per frame: ClickHouse writes up to 1 MiB, readers take any size. Hashing 64 KiB takes ~8 ms,
 * and the event loop gets a turn between frames, so ingest never waits behind a big answer.
 */
const BLOCK = 1 << 16;

/** An LZ4 block of one literal run (valid LZ4; it does not shrink, it frames). */
function lz4Literals(data: Uint8Array): Buffer {
  const extra: number[] = [];
  if (data.length >= 15) {
    let rest = data.length - 15;
    while (rest >= 255) {
      extra.push(255);
      rest -= 255;
    }
    extra.push(rest);
  }
  return Buffer.concat([Buffer.from([Math.min(data.length, 15) << 4, ...extra]), data]);
}

/**
 * An answer in ClickHouse's block compression (`compress=1`, what JDBC drivers ask for by default):
 * frames of checksum (CityHash128 v1.0.2 of the rest), method, compressed and uncompressed sizes, and
 * an LZ4 block — here one literal run per frame, so the bytes are framed, not shrunk (ask for gzip with
 * `enable_http_compression=1` to save bandwidth, and CPU: hashing costs ~130 ms per MiB).
 *
 * @example
 * const framed = await compressBlocks(Buffer.from('1\n'));
 */
export async function compressBlocks(data: Buffer): Promise<Buffer> {
  const frames: Buffer[] = [];
  for (let start = 0; start < data.length || (start === 0 && frames.length === 0); start += BLOCK) {
    const chunk = data.subarray(start, start + BLOCK);
    const block = lz4Literals(chunk);
    const frame = Buffer.alloc(16 + HEADER + block.length);
    frame[16] = LZ4;
    frame.writeUInt32LE(HEADER + block.length, 17);
    frame.writeUInt32LE(chunk.length, 21);
    block.copy(frame, 16 + HEADER);
    const [low, high] = cityHash128(frame.subarray(16));
    frame.writeBigUInt64LE(low, 0);
    frame.writeBigUInt64LE(high, 8);
    frames.push(frame);
    if (data.length === 0) break;
    if (start + BLOCK < data.length) await nextTurn();
  }
  return Buffer.concat(frames);
}
