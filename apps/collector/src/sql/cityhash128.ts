// CityHash128 as ClickHouse uses it for its block checksums: version 1.0.2 (Geoff Pike and Jyrki
// Alakuijala, Google; MIT licence), written from the published algorithm. 64-bit words are pairs of
// unsigned 32-bit numbers `[high, low]` (~130 ms per MiB; BigInt words took ~300).
type U64 = readonly [hi: number, lo: number];

const K0: U64 = [0xc3a5c85c, 0x97cb3127];
const K1: U64 = [0xb492b66f, 0xbe98f273];
const K2: U64 = [0x9ae16a3b, 0x2f90404f];
const K3: U64 = [0xc949d7c7, 0x509e6557];
const KMUL: U64 = [0x9ddfea08, 0xeb382d69];

function add(a: U64, b: U64): U64 {
  const lo = a[1] + b[1];
  return [(a[0] + b[0] + (lo > 0xffffffff ? 1 : 0)) >>> 0, lo >>> 0];
}

function sub(a: U64, b: U64): U64 {
  return [(a[0] - b[0] - (a[1] < b[1] ? 1 : 0)) >>> 0, (a[1] - b[1]) >>> 0];
}

function xor(a: U64, b: U64): U64 {
  return [(a[0] ^ b[0]) >>> 0, (a[1] ^ b[1]) >>> 0];
}

/** The low 64 bits of a × b. */
function mul(a: U64, b: U64): U64 {
  const al = a[1];
  const bl = b[1];
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const lo = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  const carry = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + Math.floor(mid / 0x10000);
  return [(carry + Math.imul(a[0], bl) + Math.imul(al, b[0])) >>> 0, lo];
}

function shr(a: U64, n: number): U64 {
  if (n === 0) return a;
  if (n >= 32) return [0, a[0] >>> (n - 32)];
  return [a[0] >>> n, ((a[1] >>> n) | (a[0] << (32 - n))) >>> 0];
}

function shl(a: U64, n: number): U64 {
  if (n === 0) return a;
  if (n >= 32) return [(a[1] << (n - 32)) >>> 0, 0];
  return [((a[0] << n) | (a[1] >>> (32 - n))) >>> 0, (a[1] << n) >>> 0];
}

function rotate(v: U64, n: number): U64 {
  if (n === 0) return v;
  const r = shr(v, n);
  const l = shl(v, 64 - n);
  return [(r[0] | l[0]) >>> 0, (r[1] | l[1]) >>> 0];
}

const shiftMix = (v: U64): U64 => xor(v, shr(v, 47));
const num = (n: number): U64 => [Math.floor(n / 0x100000000) >>> 0, n >>> 0];

function fetch64(s: Uint8Array, i: number): U64 {
  const lo = (s[i]! | (s[i + 1]! << 8) | (s[i + 2]! << 16) | (s[i + 3]! << 24)) >>> 0;
  const hi = (s[i + 4]! | (s[i + 5]! << 8) | (s[i + 6]! << 16) | (s[i + 7]! << 24)) >>> 0;
  return [hi, lo];
}

function fetch32(s: Uint8Array, i: number): U64 {
  return [0, (s[i]! | (s[i + 1]! << 8) | (s[i + 2]! << 16) | (s[i + 3]! << 24)) >>> 0];
}

function hashLen16(u: U64, v: U64): U64 {
  let a = mul(xor(u, v), KMUL);
  a = xor(a, shr(a, 47));
  let b = mul(xor(v, a), KMUL);
  b = xor(b, shr(b, 47));
  return mul(b, KMUL);
}

function hashLen0to16(s: Uint8Array, i: number, len: number): U64 {
  if (len > 8) {
    const a = fetch64(s, i);
    const b = fetch64(s, i + len - 8);
    return xor(hashLen16(a, rotate(add(b, num(len)), len)), b);
  }
  if (len >= 4) return hashLen16(add(num(len), shl(fetch32(s, i), 3)), fetch32(s, i + len - 4));
  if (len > 0) {
    const y: U64 = [0, (s[i]! + (s[i + (len >> 1)]! << 8)) >>> 0];
    const z: U64 = [0, (len + (s[i + len - 1]! << 2)) >>> 0];
    return mul(shiftMix(xor(mul(y, K2), mul(z, K3))), K2);
  }
  return K2;
}

function weakHashLen32WithSeeds(s: Uint8Array, i: number, seedA: U64, seedB: U64): [U64, U64] {
  const z = fetch64(s, i + 24);
  let a = add(seedA, fetch64(s, i));
  let b = rotate(add(add(seedB, a), z), 21);
  const c = a;
  a = add(add(a, fetch64(s, i + 8)), fetch64(s, i + 16));
  b = add(b, rotate(a, 44));
  return [add(a, z), add(b, c)];
}

