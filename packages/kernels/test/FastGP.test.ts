import { RandomStream } from "@qmckit/core";
import { DigitalNet } from "@qmckit/digital-net";
import { Lattice } from "@qmckit/lattice";
import { fftbrInPlace, fwhtInPlace, ifftbrInPlace } from "@qmckit/transforms";
import { describe, expect, it } from "vitest";
import {
  type DigitalShiftInvariantKernel,
  digitalShiftInvariantKernel,
  FastGP,
  FastGram,
  type ShiftInvariantKernel,
  shiftInvariantKernel,
} from "../src/index.js";
import { randomGP, valuesAt } from "./gpDense.js";

type Param = "scale" | "weights" | "alpha" | "noise";

/** The same GP (generator, values) with another kernel / noise. */
function rebuild(gp: FastGP, kernel: ShiftInvariantKernel | DigitalShiftInvariantKernel, noise: number): FastGP {
  const other = new FastGP({ generator: gp.generator, kernel, noise });
  other.nextPoints(gp.n);
  const ys = gp.values();
  const flat = new Float64Array(ys.length * gp.n);
  ys.forEach((y, r) => {
    flat.set(y, r * gp.n);
  });
  other.addValues(flat);
  return other;
}

/** Central differences of the loss in the log parameters (shared: all weights / α moved together). */
function finiteDifferences(gp: FastGP, loss: "mll" | "gcv" | "cv", params: Param[], shared: boolean): number[] {
  const k = gp.kernel;
  const d = gp.dimension;
  const h = 1e-5;
  const out: number[] = [];
  const at = (change: (e: number) => { kernel: ShiftInvariantKernel | DigitalShiftInvariantKernel; noise: number }) => {
    const p = change(h);
    const m = change(-h);
    out.push((rebuild(gp, p.kernel, p.noise).loss(loss) - rebuild(gp, m.kernel, m.noise).loss(loss)) / (2 * h));
  };
  const w = (k.weights as number[]).slice();
  const alpha = k.alpha ? (k.alpha as number[]).slice() : undefined;
  const withK = (c: object) => (k as ShiftInvariantKernel).with(c) as ShiftInvariantKernel | DigitalShiftInvariantKernel;
  if (params.includes("scale")) at((e) => ({ kernel: withK({ scale: k.scale * Math.exp(e) }), noise: gp.noise }));
  if (params.includes("weights")) {
    if (shared) at((e) => ({ kernel: withK({ weights: w.map((v) => v * Math.exp(e)) }), noise: gp.noise }));
    else
      for (let j = 0; j < d; j++)
        at((e) => ({ kernel: withK({ weights: w.map((v, l) => (l === j ? v * Math.exp(e) : v)) }), noise: gp.noise }));
  }
  if (params.includes("alpha") && alpha) {
    if (shared) at((e) => ({ kernel: withK({ alpha: alpha.map((v) => v * Math.exp(e)) }), noise: gp.noise }));
    else
      for (let j = 0; j < d; j++)
        at((e) => ({ kernel: withK({ alpha: alpha.map((v, l) => (l === j ? v * Math.exp(e) : v)) }), noise: gp.noise }));
  }
  if (params.includes("noise")) at((e) => ({ kernel: k, noise: gp.noise * Math.exp(e) }));
  return out;
}

function expectGradientClose(actual: Float64Array, expected: number[], tol: number, what: string): void {
  const scale = Math.max(...expected.map(Math.abs));
  for (let i = 0; i < expected.length; i++) {
    if (!(Math.abs(actual[i] - expected[i]) <= tol * scale)) {
      expect.fail(
        `${what}: component ${i}: analytic ${actual[i]}, central difference ${expected[i]} (tolerance ${tol} · ${scale})`,
      );
    }
  }
}

describe("FastGP loss gradients equal central finite differences (relative 1e-5, norm-wise)", () => {
  for (const kind of ["si", "dsi", "dsi-adaptive"] as const) {
    for (const loss of ["mll", "gcv", "cv"] as const) {
      it(`${kind}, ${loss}: per-dimension and shared weights${kind === "dsi-adaptive" ? ", α" : ""}, scale, noise; 1 and 2 replications`, () => {
        const rng = new RandomStream(101 + loss.length + kind.length);
        for (const R of [1, 2]) {
          for (const d of [1, 3, 4]) {
            const gp = randomGP(kind, d, R, rng);
            gp.addValues(valuesAt(gp.nextPoints(64), rng));
            const params: Param[] =
              kind === "dsi-adaptive" ? ["scale", "weights", "alpha", "noise"] : ["scale", "weights", "noise"];
            for (const shared of [false, true]) {
              const count = 2 + (shared ? 1 : d) * (kind === "dsi-adaptive" ? 2 : 1);
              const g = new Float64Array(count);
              gp.loss(loss, { params, sharedWeights: shared, out: g });
              expectGradientClose(
                g,
                finiteDifferences(gp, loss, params, shared),
                1e-5,
                `${kind} ${loss} R = ${R} d = ${d} shared = ${shared}`,
              );
            }
          }
        }
      }, 60_000);
    }
  }
});

