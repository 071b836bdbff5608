// FastGP against a dense GP (ml-matrix Cholesky of K + νI on the same design), for random (seeded)
// hyperparameters, n = 2^4 … 2^8, d = 1 … 4, lattice/SI, net/DSI (closed and adaptive forms), with one
// and two replications: posterior mean, variance, covariance, integral (1e-8 relative, norm-wise) and the
// mll, gcv and cv losses. The noise ν = K(x, x)·10^U(−4, −1) keeps κ(K + νI) ≤ n·10^4, so the dense
// Cholesky itself is accurate to well below 1e-8.
import { RandomStream } from "@qmckit/core";
import { describe, expect, it } from "vitest";
import { DenseGP, randomGP, valuesAt } from "./gpDense.js";
import { expectAllClose, expectClose, uniforms } from "./helpers.js";

const TOL = 1e-8;

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
