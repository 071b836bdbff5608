import type { RandomStream } from "@qmckit/core";
import { DigitalNet } from "@qmckit/digital-net";
import { Lattice } from "@qmckit/lattice";
import { CholeskyDecomposition, Matrix } from "ml-matrix";
import { digitalShiftInvariantAdaptiveKernel, digitalShiftInvariantKernel, FastGP, shiftInvariantKernel } from "../src/index.js";

/** A dense GP reference (ml-matrix Cholesky of K + νI) on the design of one replication of a FastGP. */
export class DenseGP {
  readonly n: number;
  readonly K: Matrix;
  readonly chol: CholeskyDecomposition;
  readonly Kinv: Matrix;
  readonly w: Matrix;
  readonly y: Matrix;
  readonly X: Float64Array | ReturnType<FastGP["grams"][number]["integers"]>;

  constructor(
    readonly gp: FastGP,
    readonly replication: number,
  ) {
    const g = gp.grams[replication];
    this.n = g.n;
    const k = gp.kernel;
    this.X = k.kind === "shift-invariant" ? g.points().data : g.integers();
    const entries = k.matrix(this.X as Float64Array, this.X as Float64Array);
    const rows: number[][] = [];
    for (let i = 0; i < this.n; i++) {
      const r = Array.from(entries.subarray(i * this.n, (i + 1) * this.n));
      r[i] += gp.noise;
      rows.push(r);
    }
    this.K = new Matrix(rows);
    this.chol = new CholeskyDecomposition(this.K);
    this.Kinv = this.chol.solve(Matrix.eye(this.n));
    this.y = Matrix.columnVector(Array.from(gp.values()[replication]));
    this.w = this.chol.solve(this.y);
  }

  cross(x: Float64Array): Matrix {
    const k = this.gp.kernel;
    const c = k.matrix(x, this.X as Float64Array);
    const rows = c.length / this.n;
    return new Matrix(Array.from({ length: rows }, (_, i) => Array.from(c.subarray(i * this.n, (i + 1) * this.n))));
  }

  mean(x: Float64Array): number[] {
    return this.cross(x).mmul(this.w).to1DArray();
  }

  covariance(x: Float64Array, z: Float64Array): number[] {
    const kx = this.cross(x);
    const kz = this.cross(z);
    const prior = this.gp.kernel.matrix(x, z);
    const q = kx.mmul(this.chol.solve(kz.transpose()));
    const out: number[] = [];
    for (let i = 0; i < q.rows; i++) for (let l = 0; l < q.columns; l++) out.push(prior[i * q.columns + l] - q.get(i, l));
    return out;
  }

  variance(x: Float64Array): number[] {
    const d = this.gp.dimension;
    const out: number[] = [];
    for (let i = 0; i < x.length / d; i++) {
      const xi = x.subarray(i * d, (i + 1) * d);
      out.push(this.covariance(xi, xi)[0]);
    }
    return out;
  }

  integral(): { mean: number; variance: number } {
    const S = this.gp.kernel.scale;
    const one = Matrix.ones(this.n, 1);
    const mean = S * one.transpose().mmul(this.w).get(0, 0);
    const variance = S - S * S * one.transpose().mmul(this.chol.solve(one)).get(0, 0);
    return { mean, variance };
  }

  logDet(): number {
    const L = this.chol.lowerTriangularMatrix;
    let s = 0;
    for (let i = 0; i < this.n; i++) s += 2 * Math.log(L.get(i, i));
    return s;
  }

  /** ½(yᵀK⁻¹y + log det K + n log 2π). */
  mll(): number {
    const q = this.y.transpose().mmul(this.w).get(0, 0);
    return 0.5 * (q + this.logDet() + this.n * Math.log(2 * Math.PI));
  }

  /** n·yᵀK⁻²y/(tr K⁻¹)². */
  gcv(): number {
    let tr = 0;
    for (let i = 0; i < this.n; i++) tr += this.Kinv.get(i, i);
    const q = this.w.transpose().mmul(this.w).get(0, 0);
    return (this.n * q) / (tr * tr);
  }

  /** Mean squared leave-one-out residual (1/n)Σ_i ((K⁻¹y)_i/(K⁻¹)_ii)². */
  cv(): number {
    let s = 0;
    for (let i = 0; i < this.n; i++) {
      const e = this.w.get(i, 0) / this.Kinv.get(i, i);
      s += e * e;
    }
    return s / this.n;
  }
}

export type Kind = "si" | "dsi" | "dsi-adaptive";

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
