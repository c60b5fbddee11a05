import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTenancyFixture, type TenancyFixture } from '../auth/tenancy-fixture.ts';
import { createStore } from '../store/create-store.ts';
import { compressBlocks } from './block-compression.ts';
import { cityHash128 } from './cityhash128.ts';

/** Every compressed frame ClickHouse wrote into the column files under `dir`. */
function framesUnder(dir: string): Buffer[] {
  const frames: Buffer[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) frames.push(...framesUnder(path));
    else if (entry.endsWith('.bin')) {
      const file = readFileSync(path);
      for (let at = 0; at + 25 <= file.length; at += 16 + file.readUInt32LE(at + 17)) {
        frames.push(file.subarray(at, at + 16 + file.readUInt32LE(at + 17)));
      }
    }
  }
  return frames;
}

/** A plain LZ4 block decoder (literals and matches), written from the LZ4 block format. */
function lz4Decode(block: Buffer): Buffer {
  const out: number[] = [];
  let i = 0;
  while (i < block.length) {
    const token = block[i++] ?? 0;
    let literals = token >> 4;
    if (literals === 15) for (let b = 255; b === 255; literals += b) b = block[i++] ?? 0;
    for (let n = 0; n < literals; n++) out.push(block[i++] ?? 0);
    if (i >= block.length) break;
    const offset = (block[i] ?? 0) | ((block[i + 1] ?? 0) << 8);
    i += 2;
    let match = (token & 15) + 4;
    if ((token & 15) === 15) for (let b = 255; b === 255; match += b) b = block[i++] ?? 0;
    for (let n = 0; n < match; n++) out.push(out[out.length - offset] ?? 0);
  }
  return Buffer.from(out);
}

/** Reads ClickHouse block-compressed bytes back, checking every checksum. */
function readBlocks(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < data.length; ) {
    const size = data.readUInt32LE(at + 17);
    const [low, high] = cityHash128(data.subarray(at + 16, at + 16 + size));
    expect([low, high]).toEqual([data.readBigUInt64LE(at), data.readBigUInt64LE(at + 8)]);
    expect(data[at + 16]).toBe(0x82);
    const plain = lz4Decode(data.subarray(at + 25, at + 16 + size));
    expect(plain.length).toBe(data.readUInt32LE(at + 21));
    parts.push(plain);
    at += 16 + size;
  }
  return Buffer.concat(parts);
}

describe('CityHash128 v1.0.2, against the checksums ClickHouse writes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'minwon-ux-cityhash-'));
    const store = createStore({ mode: 'embedded', path: dir, database: 'v' });
    const { client } = store;
    await client.command({ query: 'CREATE DATABASE v' });
    await client.command({
      query:
        'CREATE TABLE v.t (n UInt32, s String CODEC(NONE)) ENGINE = MergeTree ORDER BY n SETTINGS min_bytes_for_wide_part = 0',
    });
    // One part per insert: frames of every length class the hash treats differently (0–16, 17–127, ≥128).
    const lengths = [
      0, 1, 3, 4, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 118, 119, 120, 127, 128, 129, 200, 255, 256, 300,
      1000, 5000,
    ];
    for (const [n, len] of lengths.entries()) {
      await client.command({
        query: `INSERT INTO v.t SELECT ${n}, substring(repeat('abcdefghijklmnopqrstuvwxyz0123456789', 200), 1, ${len})`,
      });
    }
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('matches every frame checksum', () => {
    const frames = framesUnder(join(dir, 'store'));
    expect(frames.length).toBeGreaterThan(50);
    const sizes = new Set<number>();
    for (const frame of frames) {
      sizes.add(frame.length - 16);
      expect(cityHash128(frame.subarray(16))).toEqual([frame.readBigUInt64LE(0), frame.readBigUInt64LE(8)]);
    }
    expect([...sizes].some((s) => s < 16) && [...sizes].some((s) => s >= 128)).toBe(true);
  });
});

describe('compress=1 on the SQL port', () => {
  let f: TenancyFixture;
  beforeAll(async () => {
    f = await startTenancyFixture();
  });
  afterAll(() => f.collector.close());

  it('frames data of any size so a reader checking checksums gets it back', async () => {
    for (const size of [0, 1, 14, 15, 16, 270, 70_000, (1 << 20) + 5]) {
      const data = Buffer.from(Array.from({ length: size }, (_, i) => (i * 31) % 251));
      expect(readBlocks(await compressBlocks(data)).equals(data), String(size)).toBe(true);
    }
  });

  it('answers block-compressed, and gzipped on top when asked for both', async () => {
    const auth = { 'x-clickhouse-user': f.analyst.tokenId, 'x-clickhouse-key': f.analyst.secret };
    const res = await f.collector.sqlApp.request('/?compress=1&default_format=TSV', {
      method: 'POST',
      headers: auth,
      body: 'SELECT site_id, count() FROM events GROUP BY site_id',
    });
    expect(res.status).toBe(200);
    expect(readBlocks(Buffer.from(await res.arrayBuffer())).toString()).toBe('site-a\t2\n');
    const both = await f.collector.sqlApp.request('/?compress=1&enable_http_compression=1', {
      method: 'POST',
      headers: { ...auth, 'accept-encoding': 'gzip' },
      body: 'SELECT 5',
    });
    expect(both.headers.get('content-encoding')).toBe('gzip');
    const { gunzipSync } = await import('node:zlib');
    expect(readBlocks(gunzipSync(Buffer.from(await both.arrayBuffer()))).toString()).toBe('5\n');
  });
});
