/**
 * A small seeded random number generator (mulberry32), so that case N of seed S is the same
 * file on every machine and every run: a failure is reproduced with `npm run fuzz -- --seed S
 * --only N`.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  bool(p?: number): boolean;
  bytes(n: number): Uint8Array;
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(list: readonly T[]) => list[int(0, list.length - 1)]!,
    bool: (p = 0.5) => next() < p,
    bytes(n: number) {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i += 4) {
        const v = (next() * 4294967296) >>> 0;
        out[i] = v & 0xff;
        if (i + 1 < n) out[i + 1] = (v >>> 8) & 0xff;
        if (i + 2 < n) out[i + 2] = (v >>> 16) & 0xff;
        if (i + 3 < n) out[i + 3] = v >>> 24;
      }
      return out;
    },
  };
}

/** The random stream of one case: independent of every other case of the run. */
export function caseRng(seed: number, index: number): Rng {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (index + 0x7f4a7c15), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return mulberry32((h ^ (h >>> 16)) >>> 0);
}
