/**
 * A small seeded random source (mulberry32) with the helpers the generator needs. The same seed
 * always gives the same sequence, so every benchmark run measures the same workspace and a test
 * can compare two generations byte for byte.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` different items (fewer if there are not that many), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /**
   * A length that is usually near `typical` but sometimes much longer: real notes are mostly
   * short with a long tail (log-normal), which is what makes text-heavy files slow.
   */
  length(typical: number, max: number): number;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      const wanted = Math.min(count, items.length);
      // Few picks from a long list: draw indexes until enough distinct ones (no copy of the list).
      if (wanted * 4 < items.length) {
        const chosen = new Set<number>();
        while (chosen.size < wanted) chosen.add(Math.floor(next() * items.length));
        return [...chosen].map((i) => items[i]!);
      }
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, wanted);
    },
    length: (typical, max) => {
      // Box-Muller normal, then exp: median `typical`, a tail a few times longer.
      const u = Math.max(next(), 1e-9);
      const v = next();
      const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      return Math.max(1, Math.min(max, Math.round(typical * Math.exp(0.6 * normal))));
    },
  };
}
