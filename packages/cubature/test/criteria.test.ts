import { PointSet, type Sequence } from "@qmckit/core";
import { Lattice } from "@qmckit/lattice";
import { describe, expect, it } from "vitest";
import {
  boxIntegral,
  cubMcClt,
  cubQmcLatticeG,
  cubQmcLatticeGAsync,
  cubQmcNetG,
  cubQmcNetGAsync,
  cubQmcRepStudentT,
  cubQmcRepStudentTAsync,
  evaluateWindow,
  gaussian,
  integrand,
  keister,
  lebesgue,
  uniform,
  type WindowTask,
} from "../src/index.js";
import { ShiftedKronecker } from "./shiftedKronecker.js";

/** keister(d) with a counter of evaluated points. */
function counted(d: number) {
  const base = keister(d);
  const counter = { points: 0 };
  const f = integrand(
    base.measure,
    (t: PointSet, ctx) => {
      counter.points += t.n;
      return base.g(t, ctx);
    },
    { exactValue: base.exactValue },
  );
  return { f, counter };
}

describe("cubQmcNetG / cubQmcLatticeG", () => {
  it("the doc example: Keister d = 3 within 1e-3, n a power of two ≥ nInit", () => {
    const r = cubQmcNetG(keister(3), { absTol: 1e-3, seed: 7 });
    expect(r.converged).toBe(true);
    expect(Math.abs(r.estimate - 2.168309102165481)).toBeLessThan(1e-3);
    expect(Math.log2(r.n) % 1).toBe(0);
    expect(r.n).toBeGreaterThanOrEqual(1024);
    expect(r.lower).toBeLessThanOrEqual(r.estimate);
    expect(r.upper).toBeGreaterThanOrEqual(r.estimate);
    expect(r.seed).toBe(7);
  });
  it("same seed ⇒ identical result; different seeds ⇒ different estimates", () => {
    const a = cubQmcLatticeG(keister(2), { absTol: 1e-3, seed: 3 });
    const b = cubQmcLatticeG(keister(2), { absTol: 1e-3, seed: 3 });
    const c = cubQmcLatticeG(keister(2), { absTol: 1e-3, seed: 4 });
    expect(b.estimate).toBe(a.estimate);
    expect(c.estimate).not.toBe(a.estimate);
  });
  it("runs on any natural-order Sequence instance (here a shifted Kronecker / van der Corput sequence)", () => {
    const r = cubQmcLatticeG(keister(2), { absTol: 1e-3, generator: new ShiftedKronecker(2, { seed: 9 }) });
    expect(r.converged).toBe(true);
    expect(Math.abs(r.estimate - keister(2).exactValue!)).toBeLessThan(1e-3);
  });
  it("the Walsh/Fourier bound from the fast update equals a from-scratch transform (estimate = mean of all values)", () => {
    const f = keister(2);
    const r = cubQmcNetG(f, { absTol: 1e-4, seed: 5 });
    const y = evaluateWindow(f, {
      generator: { kind: "net", dimension: 2, seed: 5, replications: 1, randomize: "lms-ds", order: "natural" },
      periodization: "none",
      start: 0,
      end: r.n,
      outputs: 1,
      active: [true],
    });
    const mean = y.reduce((s, v) => s + v, 0) / y.length;
    expect(Math.abs(r.estimate - mean)).toBeLessThan(1e-12);
  });
  it("resuming with a tighter tolerance gives the fresh result and evaluates only new points", () => {
    const { f, counter } = counted(3);
    const loose = cubQmcNetG(f, { absTol: 1e-2, seed: 11 });
    const before = counter.points;
    expect(before).toBe(loose.n);
    const resumed = cubQmcNetG(f, { absTol: 1e-4, resume: loose });
    expect(counter.points - before).toBe(resumed.n - loose.n);
    const fresh = cubQmcNetG(f, { absTol: 1e-4, seed: 11 });
    expect(resumed.estimate).toBe(fresh.estimate);
    expect(resumed.errorBound).toBe(fresh.errorBound);
    expect(resumed.n).toBe(fresh.n);
  });
  it("reaching nMax returns converged: false with the best estimate (no throw)", () => {
    const r = cubQmcLatticeG(keister(5), { absTol: 1e-9, nMax: 2 ** 12, seed: 1 });
    expect(r.converged).toBe(false);
    expect(r.n).toBe(2 ** 12);
    expect(Math.abs(r.estimate - keister(5).exactValue!)).toBeLessThan(0.05);
  });
  it("vector outputs converge separately and stop being computed (box integrals d = 3, s = −1, 1)", () => {
    const calls: boolean[][] = [];
    const base = boxIntegral(3, [-1, 1]);
    const f = integrand(
      base.measure,
      (t, ctx) => {
        calls.push([...ctx.active]);
        return base.g(t, ctx);
      },
      { outputs: 2, exactValue: base.exactValue },
    );
    const r = cubQmcNetG(f, { absTol: 1e-3, seed: 2 });
    expect(r.converged).toEqual([true, true]);
    for (let k = 0; k < 2; k++) expect(Math.abs(r.estimate[k] - base.exactValue![k])).toBeLessThan(1e-3);
    expect(r.n[0]).not.toBe(r.n[1]);
    expect(calls.some((a) => a[0] !== a[1])).toBe(true);
  });
  it("relTol with 'either': the interval meets max(absTol, relTol·|μ|)", () => {
    const f = keister(7); // ≈ −11.06
    const r = cubQmcLatticeG(f, { absTol: 1e-8, relTol: 1e-3, seed: 5 });
    expect(r.converged).toBe(true);
    expect(Math.abs(r.estimate - f.exactValue!)).toBeLessThan(1e-3 * Math.abs(f.exactValue!));
  });
  it("importance weighting: ∫_ℝ e^{−t²} dt = √π with Lebesgue measure sampled by N(0, 1)", () => {
    const f = integrand(lebesgue(1), (t) => t.data.map((x) => Math.exp(-x * x)));
    const r = cubQmcLatticeG(f, { absTol: 1e-4, seed: 1 });
    expect(Math.abs(r.estimate - Math.sqrt(Math.PI))).toBeLessThan(1e-4);
    const g = integrand(gaussian({ dimension: 1 }), (t) => t.data.map((x) => x * x), { sampler: gaussian({ covariance: 2 }) });
    expect(Math.abs(cubQmcNetG(g, { absTol: 1e-3, seed: 1 }).estimate - 1)).toBeLessThan(1e-3);
  });
  it("reports progress and honours an AbortSignal", () => {
    const seen: number[] = [];
    const times: number[] = [];
    cubQmcNetG(keister(2), {
      absTol: 1e-5,
      seed: 1,
      onProgress: (p) => {
        seen.push(p.n[0]);
        times.push(p.timeMs);
      },
    });
    expect(times.every((t, i) => t >= 0 && (i === 0 || t >= times[i - 1]))).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((n, i) => i === 0 || n === 2 * seen[i - 1])).toBe(true);
    const ctl = new AbortController();
    ctl.abort();
    expect(() => cubQmcNetG(keister(2), { signal: ctl.signal, seed: 1 })).toThrow(/abort/i);
    // The option is typed structurally (no DOM or Node types needed); anything else is refused.
    expect(() => cubQmcNetG(keister(2), { signal: { aborted: true } as never, seed: 1 })).toThrow(TypeError);
    expect(() => cubQmcNetG(keister(2), { signal: { aborted: true } as never, seed: 1 })).toThrow(
      /signal must be an AbortSignal/,
    );
  });
});

