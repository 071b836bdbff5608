// FastGP against a dense GP (ml-matrix Cholesky of K + νI on the same design), for random (seeded)
// hyperparameters, n = 2^4 … 2^8, d = 1 … 4, lattice/SI, net/DSI (closed and adaptive forms), with one
// and two replications: posterior mean, variance, covariance, integral (1e-8 relative, norm-wise) and the
// mll, gcv and cv losses. The noise ν = K(x, x)·10^U(−4, −1) keeps κ(K + νI) ≤ n·10^4, so the dense
// Cholesky itself is accurate to well below 1e-8.
import { RandomStream } from "@qmckit/core";
import { DigitalNet } from "@qmckit/digital-net";
import { Lattice } from "@qmckit/lattice";
import { describe, expect, it } from "vitest";
import { digitalShiftInvariantAdaptiveKernel, digitalShiftInvariantKernel, FastGP, shiftInvariantKernel } from "../src/index.js";
import { DenseGP } from "./gpDense.js";
import { expectAllClose, expectClose, uniforms } from "./helpers.js";

const TOL = 1e-8;
type Kind = "si" | "dsi" | "dsi-adaptive";

export function randomGP(kind: Kind, d: number, replications: number, rng: RandomStream): FastGP {
  const weights = Array.from({ length: d }, () => 0.05 + 1.5 * rng.nextFloat64());
  const scale = 0.2 + 3 * rng.nextFloat64();
  const seed = rng.nextBelow(2 ** 30);
  const kernel =
    kind === "si"
      ? shiftInvariantKernel({ dimension: d, alpha: Array.from({ length: d }, () => 1 + rng.nextBelow(4)), weights, scale })
      : kind === "dsi"
        ? digitalShiftInvariantKernel({
            dimension: d,
            alpha: Array.from({ length: d }, () => 1 + rng.nextBelow(4)),
            weights,
            scale,
            bits: 32,
          })
        : digitalShiftInvariantAdaptiveKernel({
            dimension: d,
            alpha: Array.from({ length: d }, () => 0.5 + 2.5 * rng.nextFloat64()),
            weights,
            scale,
            bits: 32,
          });
  const generator = kind === "si" ? new Lattice(d, { seed, replications }) : new DigitalNet(d, { seed, bits: 32, replications });
  const noise = kernel.diagonal() * 10 ** (-1 - 3 * rng.nextFloat64());
  return new FastGP({ generator, kernel, noise });
}

/** A smooth test function plus seeded jitter, values replication-major for a PointSet. */
export function valuesAt(
  x: { data: Float64Array; replications: number; n: number; dimension: number },
  rng: RandomStream,
): Float64Array {
  const rows = x.replications * x.n;
  const d = x.dimension;
  const y = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += Math.cos(2 * Math.PI * x.data[i * d + j] + j) / (j + 1);
    y[i] = Math.exp(s / 2) + 0.1 * (rng.nextFloat64() - 0.5);
  }
  return y;
}

describe("FastGP equals a dense GP (random hyperparameters, seeded)", () => {
  for (const kind of ["si", "dsi", "dsi-adaptive"] as const) {
    for (const R of [1, 2]) {
      it(`${kind}, ${R} replication(s): posterior mean / variance / covariance / integral and mll / gcv / cv`, () => {
        const rng = new RandomStream(17 + R + (kind === "si" ? 0 : kind === "dsi" ? 10 : 20));
        let checked = 0;
        for (const m of [4, 6, 8]) {
          for (let d = 1; d <= 4; d++) {
            const n = 2 ** m;
            const gp = randomGP(kind, d, R, rng);
            // Two steps (n/4, then n) so that the doubling path (extend twice) is exercised.
            gp.addValues(valuesAt(gp.nextPoints(n / 4), rng));
            gp.addValues(valuesAt(gp.nextPoints(n), rng));
            expect(gp.n).toBe(n);
            const x = uniforms(7 * d, rng);
            const z = uniforms(5 * d, rng);
            const tag = `${kind} n = ${n} d = ${d}`;
            const dense = Array.from({ length: R }, (_, r) => new DenseGP(gp, r));
            for (let r = 0; r < R; r++) {
              const D = dense[r];
              expectAllClose(gp.posteriorMean(x, r), D.mean(x), TOL, `${tag} mean r${r}`);
              expectAllClose(gp.posteriorVariance(x, r), D.variance(x), TOL, `${tag} variance r${r}`);
              expectAllClose(gp.posteriorCovariance(x, z, r), D.covariance(x, z), TOL, `${tag} covariance r${r}`);
              const I = gp.posteriorIntegral().replications[r];
              const DI = D.integral();
              expectClose(I.mean, DI.mean, TOL, `${tag} integral mean r${r}`);
              expectClose(I.variance, DI.variance, TOL, `${tag} integral variance r${r}`, DI.mean);
            }
            // Combined over replications.
            const means = dense.map((D) => D.mean(x));
            const combined = gp.posteriorMean(x);
            expectAllClose(
              combined,
              means[0].map((_, i) => means.reduce((s, mm) => s + mm[i], 0) / R),
              TOL,
              `${tag} combined mean`,
            );
            const sds = dense.map((D) => D.variance(x).map(Math.sqrt));
            expectAllClose(
              gp.posteriorVariance(x),
              sds[0].map((_, i) => (sds.reduce((s, v) => s + v[i], 0) / R) ** 2),
              TOL,
              `${tag} combined variance`,
            );
            const ints = dense.map((D) => D.integral());
            const I = gp.posteriorIntegral();
            expectClose(I.mean, ints.reduce((s, v) => s + v.mean, 0) / R, TOL, `${tag} combined integral mean`);
            expectClose(
              I.variance,
              (ints.reduce((s, v) => s + Math.sqrt(v.variance), 0) / R) ** 2,
              TOL,
              `${tag} combined integral variance`,
            );
            // Losses: mll summed, gcv and cv averaged over replications.
            expectClose(
              gp.loss("mll"),
              dense.reduce((s, D) => s + D.mll(), 0),
              TOL,
              `${tag} mll`,
            );
            expectClose(gp.loss("gcv"), dense.reduce((s, D) => s + D.gcv(), 0) / R, TOL, `${tag} gcv`);
            expectClose(gp.loss("cv"), dense.reduce((s, D) => s + D.cv(), 0) / R, TOL, `${tag} cv`);
            checked++;
          }
        }
        expect(checked).toBe(12);
      }, 120_000);
    }
  }
});