/** Standard normals from a seeded stream (Box–Muller). */
function normals(count: number, rng: RandomStream): Float64Array {
  const z = new Float64Array(count);
  for (let i = 0; i < count; i += 2) {
    const u = 1 - rng.nextFloat64();
    const v = rng.nextFloat64();
    const r = Math.sqrt(-2 * Math.log(u));
    z[i] = r * Math.cos(2 * Math.PI * v);
    if (i + 1 < count) z[i + 1] = r * Math.sin(2 * Math.PI * v);
  }
  return z;
}

/**
 * f ~ GP(0, K) at the first 2n points: f = K^{1/2}z = T⁻¹(√λ ∘ T z) (K = T⁻¹ diag(λ) T, T orthonormal).
 */
function priorDraw(
  generator: Lattice | DigitalNet,
  kernel: ShiftInvariantKernel | DigitalShiftInvariantKernel,
  n2: number,
  rng: RandomStream,
): Float64Array {
  const g = new FastGram({ generator, kernel, n: n2 });
  const z = normals(n2, rng);
  if (g.transform === "fwht") {
    fwhtInPlace(z);
    for (let k = 0; k < n2; k++) z[k] *= Math.sqrt(g.eigenvalues[k]);
    fwhtInPlace(z);
    return z;
  }
  const im = new Float64Array(n2);
  fftbrInPlace(z, im);
  for (let k = 0; k < n2; k++) {
    const s = Math.sqrt(g.eigenvalues[k]);
    z[k] *= s;
    im[k] *= s;
  }
  ifftbrInPlace(z, im);
  return z;
}

describe("FastGP.fit recovers the hyperparameters of prior draws (n = 2^10, seeded)", () => {
  const cases = [
    { kind: "lattice", d: 2, weights: [0.9, 0.25], scale: 3 },
    { kind: "lattice", d: 4, weights: [0.8, 0.4, 0.2, 0.1], scale: 2 },
    { kind: "net", d: 2, weights: [0.9, 0.25], scale: 3 },
    { kind: "net", d: 4, weights: [0.8, 0.4, 0.2, 0.1], scale: 2 },
  ] as const;
  for (const c of cases) {
    it(`${c.kind}, d = ${c.d}: fitted scale within a factor 2, predictive RMSE within 20% of the oracle's`, () => {
      const n = 1024;
      for (const seed of [1, 2, 3]) {
        const rng = new RandomStream(1000 * seed + c.d);
        const generator = c.kind === "lattice" ? new Lattice(c.d, { seed }) : new DigitalNet(c.d, { seed, bits: 32 });
        const truth =
          c.kind === "lattice"
            ? shiftInvariantKernel({ dimension: c.d, alpha: 2, weights: [...c.weights], scale: c.scale })
            : digitalShiftInvariantKernel({ dimension: c.d, alpha: 2, weights: [...c.weights], scale: c.scale, bits: 32 });
        const f = priorDraw(generator, truth, 2 * n, rng);
        const noise = 1e-6 * c.scale;
        const eps = normals(n, rng);
        const y = f.slice(0, n).map((v, i) => v + Math.sqrt(noise) * eps[i]);
        const test = generator.points(n, 2 * n).data;
        const truthAt = f.subarray(n, 2 * n);
        const rmse = (gp: FastGP) => {
          const m = gp.posteriorMean(test);
          let s = 0;
          for (let i = 0; i < n; i++) s += (m[i] - truthAt[i]) ** 2;
          return Math.sqrt(s / n);
        };
        const oracle = new FastGP({ generator, kernel: truth, noise });
        oracle.nextPoints(n);
        oracle.addValues(y);
        const start = (truth as ShiftInvariantKernel).with({ scale: 1, weights: 1 / c.d }) as ShiftInvariantKernel;
        const gp = new FastGP({ generator, kernel: start, noise });
        gp.nextPoints(n);
        gp.addValues(y);
        const r = gp.fit({ loss: "mll", params: ["scale", "weights"] });
        expect(Number.isFinite(r.value)).toBe(true);
        expect(r.value).toBeLessThanOrEqual(r.initialValue);
        const ratio = r.scale / c.scale;
        expect(ratio, `seed ${seed}: fitted scale ${r.scale} vs true ${c.scale}`).toBeGreaterThan(0.5);
        expect(ratio, `seed ${seed}: fitted scale ${r.scale} vs true ${c.scale}`).toBeLessThan(2);
        const eFit = rmse(gp);
        const eOracle = rmse(oracle);
        expect(eFit, `seed ${seed}: RMSE fitted ${eFit} vs oracle ${eOracle}`).toBeLessThanOrEqual(1.2 * eOracle);
      }
    }, 120_000);
  }
});