/**
 * A "sequence" whose first 2^m points all equal a and whose next 2^m points all equal b: each level on its
 * own looks like a constant integrand (all Walsh/Fourier coefficients but the mean are zero, so the bound
 * is 0), but the two levels disagree. For the level-consistency rule of the G criteria.
 */
class TwoPlateaus implements Sequence {
  readonly dimension = 1;
  readonly replications = 1;
  readonly seed = 0;
  readonly maxPoints = 2 ** 20;
  constructor(
    readonly half: number,
    readonly a: number,
    readonly b: number,
  ) {}
  points(startOrN: number, end?: number): PointSet {
    const [s, e] = end === undefined ? [0, startOrN] : [startOrN, end];
    return new PointSet(this.fill(new Float64Array(e - s), s, e), 1, e - s, 1);
  }
  fill(out: Float64Array, start: number, end: number): Float64Array {
    for (let i = start; i < end; i++) out[i - start] = i < this.half ? this.a : this.b;
    return out;
  }
  spawn(): Sequence[] {
    return [];
  }
}

/**
 * A 1-dimensional "sequence" whose first 256 points follow `head(i)` and all later points equal `tail`.
 * With the identity integrand (periodization 'none') the criteria see exactly these values.
 */
class HeadThenConstant implements Sequence {
  readonly dimension = 1;
  readonly replications = 1;
  readonly seed = 0;
  readonly maxPoints = 2 ** 20;
  constructor(
    readonly head: (i: number) => number,
    readonly tail: number,
  ) {}
  points(startOrN: number, end?: number): PointSet {
    const [s, e] = end === undefined ? [0, startOrN] : [startOrN, end];
    return new PointSet(this.fill(new Float64Array(e - s), s, e), 1, e - s, 1);
  }
  fill(out: Float64Array, start: number, end: number): Float64Array {
    for (let i = start; i < end; i++) out[i - start] = i < 256 ? this.head(i) : this.tail;
    return out;
  }
  spawn(): Sequence[] {
    return [];
  }
}

