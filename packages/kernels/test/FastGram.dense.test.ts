// FastGram against a dense ml-matrix Cholesky of k.matrix(x, x), for random (seeded) hyperparameters,
// n = 2^4 … 2^9, d = 1 … 6, both kernel families in every form, with and without nugget.
//
// Tolerance 1e-9 relative, norm-wise (max |Δ| / max |dense|) for multiply and solve, and
// |Δ logdet| ≤ 1e-9 · Σ|log λ_k| for the log-determinant. A solve can only be that accurate when
// κ·ε ≪ 1e-9 (for the dense Cholesky as much as for us), so hyperparameters are drawn until the
// condition number κ = max λ / min λ is at most 1e6 (without nugget, smooth kernels in few dimensions
// are numerically singular at these n; they are covered by the singular-solve tests). With a nugget
// ν = K(0)·10^U(−3, 0), κ ≤ n·10³ always.
import { RandomStream } from "@qmckit/core";
import { DigitalNet } from "@qmckit/digital-net";
import { Lattice } from "@qmckit/lattice";
import { describe, expect, it } from "vitest";
import {
  type DigitalShiftInvariantKernel,
  digitalShiftInvariantAdaptiveKernel,
  digitalShiftInvariantCombinedKernel,
  digitalShiftInvariantKernel,
  FastGram,
  type ShiftInvariantKernel,
  shiftInvariantCombinedKernel,
  shiftInvariantKernel,
} from "../src/index.js";
import { DenseGram } from "./dense.js";
import { expectAllClose } from "./helpers.js";

const KAPPA_MAX = 1e6;
const TOL = 1e-9;

function randomGram(kind: "si" | "dsi", n: number, d: number, withNugget: boolean, rng: RandomStream): FastGram {
  for (let attempt = 0; attempt < 400; attempt++) {
    const weights = Array.from({ length: d }, () => 0.05 + 1.5 * rng.nextFloat64());
    const scale = 0.2 + 3 * rng.nextFloat64();
    const seed = rng.nextBelow(2 ** 30);
    // every form: Bernoulli / combined (SI); closed / adaptive / combined (DSI)
    const form = rng.nextBelow(kind === "si" ? 2 : 3);
    const coefficients = (P: number) =>
      Array.from({ length: d }, () =>
        Array.from({ length: P }, (_, p) => (p === 0 ? 0.1 : 0) + rng.nextFloat64() * rng.nextBelow(2)),
      );
    const perDim = (f: () => number) => Array.from({ length: d }, f);
    let kernel: ShiftInvariantKernel | DigitalShiftInvariantKernel;
    if (kind === "si") {
      kernel =
        form === 0
          ? shiftInvariantKernel({ dimension: d, alpha: perDim(() => 1 + rng.nextBelow(5)), weights, scale })
          : shiftInvariantCombinedKernel({ dimension: d, coefficients: coefficients(5), weights, scale });
    } else if (form === 0) {
      kernel = digitalShiftInvariantKernel({ dimension: d, alpha: perDim(() => 1 + rng.nextBelow(4)), weights, scale, bits: 32 });
    } else if (form === 1) {
      kernel = digitalShiftInvariantAdaptiveKernel({
        dimension: d,
        alpha: perDim(() => 0.2 + 3 * rng.nextFloat64()),
        weights,
        scale,
        bits: 32,
      });
    } else {
      kernel = digitalShiftInvariantCombinedKernel({ dimension: d, coefficients: coefficients(4), weights, scale, bits: 32 });
    }
    const generator = kind === "si" ? new Lattice(d, { seed }) : new DigitalNet(d, { seed, bits: 32 });
    const nugget = withNugget ? kernel.diagonal() * 10 ** (-3 * rng.nextFloat64()) : 0;
    const g = new FastGram({ generator, kernel, n, nugget });
    let max = 0;
    let min = Number.POSITIVE_INFINITY;
    for (const l of g.eigenvalues) {
      max = Math.max(max, l);
      min = Math.min(min, l);
    }
    if (max / min <= KAPPA_MAX) return g;
  }
  throw new Error(`no configuration with κ ≤ ${KAPPA_MAX} found for ${kind} n = ${n} d = ${d}`);
}

function dense(g: FastGram): DenseGram {
  const k = g.kernel;
  const entries =
    k.kind === "shift-invariant"
      ? k.matrix(g.points(), g.points())
      : k.matrix(
          g.integers() as NonNullable<ReturnType<FastGram["integers"]>>,
          g.integers() as NonNullable<ReturnType<FastGram["integers"]>>,
        );
  return new DenseGram(entries, g.n, g.nugget);
}

describe("FastGram equals a dense Cholesky (random hyperparameters, seeded)", () => {
  for (const kind of ["si", "dsi"] as const) {
    for (const withNugget of [false, true]) {
      it(`${kind === "si" ? "lattice / SI" : "net / DSI"}, ${withNugget ? "with" : "without"} nugget: multiply, solve (single and batch), logDet, trace`, () => {
        const rng = new RandomStream(kind === "si" ? (withNugget ? 1 : 2) : withNugget ? 3 : 4);
        let checked = 0;
        for (let m = 4; m <= 9; m++) {
          for (let d = 1; d <= 6; d++) {
            const n = 2 ** m;
            const g = randomGram(kind, n, d, withNugget, rng);
            const D = dense(g);
            expect(D.chol.isPositiveDefinite(), `dense Cholesky n = ${n}, d = ${d}`).toBe(true);
            const y = new Float64Array(3 * n);
            for (let i = 0; i < y.length; i++) y[i] = rng.nextFloat64() - 0.5;
            const Ky = g.multiply(y);
            const Kiy = g.solve(y);
            for (let b = 0; b < 3; b++) {
              const yb = y.subarray(b * n, (b + 1) * n);
              const tag = `n = ${n}, d = ${d}, rhs ${b}`;
              expectAllClose(Ky.subarray(b * n, (b + 1) * n), D.multiply(yb), TOL, `multiply ${tag}`);
              expectAllClose(Kiy.subarray(b * n, (b + 1) * n), D.solve(yb), TOL, `solve ${tag}`);
              // a batch pairs two real right-hand sides in one complex transform; a single one goes alone
              expectAllClose(g.solve(yb), D.solve(yb), TOL, `single solve ${tag}`);
            }
            let scale = 0;
            for (const l of g.eigenvalues) scale += Math.abs(Math.log(l));
            const dl = Math.abs(g.logDet() - D.logDet());
            expect(dl, `logDet n = ${n}, d = ${d}: fast ${g.logDet()} dense ${D.logDet()}`).toBeLessThanOrEqual(TOL * scale);
            let tr = 0;
            for (let i = 0; i < n; i++) tr += D.K.get(i, i);
            expect(Math.abs(g.trace() - tr)).toBeLessThanOrEqual(1e-13 * tr);
            checked++;
          }
        }
        expect(checked).toBe(36);
      }, 120_000);
    }
  }
});
