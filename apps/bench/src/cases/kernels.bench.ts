import { RandomStream } from "@qmckit/core";
import { DigitalNet } from "@qmckit/digital-net";
import { digitalShiftInvariantKernel, FastGram, shiftInvariantKernel } from "@qmckit/kernels";
import { Lattice } from "@qmckit/lattice";
import type { BenchCase, BenchModule, PeerCase, Target } from "../types.js";

// SPEC §4: FastGram at n = 2^20, d = 8, α = 2 — kernel column + eigenvalues + one solve — at most 0.5×
// a numpy restatement of QMCPy's recipe (vectorised Bernoulli / Walsh product column, np.fft.fft of the
// bit-reversed column or a vectorised FWHT, one solve), for lattice/SI and net/DSI.
//
// "qmckit" times exactly that work: the design points exist already (the numpy peer gets them as input
// too), and `withKernel` computes the new kernel's column and eigenvalues on them; then one solve.
// "qmckit incl. points" also builds the points (new FastGram from the generator), for transparency.
// A nugget of 1e-8 keeps the solve defined (the Gram of a smooth kernel at 2^20 points is singular to
// working precision); the peer adds the same nugget, which costs one pass.

const M = 20;
const N = 2 ** M;
const D = 8;
const NUGGET = 1e-8;

function rhs(n: number, seed: number): Float64Array {
  const rng = new RandomStream(seed);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[i] = rng.nextFloat64() - 0.5;
  return y;
}

const gSi = `FastGram lattice/SI n=2^${M} d=${D} α=2 (column + eigenvalues + solve)`;
const gDsi = `FastGram net/DSI n=2^${M} d=${D} α=2 (column + eigenvalues + solve)`;

const cases: BenchCase[] = [
  {
    group: gSi,
    impl: "qmckit",
    setup: () => {
      const generator = new Lattice(D, { seed: 7 });
      const base = new FastGram({
        generator,
        kernel: shiftInvariantKernel({ dimension: D, alpha: 2, weights: 0.5 }),
        n: N,
        nugget: NUGGET,
      });
      const kernel = shiftInvariantKernel({ dimension: D, alpha: 2 });
      const y = rhs(N, 1);
      return () => base.withKernel(kernel).solve(y);
    },
    throughput: { count: N, unit: "points" },
  },
  {
    group: gSi,
    impl: "qmckit incl. points",
    setup: () => {
      const generator = new Lattice(D, { seed: 7 });
      const kernel = shiftInvariantKernel({ dimension: D, alpha: 2 });
      const y = rhs(N, 1);
      return () => new FastGram({ generator, kernel, n: N, nugget: NUGGET }).solve(y);
    },
    throughput: { count: N, unit: "points" },
  },
  {
    group: gDsi,
    impl: "qmckit",
    setup: () => {
      const generator = new DigitalNet(D, { seed: 7 });
      const base = new FastGram({
        generator,
        kernel: digitalShiftInvariantKernel({ dimension: D, alpha: 2, weights: 0.5 }),
        n: N,
        nugget: NUGGET,
      });
      const kernel = digitalShiftInvariantKernel({ dimension: D, alpha: 2 });
      const y = rhs(N, 2);
      return () => base.withKernel(kernel).solve(y);
    },
    throughput: { count: N, unit: "points" },
  },
  {
    group: gDsi,
    impl: "qmckit incl. points",
    setup: () => {
      const generator = new DigitalNet(D, { seed: 7 });
      const kernel = digitalShiftInvariantKernel({ dimension: D, alpha: 2 });
      const y = rhs(N, 2);
      return () => new FastGram({ generator, kernel, n: N, nugget: NUGGET }).solve(y);
    },
    throughput: { count: N, unit: "points" },
  },
];

const peers: PeerCase[] = [
  { group: gSi, impl: "numpy", op: "numpy.fastgram_si", args: { m: M, d: D, nugget: NUGGET } },
  { group: gDsi, impl: "numpy", op: "numpy.fastgram_dsi", args: { m: M, d: D, nugget: NUGGET } },
];

const targets: Target[] = [
  { group: gSi, maxRatio: 0.5, against: "numpy" },
  { group: gDsi, maxRatio: 0.5, against: "numpy" },
];

/** FastGram against numpy restatements of QMCPy's fast-Gram recipe (SPEC §4). */
export const bench: BenchModule = { cases, peers, targets };