/** The 8-bit reversal of i < 256: natural index i of a lattice is linear index rev8(i). */
const rev8 = (i: number) => {
  let r = 0;
  for (let b = 0; b < 8; b++) r |= ((i >> b) & 1) << (7 - b);
  return r;
};

/**
 * A first level (256 points, mean 0.25) whose bound is 5/256 · 0.1 ≈ 0.00195 > absTol = 1e-3, followed by
 * points all equal to 0.75, so that level 2 has estimate 0.5 and a bound below absTol:
 * - net: y_i = 0.25 + 0.2·(−1)^{bit 3 of i}, a single Walsh coefficient ỹ_8 = 0.2 (in the bound's window
 *   κ ∈ [8, 16) at m = 8: hw = 5·2^−8·0.2 ≈ 0.0039). At m = 9 the only coefficients besides the mean are
 *   ỹ_8 = ỹ_264 = 0.1 and ỹ_256 = −0.25, none in the window [16, 32): hw = 0.
 * - lattice: y at linear index j = 0.25 + 0.2·cos(2π·8j/256), Fourier coefficients ±8 only (0.1 each):
 *   hw = 5·2^−8·0.1 ≈ 0.00195 at m = 8; at m = 9 they are halved and one lies in the window: hw ≈ 0.00049.
 * Level 1's interval [0.25 ± 0.004] and level 2's [0.5 ± 0.0005] are disjoint: an integrand outside the
 * cone, which the level-consistency detector must catch.
 */
const head = {
  cubQmcNetG: (i: number) => 0.25 + 0.2 * ((i >> 3) & 1 ? -1 : 1),
  cubQmcLatticeG: (i: number) => 0.25 + 0.2 * Math.cos((2 * Math.PI * 8 * rev8(i)) / 256),
};

