import { formatValue, validateInteger, validateOptions } from "@qmckit/core";
import { DigitalNet } from "@qmckit/digital-net";
import { Lattice } from "@qmckit/lattice";
import type { FastGramOptions } from "../FastGram.js";
import { DsiKernel } from "./DsiKernel.js";
import { type Design, designWindow, minusOneColumn } from "./design.js";
import { checkNonNegative } from "./params.js";
import { SiKernel } from "./SiKernel.js";
import { columnSpectrum, type Transform } from "./spectral.js";

const KEYS = ["generator", "kernel", "n", "nugget", "replication"];

/** Everything a FastGram holds; shared (read-only) between the objects that extend or re-parameterize it. */
export interface State {
  generator: Lattice | DigitalNet;
  kernel: SiKernel | DsiKernel;
  transform: Transform;
  n: number;
  nugget: number;
  replication: number;
  design: Design;
  /** √n·T(∏(1 + γK̃) − 1 column): the spectrum of the unit-scale kernel minus the constant 1. */
  rho: Float64Array;
}

/** Validates the options and computes the design and the spectrum. */
export function build(options: FastGramOptions): State {
  const o = validateOptions("options", options, KEYS);
  const generator = o.generator;
  if (!(generator instanceof Lattice) && !(generator instanceof DigitalNet)) {
    throw new TypeError(
      `generator must be a Lattice (with a shift-invariant kernel) or a DigitalNet (with a digitally-shift-invariant kernel); got ${formatValue(generator)}`,
    );
  }
  const kernel = checkKernel(generator, o.kernel);
  const isLattice = generator instanceof Lattice;
  if (isLattice) {
    if (generator.order !== "natural") {
      throw new RangeError(
        `generator.order must be 'natural' (radical inverse) for a diagonalizable Gram matrix; got '${generator.order}'`,
      );
    }
  } else {
    const { order, randomize } = generator.options;
    if (order !== "natural") {
      throw new RangeError(
        `generator.options.order must be 'natural' (radical inverse) for a diagonalizable Gram matrix; got '${order}'`,
      );
    }
    if (randomize === "nus") {
      throw new RangeError(
        "generator.options.randomize must be 'lms-ds', 'lms', 'ds' or 'none': nested uniform scrambling ('nus') breaks the dyadic structure of the Gram matrix; got 'nus'",
      );
    }
  }
  const maxM = Math.min(30, Math.log2(generator.maxPoints));
  if (typeof o.n !== "number")
    throw new TypeError(`n must be a power of two number in [1, 2^${maxM}]; got ${formatValue(o.n)} (${typeof o.n})`);
  const n = o.n;
  if (!Number.isInteger(n) || n < 1 || (n & (n - 1)) !== 0 || n > 2 ** maxM) {
    throw new RangeError(
      `n must be a power of two in [1, 2^${maxM}] (the generator's capacity maxPoints = ${generator.maxPoints}); got ${formatValue(n)}`,
    );
  }
  const nugget = checkNonNegative("nugget", o.nugget ?? 0);
  const replication = validateInteger("replication", o.replication ?? 0, 0, generator.replications - 1);
  const kind = isLattice ? "lattice" : "net";
  const transform: Transform = isLattice ? "fftbr" : "fwht";
  const design = designWindow(generator, kind, replication, 0, n);
  return { generator, kernel, transform, n, nugget, replication, design, rho: spectrum(kernel, design, n, transform) };
}

/** The kernel must be ours, of the right kind for the generator, dimension and bits. */
export function checkKernel(generator: Lattice | DigitalNet, kernel: unknown): SiKernel | DsiKernel {
  if (!(kernel instanceof SiKernel) && !(kernel instanceof DsiKernel)) {
    throw new TypeError(
      `kernel must be made by shiftInvariantKernel, shiftInvariantCombinedKernel or a digitalShiftInvariant…Kernel factory; got ${formatValue(kernel)}`,
    );
  }
  const isLattice = generator instanceof Lattice;
  if (isLattice !== kernel instanceof SiKernel) {
    throw new TypeError(
      `generator and kernel must be a diagonalizable pair: (Lattice, shift-invariant kernel) via fftbr or (DigitalNet, digitally-shift-invariant kernel) via fwht; got a ${isLattice ? "Lattice" : "DigitalNet"} with a ${kernel.kind} kernel`,
    );
  }
  if (kernel.dimension !== generator.dimension) {
    throw new RangeError(`kernel.dimension must equal generator.dimension = ${generator.dimension}; got ${kernel.dimension}`);
  }
  if (kernel instanceof DsiKernel && kernel.bits !== (generator as DigitalNet).options.bits) {
    throw new RangeError(`kernel.bits must equal the net's bits = ${(generator as DigitalNet).options.bits}; got ${kernel.bits}`);
  }
  return kernel;
}

export function unitKernel(kernel: SiKernel | DsiKernel): SiKernel | DsiKernel {
  return kernel.scale === 1 ? kernel : (kernel.with({ scale: 1 }) as SiKernel | DsiKernel);
}

/** ρ = √n·T(M) of the one-minus column of the unit-scale kernel. */
export function spectrum(kernel: SiKernel | DsiKernel, design: Design, n: number, transform: Transform): Float64Array {
  const M = new Float64Array(n);
  minusOneColumn(unitKernel(kernel), design, design, n, M);
  return columnSpectrum(transform, M, n, M);
}

/** Whether two kernels differ at most in scale (then ρ is shared). */
export function sameShape(a: SiKernel | DsiKernel, b: SiKernel | DsiKernel): boolean {
  if (a.form !== b.form) return false;
  const eq = (u: readonly number[] | undefined, v: readonly number[] | undefined) =>
    u === v || (u !== undefined && v !== undefined && u.length === v.length && u.every((x, i) => x === v[i]));
  if (!eq(a.weights, b.weights) || !eq(a.alpha, b.alpha)) return false;
  const ca = a.coefficients;
  const cb = b.coefficients;
  if (ca === undefined || cb === undefined) return ca === cb;
  return ca.every((row, j) => eq(row, cb[j]));
}
