import { describe, expect, it } from "vitest";
import { MAX_COORDINATES_PER_CALL } from "../MAX_COORDINATES_PER_CALL.js";
import type { Sequence, SequenceOptions } from "../Sequence.js";
import { MAX_REPLICATIONS } from "../validate/validateReplications.js";

/** How the contract suite builds the generator under test. */
export interface ContractSubject {
  /** Shown in the test names, e.g. `"DigitalNet lms-ds natural"`. */
  name: string;
  /** Builds the generator with fixed package options plus the given seed and replications. */
  create: (dimension: number, options?: SequenceOptions) => Sequence;
  /** Largest accepted dimension. */
  maxDimension: number;
  /** Dimension used by the tests; default 3. */
  dimension?: number;
  /** Whether the points depend on the seed (false for `randomize: 'none'`); default true. */
  randomized?: boolean;
}

const SPLITS: [number, number][] = [
  [0, 1],
  [1, 2],
  [3, 7],
  [5, 16],
  [16, 37],
  [37, 64],
  [64, 100],
  [100, 257],
];

function same(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function concat(a: Float64Array, b: Float64Array, replications: number): Float64Array {
  // Windows are stacked per replication: [r][i][j], so concatenate replication by replication.
  const out = new Float64Array(a.length + b.length);
  const ra = a.length / replications;
  const rb = b.length / replications;
  for (let r = 0; r < replications; r++) {
    out.set(a.subarray(r * ra, (r + 1) * ra), r * (ra + rb));
    out.set(b.subarray(r * rb, (r + 1) * rb), r * (ra + rb) + ra);
  }
  return out;
}

/**
 * The shared generator contract (SPEC §2) as a vitest suite: windows concatenate, values lie in
 * [0, 1), same seed ⇒ same points, seeds are recorded, spawned copies differ and replay from their
 * seeds, `fill` equals `points`, capacity and bad-input errors name the parameter.
 *
 * @example
 * ```ts
 * import { describeSequenceContract } from "@qmckit/core/testing";
 * describeSequenceContract({ name: "Halton", create: (d, o) => new Halton(d, o), maxDimension: 1000 });
 * ```
 */
export function describeSequenceContract(subject: ContractSubject): void {
  const { name, create, maxDimension } = subject;
  const d = subject.dimension ?? 3;
  const randomized = subject.randomized ?? true;

  describe(`${name} — generator contract`, () => {
    it("points(n) has the PointSet shape and equals points(0, n)", () => {
      const g = create(d, { seed: 7, replications: 2 });
      const ps = g.points(10);
      expect(ps.replications).toBe(2);
      expect(ps.n).toBe(10);
      expect(ps.dimension).toBe(d);
      expect(ps.data.length).toBe(2 * 10 * d);
      expect(same(ps.data, g.points(0, 10).data)).toBe(true);
      expect(g.points(0).data.length).toBe(0);
      expect(g.points(5, 5).n).toBe(0);
    });

    it("windows concatenate: points(0, a) ++ points(a, b) equals points(0, b)", () => {
      for (const replications of [1, 2]) {
        const g = create(d, { seed: 11, replications });
        for (const [a, b] of SPLITS) {
          const joined = concat(g.points(0, a).data, g.points(a, b).data, replications);
          expect(same(joined, g.points(0, b).data), `[0,${a}) ++ [${a},${b}), R=${replications}`).toBe(true);
        }
      }
    });

    it("is stateless: repeated and interleaved calls give the same points", () => {
      const g = create(d, { seed: 3 });
      const first = g.points(3, 40).data;
      g.points(100, 300);
      expect(same(g.points(3, 40).data, first)).toBe(true);
    });

    it("values lie in [0, 1): finite, never 1.0", () => {
      const g = create(d, { seed: 5, replications: 3 });
      const data = g.points(1024).data;
      let bad = 0;
      for (const v of data) if (!(v >= 0 && v < 1)) bad++;
      expect(bad).toBe(0);
    });

    it("same seed gives the same points; the seed is exposed", () => {
      const a = create(d, { seed: 123456789 });
      const b = create(d, { seed: 123456789 });
      expect(a.seed).toBe(123456789);
      expect(same(a.points(50).data, b.points(50).data)).toBe(true);
    });

    it("without a seed, one is drawn, recorded, and replays the points", () => {
      const g = create(d);
      expect(Number.isInteger(g.seed) && g.seed >= 0 && g.seed <= Number.MAX_SAFE_INTEGER).toBe(true);
      expect(same(create(d, { seed: g.seed }).points(20).data, g.points(20).data)).toBe(true);
    });

    if (randomized) {
      it("different seeds and different replications give different points", () => {
        const a = create(d, { seed: 1 }).points(16).data;
        const b = create(d, { seed: 2 }).points(16).data;
        expect(same(a, b)).toBe(false);
        const ps = create(d, { seed: 1, replications: 2 }).points(16);
        expect(same(ps.replication(0).data, ps.replication(1).data)).toBe(false);
      });
    }

    it("spawn(k) gives k copies with distinct seeds, replayable from their seeds", () => {
      const g = create(d, { seed: 99, replications: 2 });
      const kids = g.spawn(3);
      expect(kids.length).toBe(3);
      const seeds = new Set([g.seed, ...kids.map((k) => k.seed)]);
      expect(seeds.size).toBe(4);
      for (const k of kids) {
        expect(k.dimension).toBe(d);
        expect(k.replications).toBe(2);
        expect(same(create(d, { seed: k.seed, replications: 2 }).points(20).data, k.points(20).data)).toBe(true);
      }
      expect(g.spawn(3).map((k) => k.seed)).toEqual(kids.map((k) => k.seed));
      if (randomized) expect(same(kids[0].points(16).data, kids[1].points(16).data)).toBe(false);
    });

    it("fill(out, start, end) writes what points(start, end) returns", () => {
      const g = create(d, { seed: 4, replications: 2 });
      const out = new Float64Array(2 * 21 * d);
      expect(g.fill(out, 9, 30)).toBe(out);
      expect(same(out, g.points(9, 30).data)).toBe(true);
      expect(() => g.fill(new Float64Array(5), 9, 30)).toThrow(RangeError);
    });

    it("serves the last points of its capacity and refuses to go beyond", () => {
      const g = create(d, { seed: 8 });
      const m = g.maxPoints;
      const last = g.points(m - 2, m);
      expect(last.n).toBe(2);
      for (const v of last.data) expect(v >= 0 && v < 1).toBe(true);
      expect(() => g.points(m + 1)).toThrow(RangeError);
      expect(() => g.points(m, m + 1)).toThrow(/maxPoints/);
    });

    // Pick a dimension (and, for a small capacity, replications) for which a window within capacity
    // exceeds the call-size limit of 2^31 − 1 coordinates. A generator too small to ever reach the
    // limit (capacity · maxDimension · MAX_REPLICATIONS below it) skips this case, saying so.
    const cap = create(d, { seed: 1 }).maxPoints;
    const perPoint = Math.floor(MAX_COORDINATES_PER_CALL / cap) + 1;
    const dim = Math.min(maxDimension, Math.max(d, perPoint));
    const replications = Math.ceil(perPoint / dim);
    it.skipIf(replications > MAX_REPLICATIONS)(
      `a window too large for one call throws a RangeError naming the window, before allocating${replications > MAX_REPLICATIONS ? " (skipped: no window of this generator reaches 2^31 − 1 coordinates)" : ""}`,
      () => {
        const g = create(dim, { seed: 1, replications });
        // Just over the limit, and (when it exists) a window of ≥ 2^33 coordinates, which no engine allocates.
        const justOver = Math.floor(MAX_COORDINATES_PER_CALL / (replications * dim)) + 1;
        const huge = Math.min(g.maxPoints, Math.ceil(2 ** 33 / (replications * dim)));
        for (const [a, b] of [
          [0, justOver],
          [g.maxPoints - justOver, g.maxPoints],
          [0, huge],
        ]) {
          const window = new RegExp(`^window \\[${a}, ${b}\\) must hold at most 2\\^31 − 1 coordinates per call`);
          expect(() => (a === 0 ? g.points(b) : g.points(a, b))).toThrow(RangeError);
          expect(() => (a === 0 ? g.points(b) : g.points(a, b))).toThrow(window);
          // fill checks the window before the buffer, so the message is the same.
          expect(() => g.fill(new Float64Array(0), a, b)).toThrow(window);
        }
      },
    );

    it("bad windows throw errors naming n, start or end", () => {
      const g = create(d, { seed: 1 });
      expect(() => g.points(-1)).toThrow(/^n must be/);
      expect(() => g.points(1.5)).toThrow(RangeError);
      expect(() => g.points(Number.NaN)).toThrow(RangeError);
      expect(() => g.points("3" as unknown as number)).toThrow(TypeError);
      expect(() => g.points(-2, 4)).toThrow(/^start must be/);
      expect(() => g.points(5, 3)).toThrow(/^end must be/);
    });

    it("bad dimension, seed, replications and options throw errors naming them", () => {
      for (const bad of [0, -1, 1.5, Number.NaN, maxDimension + 1]) {
        expect(() => create(bad, { seed: 1 })).toThrow(RangeError);
        expect(() => create(bad, { seed: 1 })).toThrow(/dimension/);
      }
      expect(() => create("3" as unknown as number, { seed: 1 })).toThrow(TypeError);
      for (const bad of [-1, 1.5, Number.NaN, 2 ** 53]) {
        expect(() => create(d, { seed: bad })).toThrow(/^seed must be/);
      }
      for (const bad of [0, -1, 2.5]) {
        expect(() => create(d, { seed: 1, replications: bad })).toThrow(/^replications must be/);
      }
      expect(() => create(d, { seed: 1, bogus: 1 } as SequenceOptions)).toThrow(/unknown option 'bogus'/);
      expect(() => create(d, { seed: 1 }).spawn(-1)).toThrow(RangeError);
    });
  });
}