describe("stopping rule of cubQmcNetG / cubQmcLatticeG", () => {
  const identity = integrand(uniform(1), (t) => t.data.slice());
  it.each([
    ["cubQmcNetG", cubQmcNetG],
    ["cubQmcLatticeG", cubQmcLatticeG],
  ] as const)(
    "%s stops at the first level when its bound allows (QMCPy's rule); conservative waits one level",
    (_, criterion) => {
      // Constant points: every level has bound 0 and estimate 0.25.
      const options = {
        absTol: 1e-3,
        nInit: 256,
        periodization: "none",
        generator: new TwoPlateaus(2 ** 20, 0.25, 0.25),
      } as const;
      const r = criterion(identity, options);
      expect(r.converged).toBe(true);
      expect(r.n).toBe(256);
      expect(r.estimate).toBe(0.25);
      expect(r.coneViolated).toBe(false);
      const c = criterion(identity, { ...options, conservative: true });
      expect(c.converged).toBe(true);
      expect(c.n).toBe(512);
      expect(c.estimate).toBe(0.25);
    },
  );
  it.each([
    ["cubQmcNetG", cubQmcNetG],
    ["cubQmcLatticeG", cubQmcLatticeG],
  ] as const)(
    "%s does not stop while consecutive levels' intervals are disjoint, and reports coneViolated",
    (name, criterion) => {
      const run = (nMax: number, conservative?: boolean) =>
        criterion(identity, {
          absTol: 1e-3,
          nInit: 256,
          nMax,
          periodization: "none",
          generator: new HeadThenConstant(head[name], 0.75),
          ...(conservative === undefined ? {} : { conservative }),
        });
      // The first level alone: its bound exceeds absTol, so no stop (the head is not a trivial case).
      const one = run(256);
      expect(one.converged).toBe(false);
      expect(one.errorBound).toBeGreaterThan(1e-3);
      expect(Math.abs(one.estimate - 0.25)).toBeLessThan(1e-12);
      // Level 2: the bound meets absTol but the interval misses level 1's: not a stopping point.
      for (const conservative of [undefined, true]) {
        const twoLevels = run(512, conservative);
        expect(twoLevels.n).toBe(512);
        expect(twoLevels.errorBound).toBeLessThan(1e-3);
        expect(Math.abs(twoLevels.estimate - 0.5)).toBeLessThan(1e-12);
        expect(twoLevels.converged).toBe(false);
        expect(twoLevels.coneViolated).toBe(true);
      }
      // Level 3 (again 0.75: estimate 0.625, bound ≪ 0.125) is disjoint from level 2's interval as well, so
      // it runs on to nMax without claiming convergence.
      const more = run(1024);
      expect(more.n).toBe(1024);
      expect(more.converged).toBe(false);
      expect(more.coneViolated).toBe(true);
      expect(more.reason).toBe(
        "nMax was reached before the tolerance was met (n = 1024); the data proved the integrand outside the cone of the error bound (coneViolated): try periodization 'c1sin', conservative: true or cubQmcRepStudentT",
      );
    },
  );
  it.each([
    ["cubQmcNetG", cubQmcNetG],
    ["cubQmcLatticeG", cubQmcLatticeG],
  ] as const)("%s refuses a non-boolean conservative option with a TypeError naming it", (_, criterion) => {
    expect(() => criterion(keister(1), { conservative: "yes" as never })).toThrow(TypeError);
    expect(() => criterion(keister(1), { conservative: 1 as never })).toThrow(/^conservative must be a boolean; got 1/);
  });
});

describe("default nInit", () => {
  it("is QMCPy's 2^10 for both G criteria; 2^12 for the lattice criterion when conservative", () => {
    const first = (run: (onProgress: (p: { n: Float64Array }) => void) => void) => {
      const seen: number[] = [];
      run((p) => seen.push(p.n[0]));
      return seen[0];
    };
    const f = keister(2);
    expect(first((onProgress) => cubQmcNetG(f, { absTol: 1e-3, seed: 1, onProgress }))).toBe(2 ** 10);
    expect(first((onProgress) => cubQmcLatticeG(f, { absTol: 1e-3, seed: 1, onProgress }))).toBe(2 ** 10);
    expect(first((onProgress) => cubQmcNetG(f, { absTol: 1e-3, seed: 1, onProgress, conservative: true }))).toBe(2 ** 10);
    expect(first((onProgress) => cubQmcLatticeG(f, { absTol: 1e-3, seed: 1, onProgress, conservative: true }))).toBe(2 ** 12);
    // An explicit nInit is taken as given in either mode.
    expect(first((onProgress) => cubQmcLatticeG(f, { absTol: 1e-3, seed: 1, onProgress, conservative: true, nInit: 256 }))).toBe(
      256,
    );
  });
  it("leaves room for two levels: a lattice of 2^10 points gets nInit = 2^9", () => {
    const small = new Lattice(2, { generatingVector: [1, 433], mMax: 10, seed: 4 });
    const seen: number[] = [];
    const r = cubQmcLatticeG(keister(2), { absTol: 5e-2, generator: small, onProgress: (p) => seen.push(p.n[0]) });
    expect(seen[0]).toBe(512);
    expect(r.converged).toBe(true);
    expect(Math.abs(r.estimate - keister(2).exactValue!)).toBeLessThan(5e-2);
    // Explicit nInit = nMax is taken as given: one level only. The conservative rule cannot claim
    // convergence there; the default rule can, on the bound alone.
    const one = cubQmcLatticeG(keister(2), { absTol: 5e-2, nInit: 1024, conservative: true, generator: small.spawn(1)[0] });
    expect(one.n).toBe(1024);
    expect(one.converged).toBe(false);
    const oneDefault = cubQmcLatticeG(keister(2), { absTol: 5e-2, nInit: 1024, generator: small.spawn(1)[0] });
    expect(oneDefault.n).toBe(1024);
    expect(oneDefault.converged).toBe(true);
  });
});

