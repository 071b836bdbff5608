import { describe, expect, it } from "vitest";
import {
  type CubatureResult,
  cubBayesLatticeG,
  cubBayesLatticeGAsync,
  cubBayesNetG,
  cubBayesNetGAsync,
  cubQmcLatticeG,
  genz,
  type Integrand,
  integrand,
  keister,
} from "../src/index.js";

type Run = (f: Integrand<"scalar">, absTol: number, seed: number) => CubatureResult<"scalar">;
const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];

/**
 * Seeded statistical tier (a subset of scripts/coverageBayes.ts, which runs the full battery with 50
 * seeds): 20 seeds per problem, the error within the tolerance in ≥ 19 of 20 runs (95%).
 */
describe.each([
  ["cubBayesLatticeG", ((f, absTol, seed) => cubBayesLatticeG(f, { absTol, seed })) as Run],
  ["cubBayesNetG", ((f, absTol, seed) => cubBayesNetG(f, { absTol, seed })) as Run],
])("%s meets its tolerance on exact integrals (20 seeds)", (_name, run) => {
  it.each([
    ["keister d=2", keister(2), 1e-3],
    ["genz oscillatory d=3", genz(3), 1e-3],
    ["genz gaussian d=3", genz(3, { family: "gaussian" }), 1e-3],
  ] as const)(
    "%s, absTol %s",
    (_p, f, tol) => {
      let within = 0;
      for (let s = 1; s <= 20; s++) {
        const r = run(f, tol, 500 + s);
        if (Math.abs(r.estimate - (f.exactValue as number)) <= tol) within++;
      }
      expect(within).toBeGreaterThanOrEqual(19);
    },
    120_000,
  );
});

describe("cubBayes…: the kernel order chosen by likelihood", () => {
  it("genz continuous d=3 (a kink): within tolerance in ≥ 19 of 20 seeds (a fixed α = 2 gave 45/50)", () => {
    const f = genz(3, { family: "continuous" });
    let within = 0;
    for (let s = 1; s <= 20; s++) {
      const r = cubBayesLatticeG(f, { absTol: 1e-3, seed: 700 + s });
      if (Math.abs(r.estimate - (f.exactValue as number)) <= 1e-3) within++;
    }
    expect(within).toBeGreaterThanOrEqual(19);
  }, 120_000);
  it("one candidate equals the fixed order; the order list is validated", () => {
    const f = genz(3, { family: "gaussian" });
    const a = cubBayesLatticeG(f, { absTol: 1e-3, seed: 5, smoothness: 2 });
    const b = cubBayesLatticeG(f, { absTol: 1e-3, seed: 5, smoothness: [2] });
    expect(b.estimate).toBe(a.estimate);
    expect(b.errorBound).toBe(a.errorBound);
    // the default candidates [1, 2, 3]: one of them is chosen at every level
    const c = cubBayesLatticeG(f, { absTol: 1e-3, seed: 5 });
    expect(c.converged).toBe(true);
    expect(() => cubBayesLatticeG(f, { smoothness: [] })).toThrow(/smoothness must be an integer in \[1, 5\].*non-empty array/);
    expect(() => cubBayesLatticeG(f, { smoothness: [1, 1] })).toThrow(/distinct/);
    expect(() => cubBayesNetG(f, { smoothness: [1, 5] })).toThrow(/smoothness must be an integer in \[1, 4\]/);
  }, 60_000);
});

describe("cubBayesLatticeG on smooth integrands", () => {
  it.each([
    ["keister d=3", keister(3), 1e-3],
    ["genz oscillatory d=3", genz(3), 1e-3],
    ["genz gaussian d=3", genz(3, { family: "gaussian" }), 1e-3],
  ] as const)(
    "%s: median n (10 seeds) at most half of cubQmcLatticeG's (nInit 2^10, QMCPy's) at the same tolerance",
    (_p, f, tol) => {
      const nb: number[] = [];
      const ng: number[] = [];
      for (let s = 1; s <= 10; s++) {
        nb.push(cubBayesLatticeG(f, { absTol: tol, seed: s }).n);
        ng.push(cubQmcLatticeG(f, { absTol: tol, seed: s, nInit: 2 ** 10 }).n);
      }
      expect(median(nb)).toBeLessThanOrEqual(median(ng) / 2);
    },
    120_000,
  );
});

