/**
 * Seeded randomness for the agent-based economy. Never Math.random: the same seed gives the same
 * numbers in a worker, the CLI and tests. Each purpose (search, hiring, pricing, entry, set-up)
 * draws from its own stream, so two scenarios with the same seed share the draws wherever the agents
 * make the same choices, and differences between them come from policy, not from noise.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state, passes
 * PractRand), seeded through splitmix32 from (seed, stream). Pure 32-bit integer arithmetic, so it
 * gives identical numbers on every JavaScript engine.
 */

/** Stream ids: one per purpose. Adding a stream never changes the draws of the others. */
export const STREAM = {
  setup: 1,
  search: 2,
  hiring: 3,
  pricing: 4,
  entry: 5,
  order: 6,
  capital: 7,
  housing: 8,
} as const;

function splitmix32(state: number): [number, number] {
  state = (state + 0x9e3779b9) | 0;
  let z = state;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return [state, z >>> 0];
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream: number) {
    // Mix seed and stream so nearby seeds and streams give unrelated sequences.
    let s =
      (Math.imul(seed | 0, 0x2c1b3c6d) ^
        Math.imul((stream | 0) + 0x6a09e667, 0x297a2d39) ^
        ((seed / 4294967296) | 0)) |
      0;
    const out: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [ns, z] = splitmix32(s);
      s = ns;
      out.push(z);
    }
    this.a = out[0]! | 0;
    this.b = out[1]! | 0;
    this.c = out[2]! | 0;
    this.d = out[3]! | 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const a = this.a;
    const b = this.b;
    const c = this.c;
    const d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [0, n) for n ≥ 1 (multiply-shift; bias below 2^-32·n, irrelevant here). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}
