// CityHash128 as ClickHouse uses it for its block checksums: version 1.0.2 (Geoff Pike and Jyrki
// Alakuijala, Google; MIT licence), written from the published algorithm with BigInt arithmetic.
const MASK = (1n << 64n) - 1n;
const K0 = 0xc3a5c85c97cb3127n;
const K1 = 0xb492b66fbe98f273n;
const K2 = 0x9ae16a3b2f90404fn;
const K3 = 0xc949d7c7509e6557n;
const KMUL = 0x9ddfea08eb382d69n;

type U128 = readonly [low: bigint, high: bigint];

const mul = (a: bigint, b: bigint) => (a * b) & MASK;
const add = (...values: bigint[]) => values.reduce((sum, v) => sum + v, 0n) & MASK;
const sub = (a: bigint, b: bigint) => (a - b) & MASK;
const rotate = (v: bigint, shift: bigint) => (shift === 0n ? v : ((v >> shift) | (v << (64n - shift))) & MASK);
const shiftMix = (v: bigint) => v ^ (v >> 47n);

function fetch64(s: Uint8Array, i: number): bigint {
  return new DataView(s.buffer, s.byteOffset + i, 8).getBigUint64(0, true);
}

function fetch32(s: Uint8Array, i: number): bigint {
  return BigInt(new DataView(s.buffer, s.byteOffset + i, 4).getUint32(0, true));
}

function hashLen16(u: bigint, v: bigint): bigint {
  let a = mul(u ^ v, KMUL);
  a ^= a >> 47n;
  let b = mul(v ^ a, KMUL);
  b ^= b >> 47n;
  return mul(b, KMUL);
}

function hashLen0to16(s: Uint8Array, i: number, len: number): bigint {
  const n = BigInt(len);
  if (len > 8) {
    const a = fetch64(s, i);
    const b = fetch64(s, i + len - 8);
    return hashLen16(a, rotate(add(b, n), n)) ^ b;
  }
  if (len >= 4) return hashLen16(add(n, (fetch32(s, i) << 3n) & MASK), fetch32(s, i + len - 4));
  if (len > 0) {
    const y = (BigInt(s[i] ?? 0) + (BigInt(s[i + (len >> 1)] ?? 0) << 8n)) & 0xffffffffn;
    const z = (n + (BigInt(s[i + len - 1] ?? 0) << 2n)) & 0xffffffffn;
    return mul(shiftMix(mul(y, K2) ^ mul(z, K3)), K2);
  }
  return K2;
}

function weakHashLen32WithSeeds(s: Uint8Array, i: number, seedA: bigint, seedB: bigint): [bigint, bigint] {
  const w = fetch64(s, i);
  const x = fetch64(s, i + 8);
  const y = fetch64(s, i + 16);
  const z = fetch64(s, i + 24);
  let a = add(seedA, w);
  let b = rotate(add(seedB, a, z), 21n);
  const c = a;
  a = add(a, x, y);
  b = add(b, rotate(a, 44n));
  return [add(a, z), add(b, c)];
}

function cityMurmur(s: Uint8Array, i: number, len: number, [seedLow, seedHigh]: U128): U128 {
  let a = seedLow;
  let b = seedHigh;
  let c: bigint;
  let d: bigint;
  let l = len - 16;
  if (l <= 0) {
    a = mul(shiftMix(mul(a, K1)), K1);
    c = add(mul(b, K1), hashLen0to16(s, i, len));
    d = shiftMix(add(a, len >= 8 ? fetch64(s, i) : c));
  } else {
    c = hashLen16(add(fetch64(s, i + len - 8), K1), a);
    d = hashLen16(add(b, BigInt(len)), add(c, fetch64(s, i + len - 16)));
    a = add(a, d);
    let p = i;
    do {
      a ^= mul(shiftMix(mul(fetch64(s, p), K1)), K1);
      a = mul(a, K1);
      b ^= a;
      c ^= mul(shiftMix(mul(fetch64(s, p + 8), K1)), K1);
      c = mul(c, K1);
      d ^= c;
      p += 16;
      l -= 16;
    } while (l > 0);
  }
  a = hashLen16(a, c);
  b = hashLen16(d, b);
  return [a ^ b, hashLen16(b, a)];
}

function cityHash128WithSeed(s: Uint8Array, i: number, length: number, seed: U128): U128 {
  if (length < 128) return cityMurmur(s, i, length, seed);
  let len = length;
  let [x, y] = seed;
  let z = mul(BigInt(len), K1);
  let v: [bigint, bigint] = [0n, 0n];
  let w: [bigint, bigint] = [0n, 0n];
  v[0] = add(mul(rotate(y ^ K1, 49n), K1), fetch64(s, i));
  v[1] = add(mul(rotate(v[0], 42n), K1), fetch64(s, i + 8));
  w[0] = add(mul(rotate(add(y, z), 35n), K1), x);
  w[1] = mul(rotate(add(x, fetch64(s, i + 88)), 53n), K1);
  let p = i;
  do {
    for (let half = 0; half < 2; half++) {
      x = mul(rotate(add(x, y, v[0], fetch64(s, p + 16)), 37n), K1);
      y = mul(rotate(add(y, v[1], fetch64(s, p + 48)), 42n), K1);
      x ^= w[1];
      y ^= v[0];
      z = rotate(z ^ w[0], 33n);
      v = weakHashLen32WithSeeds(s, p, mul(v[1], K1), add(x, w[0]));
      w = weakHashLen32WithSeeds(s, p + 32, add(z, w[1]), y);
      [z, x] = [x, z];
      p += 64;
    }
    len -= 128;
  } while (len >= 128);
  y = add(y, mul(rotate(w[0], 37n), K0), z);
  x = add(x, mul(rotate(add(v[0], z), 49n), K0));
  for (let tailDone = 0; tailDone < len; ) {
    tailDone += 32;
    y = add(mul(rotate(sub(y, x), 42n), K0), v[1]);
    w[0] = add(w[0], fetch64(s, p + len - tailDone + 16));
    x = add(mul(rotate(x, 49n), K0), w[0]);
    w[0] = add(w[0], v[0]);
    v = weakHashLen32WithSeeds(s, p + len - tailDone, v[0], v[1]);
  }
  x = hashLen16(x, v[0]);
  y = hashLen16(y, w[0]);
  return [add(hashLen16(add(x, v[1]), w[1]), y), hashLen16(add(x, w[1]), add(y, v[1]))];
}

/**
 * CityHash128 (v1.0.2) of `data`, as `[low64, high64]` — the checksum ClickHouse writes before every
 * compressed block (low half first, little-endian).
 *
 * @example
 * const [low, high] = cityHash128(new TextEncoder().encode('abc'));
 */
export function cityHash128(data: Uint8Array): U128 {
  const len = data.length;
  if (len >= 16) return cityHash128WithSeed(data, 16, len - 16, [fetch64(data, 0) ^ K3, fetch64(data, 8)]);
  if (len >= 8) {
    return cityHash128WithSeed(data, 0, 0, [fetch64(data, 0) ^ mul(BigInt(len), K0), fetch64(data, len - 8) ^ K1]);
  }
  return cityHash128WithSeed(data, 0, len, [K0, K1]);
}