describe("cubBayes… behaviour", () => {
  it("same seed, same result; the Async forms equal the synchronous ones", async () => {
    const f = keister(2);
    const a = cubBayesLatticeG(f, { absTol: 1e-4, seed: 9 });
    const b = cubBayesLatticeG(f, { absTol: 1e-4, seed: 9 });
    expect(a.estimate).toBe(b.estimate);
    expect(a.n).toBe(b.n);
    const c = await cubBayesLatticeGAsync(f, { absTol: 1e-4, seed: 9 });
    expect(c.estimate).toBe(a.estimate);
    expect(c.errorBound).toBe(a.errorBound);
    const d = cubBayesNetG(f, { absTol: 1e-3, seed: 9 });
    const e = await cubBayesNetGAsync(f, { absTol: 1e-3, seed: 9 });
    expect(e.estimate).toBe(d.estimate);
    expect(d.criterion).toBe("cubBayesNetG");
  });
  it("result shape: estimate inside [lower, upper], errorBound the half-width, n a power of two, converged", () => {
    const r = cubBayesLatticeG(keister(3), { absTol: 1e-3, seed: 3 });
    expect(r.converged).toBe(true);
    expect(r.lower).toBeLessThanOrEqual(r.estimate);
    expect(r.upper).toBeGreaterThanOrEqual(r.estimate);
    expect(r.errorBound).toBeLessThanOrEqual(1e-3);
    expect(Math.log2(r.n) % 1).toBe(0);
    expect(r.criterion).toBe("cubBayesLatticeG");
  });
  it("options: fitLoss 'gcv', posterior 'full' (wider than empirical at the same n), level, smoothness", () => {
    const f = genz(2);
    const g = cubBayesLatticeG(f, { absTol: 1e-3, seed: 4, fitLoss: "gcv" });
    expect(Math.abs(g.estimate - (f.exactValue as number))).toBeLessThan(1e-3);
    const emp = cubBayesLatticeG(f, { absTol: 1e-9, nMax: 1024, seed: 4 });
    const full = cubBayesLatticeG(f, { absTol: 1e-9, nMax: 1024, seed: 4, posterior: "full" });
    expect(emp.n).toBe(1024);
    expect(full.errorBound).toBeGreaterThan(emp.errorBound);
    const wide = cubBayesLatticeG(f, { absTol: 1e-9, nMax: 1024, seed: 4, level: 0.999 });
    expect(wide.errorBound).toBeGreaterThan(emp.errorBound);
    const rough = cubBayesLatticeG(f, { absTol: 1e-3, seed: 4, smoothness: 1 });
    expect(Math.abs(rough.estimate - (f.exactValue as number))).toBeLessThan(1e-3);
  });
  it("nMax reached: converged false, no exception", () => {
    const r = cubBayesLatticeG(keister(5), { absTol: 1e-9, nMax: 512, seed: 1 });
    expect(r.converged).toBe(false);
    expect(r.n).toBe(512);
    expect(Number.isFinite(r.estimate)).toBe(true);
  });
  it("resume with a tighter tolerance continues from the stored values", () => {
    const f = keister(2);
    const loose = cubBayesLatticeG(f, { absTol: 1e-2, seed: 11 });
    const direct = cubBayesLatticeG(f, { absTol: 1e-5, seed: 11 });
    const resumed = cubBayesLatticeG(f, { absTol: 1e-5, resume: loose });
    expect(resumed.n).toBeGreaterThan(loose.n);
    expect(resumed.n).toBe(direct.n);
    expect(Math.abs(resumed.estimate - direct.estimate)).toBeLessThan(1e-12);
  }, 60_000);
  it("vector outputs are fitted separately", () => {
    const base = keister(2);
    const f = integrand(
      base.measure,
      (t, ctx) => {
        const y = base.g(t, ctx);
        const out = new Float64Array(2 * y.length);
        for (let i = 0; i < y.length; i++) {
          out[2 * i] = y[i];
          out[2 * i + 1] = 2 * y[i];
        }
        return out;
      },
      { outputs: 2 },
    );
    const r = cubBayesLatticeG(f, { absTol: 1e-3, seed: 2 });
    expect(r.converged).toEqual([true, true]);
    expect(Math.abs(r.estimate[0] - (base.exactValue as number))).toBeLessThan(1e-3);
    expect(Math.abs(r.estimate[1] - 2 * (base.exactValue as number))).toBeLessThan(1e-3);
  });
  it("progress and AbortSignal", () => {
    const seen: number[] = [];
    cubBayesLatticeG(keister(2), { absTol: 1e-5, seed: 1, onProgress: (p) => seen.push(p.n[0]) });
    expect(seen.length).toBeGreaterThan(1);
    const ac = new AbortController();
    ac.abort();
    expect(() => cubBayesLatticeG(keister(2), { signal: ac.signal })).toThrow();
  }, 60_000);
  it("bad options name the parameter and the valid values", () => {
    const f = keister(2);
    expect(() => cubBayesLatticeG(f, { fitLoss: "mle" as "mll" })).toThrow(/fitLoss/);
    expect(() => cubBayesLatticeG(f, { posterior: "bayes" as "full" })).toThrow(/posterior/);
    expect(() => cubBayesLatticeG(f, { level: 1 })).toThrow(/level must be in \(0, 1\)/);
    expect(() => cubBayesLatticeG(f, { smoothness: 6 })).toThrow(/smoothness must be an integer in \[1, 5\]/);
    expect(() => cubBayesNetG(f, { smoothness: 5 })).toThrow(/smoothness must be an integer in \[1, 4\]/);
    expect(() => cubBayesLatticeG(f, { nInit: 100 })).toThrow(/nInit/);
    expect(() => cubBayesLatticeG(f, { bogus: 1 } as never)).toThrow(/bogus/);
  });
});
