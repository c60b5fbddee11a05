/**
 * A seeded pseudo-random source (sfc32): same seed, same sequence, on every machine. The project's one
 * PRNG: test fixtures, the demo site's synthetic traffic and simulator, benchmarks, and the collector's
 * bootstrap intervals all draw from it.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One key of `weights`, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** Log-normal duration around `median` (ms), `spread` ≈ the factor one sigma away. */
  duration(median: number, spread?: number): number;
  /** An RFC 4122 version-4 UUID built from this source. */
  uuid(): string;
  /** A derived, independent source (for a sub-stream such as one session). */
  fork(label: number): Random;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hashSeed(seed: number, label: number): [number, number, number, number] {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  const out: number[] = [];
  for (let i = 0; i < 4; i++) {
    h = Math.imul(h ^ (label + i * 0x85ebca6b), 0xcc9e2d51) >>> 0;
    h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
    h ^= h >>> 16;
    out.push(h >>> 0);
  }
  return [out[0]!, out[1]!, out[2]!, out[3]!];
}

/**
 * Creates a seeded random source.
 *
 * @example
 * const random = createRandom(1);
 * random.int(1, 6); // the same number for seed 1, every run
 */
export function createRandom(seed: number, label = 0): Random {
  let [a, b, c, d] = hashSeed(seed, label);
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (weights) => {
      const entries = Object.entries(weights) as [keyof typeof weights, number][];
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [key, weight] of entries) {
        r -= weight;
        if (r < 0) return key;
      }
      return entries[entries.length - 1]![0];
    },
    duration: (median, spread = 1.6) => {
      // Box–Muller normal, then exp: log-normal, as human task times are.
      const u = Math.max(next(), 1e-9);
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
      return Math.max(1, Math.round(median * spread ** z));
    },
    uuid: () => {
      let s = '';
      for (let i = 0; i < 16; i++) {
        let byte = Math.floor(next() * 256);
        if (i === 6) byte = (byte & 0x0f) | 0x40;
        if (i === 8) byte = (byte & 0x3f) | 0x80;
        s += HEX[byte];
        if (i === 3 || i === 5 || i === 7 || i === 9) s += '-';
      }
      return s;
    },
    fork: (label) => createRandom((a ^ Math.imul(seed, 31)) >>> 0, label),
  };
  return random;
}