function cityMurmur(s: Uint8Array, i: number, len: number, seedLow: U64, seedHigh: U64): [U64, U64] {
  let a = seedLow;
  let b = seedHigh;
  let c: U64;
  let d: U64;
  let l = len - 16;
  if (l <= 0) {
    a = mul(shiftMix(mul(a, K1)), K1);
    c = add(mul(b, K1), hashLen0to16(s, i, len));
    d = shiftMix(add(a, len >= 8 ? fetch64(s, i) : c));
  } else {
    c = hashLen16(add(fetch64(s, i + len - 8), K1), a);
    d = hashLen16(add(b, num(len)), add(c, fetch64(s, i + len - 16)));
    a = add(a, d);
    let p = i;
    do {
      a = mul(xor(a, mul(shiftMix(mul(fetch64(s, p), K1)), K1)), K1);
      b = xor(b, a);
      c = mul(xor(c, mul(shiftMix(mul(fetch64(s, p + 8), K1)), K1)), K1);
      d = xor(d, c);
      p += 16;
      l -= 16;
    } while (l > 0);
  }
  a = hashLen16(a, c);
  b = hashLen16(d, b);
  return [xor(a, b), hashLen16(b, a)];
}

function cityHash128WithSeed(s: Uint8Array, i: number, length: number, seedLow: U64, seedHigh: U64): [U64, U64] {
  if (length < 128) return cityMurmur(s, i, length, seedLow, seedHigh);
  let len = length;
  let x = seedLow;
  let y = seedHigh;
  let z = mul(num(len), K1);
  let v0 = add(mul(rotate(xor(y, K1), 49), K1), fetch64(s, i));
  let v1 = add(mul(rotate(v0, 42), K1), fetch64(s, i + 8));
  let w0 = add(mul(rotate(add(y, z), 35), K1), x);
  let w1 = mul(rotate(add(x, fetch64(s, i + 88)), 53), K1);
  let p = i;
  do {
    for (let half = 0; half < 2; half++) {
      x = mul(rotate(add(add(add(x, y), v0), fetch64(s, p + 16)), 37), K1);
      y = mul(rotate(add(add(y, v1), fetch64(s, p + 48)), 42), K1);
      x = xor(x, w1);
      y = xor(y, v0);
      z = rotate(xor(z, w0), 33);
      [v0, v1] = weakHashLen32WithSeeds(s, p, mul(v1, K1), add(x, w0));
      [w0, w1] = weakHashLen32WithSeeds(s, p + 32, add(z, w1), y);
      [z, x] = [x, z];
      p += 64;
    }
    len -= 128;
  } while (len >= 128);
  y = add(add(y, mul(rotate(w0, 37), K0)), z);
  x = add(x, mul(rotate(add(v0, z), 49), K0));
  for (let tailDone = 0; tailDone < len; ) {
    tailDone += 32;
    y = add(mul(rotate(sub(y, x), 42), K0), v1);
    w0 = add(w0, fetch64(s, p + len - tailDone + 16));
    x = add(mul(rotate(x, 49), K0), w0);
    w0 = add(w0, v0);
    [v0, v1] = weakHashLen32WithSeeds(s, p + len - tailDone, v0, v1);
  }
  x = hashLen16(x, v0);
  y = hashLen16(y, w0);
  return [add(hashLen16(add(x, v1), w1), y), hashLen16(add(x, w1), add(y, v1))];
}

const big = ([hi, lo]: U64): bigint => (BigInt(hi) << 32n) | BigInt(lo);

/**
 * CityHash128 (v1.0.2) of `data`, as `[low64, high64]` — the checksum ClickHouse writes before every
 * compressed block (low half first, little-endian).
 *
 * @example
 * const [low, high] = cityHash128(new TextEncoder().encode('abc'));
 */
export function cityHash128(data: Uint8Array): readonly [bigint, bigint] {
  const len = data.length;
  let result: [U64, U64];
  if (len >= 16) result = cityHash128WithSeed(data, 16, len - 16, xor(fetch64(data, 0), K3), fetch64(data, 8));
  else if (len >= 8) {
    result = cityHash128WithSeed(data, 0, 0, xor(fetch64(data, 0), mul(num(len), K0)), xor(fetch64(data, len - 8), K1));
  } else result = cityHash128WithSeed(data, 0, len, K0, K1);
  return [big(result[0]), big(result[1])];
}