describe("level consistency per output of a vector-valued integrand", () => {
  it.each([
    ["cubQmcNetG", cubQmcNetG],
    ["cubQmcLatticeG", cubQmcLatticeG],
  ] as const)("%s: a constant output stops at the first level while an inconsistent one goes on", (name, criterion) => {
    // Output 0 is the point itself (the head above, then 0.75: levels disagree); output 1 is constant 2.
    const seen: boolean[][] = [];
    const f = integrand(
      uniform(1),
      (t, ctx) => {
        seen.push([...ctx.active]);
        const y = new Float64Array(2 * t.n);
        for (let i = 0; i < t.n; i++) {
          y[2 * i] = t.data[i];
          y[2 * i + 1] = 2;
        }
        return y;
      },
      { outputs: 2 },
    );
    const r = criterion(f, {
      absTol: 1e-3,
      nInit: 256,
      nMax: 2048,
      periodization: "none",
      generator: new HeadThenConstant(head[name], 0.75),
    });
    expect(Array.from(r.n)).toEqual([2048, 256]);
    expect(r.converged).toEqual([false, true]);
    expect(r.coneViolated).toEqual([true, false]);
    expect(r.estimate[1]).toBe(2);
    // Windows [0, 256), [256, 512), [512, 1024), [1024, 2048); after the first only output 0 is requested.
    expect(seen.length).toBe(4);
    expect(seen.slice(1).every((a) => a[0] && !a[1])).toBe(true);
  });
});

describe("sample sizes against the generator's capacity", () => {
  it("cubQmcLatticeG's default nMax is the default lattice's 2^24 points: the loop goes on past 2^20", () => {
    // An unreachable tolerance; the run is stopped by the signal once it has passed 2^20 points (with a
    // capacity of 2^20 it would return converged: false at 2^20 instead). Running on to 2^24 is too slow
    // for a unit test; that the capacity is 2^24 is checked by the RangeError below.
    const controller = new AbortController();
    const seen: number[] = [];
    const run = () =>
      cubQmcLatticeG(keister(1), {
        absTol: 2e-15,
        seed: 3,
        nInit: 2 ** 20,
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p.n[0]);
          if (p.n[0] > 2 ** 20) controller.abort(new Error("past 2^20"));
        },
      });
    expect(run).toThrow("past 2^20");
    expect(seen).toEqual([2 ** 20, 2 ** 21]);
  });

  it("an explicit nMax beyond the generator's capacity is a RangeError naming nMax", () => {
    expect(() => cubQmcLatticeG(keister(1), { absTol: 1e-3, seed: 3, nMax: 2 ** 25 })).toThrow(
      /^nMax must be an integer in \[1, 16777216\]; got 33554432 \(the generator holds at most maxPoints = 16777216 points\)/,
    );
  });
});

describe("async forms and the evaluation seam", () => {
  it("cubQmcNetGAsync with a custom evaluator gives the synchronous result", async () => {
    const f = keister(3);
    const tasks: WindowTask[] = [];
    const evaluate = async (task: WindowTask) => {
      tasks.push(task);
      // Split each window in two and reassemble: windows can be evaluated piecewise, anywhere.
      const mid = Math.floor((task.start + task.end) / 2);
      const a = evaluateWindow(f, { ...task, end: mid });
      const b = evaluateWindow(f, { ...task, start: mid });
      const y = new Float64Array(a.length + b.length);
      y.set(a);
      y.set(b, a.length);
      return y;
    };
    const sync = cubQmcNetG(f, { absTol: 1e-4, seed: 21 });
    const async = await cubQmcNetGAsync(f, { absTol: 1e-4, seed: 21, evaluate });
    expect(async.estimate).toBe(sync.estimate);
    expect(async.n).toBe(sync.n);
    expect(JSON.parse(JSON.stringify(tasks[0].generator))).toEqual(tasks[0].generator);
    expect(tasks.map((t) => [t.start, t.end]).slice(0, 2)).toEqual([
      [0, 1024],
      [1024, 2048],
    ]);
  });
  it("lattice and replicated async forms default to inline evaluation", async () => {
    const f = keister(2);
    expect((await cubQmcLatticeGAsync(f, { absTol: 1e-3, seed: 2 })).estimate).toBe(
      cubQmcLatticeG(f, { absTol: 1e-3, seed: 2 }).estimate,
    );
    expect((await cubQmcRepStudentTAsync(f, { absTol: 1e-3, seed: 2 })).estimate).toBe(
      cubQmcRepStudentT(f, { absTol: 1e-3, seed: 2 }).estimate,
    );
  });
  it("rejects an evaluator returning the wrong number of values", async () => {
    await expect(cubQmcNetGAsync(keister(2), { seed: 1, evaluate: () => new Float64Array(3) })).rejects.toThrow(
      /evaluate must return replications · \(end − start\) · outputs = 1024 values for window \[0, 1024\); got 3/,
    );
  });
});