describe("FastGP bad input", () => {
  const make = () => new FastGP({ generator: new Lattice(2, { seed: 3 }), kernel: shiftInvariantKernel({ dimension: 2 }) });
  it("addValues: wrong length, NaN, no pending points, not an array", () => {
    const gp = make();
    expect(() => gp.addValues(new Float64Array(4))).toThrow(/nextPoints/);
    gp.nextPoints(16);
    expect(() => gp.addValues(new Float64Array(15))).toThrow(RangeError);
    expect(() => gp.addValues(new Float64Array(15))).toThrow(/y\.length must be .* = 16.*got 15/);
    const bad = new Float64Array(16);
    bad[5] = Number.NaN;
    expect(() => gp.addValues(bad)).toThrow(/y\[5\] must be a finite number; got NaN/);
    expect(() => gp.addValues(42 as unknown as Float64Array)).toThrow(TypeError);
    gp.addValues(new Float64Array(16).fill(1));
    expect(gp.n).toBe(16);
  });
  it("nextPoints: not a power of two, not above n, above capacity", () => {
    const gp = make();
    expect(() => gp.nextPoints(12)).toThrow(/n must be a power of two .* got 12/);
    gp.nextPoints(8);
    gp.addValues(new Float64Array(8));
    expect(() => gp.nextPoints(8)).toThrow(RangeError);
    expect(() => gp.nextPoints(2 ** 40)).toThrow(/maxPoints/);
    expect(gp.nextPoints().n).toBe(8);
  });
  it("fit: unknown loss lists the valid ones; unknown params; bad and non-positive bounds; alpha / noise constraints", () => {
    const gp = make();
    expect(() => gp.fit()).toThrow(/no values yet/);
    const x = gp.nextPoints(32);
    gp.addValues(Float64Array.from({ length: 32 }, (_, i) => Math.sin(2 * Math.PI * x.get(i, 0))));
    expect(() => gp.fit({ loss: "mle" as "mll" })).toThrow(/options\.loss must be one of 'mll', 'gcv', 'cv'; got "mle"/);
    expect(() => gp.fit({ params: ["lengthscale" as "scale"] })).toThrow(/options\.params entries must be among/);
    expect(() => gp.fit({ params: ["noise"], bounds: { noise: [0, 1] } })).toThrow(
      /options\.bounds\.noise must satisfy 0 < lo < hi/,
    );
    expect(() => gp.fit({ params: ["noise"], bounds: { noise: [-1, 1] } })).toThrow(RangeError);
    expect(() => gp.fit({ params: ["scale"], bounds: { scale: [2, 1] } })).toThrow(/options\.bounds\.scale/);
    expect(() => gp.fit({ params: ["scale"], bounds: { scale: [2, 3] } })).toThrow(
      /must lie strictly inside options\.bounds\.scale/,
    );
    expect(() => gp.fit({ params: ["alpha"] })).toThrow(/'alpha' is tunable only with digitalShiftInvariantAdaptiveKernel/);
    const zero = new FastGP({ generator: new Lattice(2, { seed: 3 }), kernel: shiftInvariantKernel({ dimension: 2 }), noise: 0 });
    zero.nextPoints(4);
    zero.addValues(new Float64Array(4).fill(1));
    expect(() => zero.fit({ params: ["noise"] })).toThrow(/needs noise > 0/);
    expect(
      () => new FastGP({ generator: new Lattice(2, { seed: 3 }), kernel: shiftInvariantKernel({ dimension: 2 }), noise: -1 }),
    ).toThrow(/noise/);
    expect(() => gp.credibleInterval(1)).toThrow(/level must be a number in \(0, 1\)/);
    expect(() => gp.posteriorMean(new Float64Array(3))).toThrow(RangeError);
  });
  it("fit that cannot converge returns converged: false with finite values, never NaN", () => {
    const gp = make();
    const x = gp.nextPoints(64);
    gp.addValues(Float64Array.from({ length: 64 }, (_, i) => Math.exp(x.get(i, 0)) + x.get(i, 1)));
    const r = gp.fit({ maxIterations: 1 });
    expect(r.converged).toBe(false);
    expect(Number.isFinite(r.value)).toBe(true);
    expect(Number.isFinite(r.scale) && r.weights.every(Number.isFinite)).toBe(true);
    const I = gp.posteriorIntegral();
    expect(Number.isFinite(I.mean) && Number.isFinite(I.variance)).toBe(true);
  });
  it("credibleInterval covers the posterior mean symmetrically with the normal quantile (z_0.995 = 2.5758293035489)", () => {
    const gp = new FastGP({
      generator: new DigitalNet(2, { seed: 5, bits: 32 }),
      kernel: digitalShiftInvariantKernel({ dimension: 2, bits: 32 }),
    });
    const x = gp.nextPoints(64);
    gp.addValues(Float64Array.from({ length: 64 }, (_, i) => x.get(i, 0) * x.get(i, 1)));
    const { mean, variance } = gp.posteriorIntegral();
    const [lo, hi] = gp.credibleInterval(0.99);
    expect(Math.abs((hi - mean) / Math.sqrt(variance) - 2.5758293035489)).toBeLessThan(1e-8);
    expect(Math.abs((mean - lo) / Math.sqrt(variance) - 2.5758293035489)).toBeLessThan(1e-8);
  });
});