describe("cubQmcRepStudentT and cubMcClt", () => {
  it("RepStudentT: n counts all replications; resume evaluates only new points", () => {
    const { f, counter } = counted(2);
    const a = cubQmcRepStudentT(f, { absTol: 1e-2, seed: 4, replications: 8 });
    expect(a.n % 8).toBe(0);
    expect(counter.points).toBe(a.n);
    const b = cubQmcRepStudentT(f, { absTol: 1e-4, resume: a, replications: 8 });
    expect(counter.points).toBe(b.n);
    expect(b.estimate).toBe(cubQmcRepStudentT(f, { absTol: 1e-4, seed: 4, replications: 8 }).estimate);
  });
  it("McClt: replays from its seed, resumes without re-evaluation, stops at nMax", () => {
    const { f, counter } = counted(1);
    const a = cubMcClt(f, { absTol: 2e-2, seed: 8 });
    expect(cubMcClt(f, { absTol: 2e-2, seed: 8 }).estimate).toBe(a.estimate);
    const used = counter.points;
    const b = cubMcClt(f, { absTol: 5e-3, resume: a });
    expect(counter.points - used).toBe(b.n - a.n);
    const c = cubMcClt(f, { absTol: 1e-6, nMax: 5000, seed: 1 });
    expect(c.converged).toBe(false);
    expect(c.n).toBe(5000);
  });
});

describe("bad input", () => {
  const f = keister(2);
  it("negative or NaN tolerances, both zero, relTol ≥ 1", () => {
    expect(() => cubQmcNetG(f, { absTol: -1 })).toThrow(/absTol must be a finite number ≥ 0; got -1/);
    expect(() => cubQmcLatticeG(f, { relTol: Number.NaN })).toThrow(/relTol must be a finite number ≥ 0; got NaN/);
    expect(() => cubMcClt(f, { absTol: 0 })).toThrow(/absTol and relTol must not both be 0/);
    expect(() => cubQmcRepStudentT(f, { relTol: 1 })).toThrow(/relTol must be in \[0, 1\); got 1/);
    expect(() => cubQmcNetG(f, { errorCriterion: "both", relTol: 0 })).toThrow(/'both' needs absTol > 0 and relTol > 0/);
  });
  it("bad nInit, unknown options and generators, dimension mismatch, wrong resume", () => {
    expect(() => cubQmcNetG(f, { nInit: 1000 })).toThrow(/nInit must be a power of two ≥ 256; got 1000/);
    expect(() => cubQmcNetG(f, { nInit: 128 })).toThrow(/nInit must be an integer in \[256,/);
    // @ts-expect-error misspelt option
    expect(() => cubQmcNetG(f, { abstol: 1e-3 })).toThrow(/unknown option 'abstol'/);
    expect(() => cubQmcNetG(f, { generator: { kind: "lattice" } })).toThrow(/generator.kind must be one of 'net'/);
    expect(() => cubQmcLatticeG(f, { generator: new ShiftedKronecker(3, { seed: 1 }) })).toThrow(
      /generator.dimension must equal the integrand's dimension = 2; got 3/,
    );
    const r = cubQmcNetG(f, { seed: 1 });
    expect(() => cubQmcLatticeG(f, { resume: r })).toThrow(
      /resume must be a result of cubQmcLatticeG; got a result of cubQmcNetG/,
    );
    expect(() => cubQmcNetG(keister(3), { resume: r as never })).toThrow(/resume must come from an integrand of dimension 3/);
    expect(() => cubQmcRepStudentT(f, { replications: 1 })).toThrow(/replications must be an integer in \[2, 1024\]; got 1/);
  });
  it("an integrand returning the wrong number of values", () => {
    const bad = integrand(f.measure, (t) => new Float64Array(t.n * 2));
    expect(() => cubQmcNetG(bad, { seed: 1 })).toThrow(/g must return n · outputs = 1024 · 1 = 1024 values; got 2048/);
  });
});
