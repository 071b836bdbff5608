import { formatValue, validateChoice, validateOptions } from "@qmckit/core";
import type { DiscrepancyKernel } from "./DiscrepancyKernel.js";
import { readPoints } from "./internal/readPoints.js";
import type { PointsInput } from "./PointsInput.js";

/** Options of {@link kernelDiscrepancy}. */
export interface KernelDiscrepancyOptions {
  /**
   * `'pairwise'` (default): Σ_{i,j} K(x_i, x_j) over all pairs, O(n² d), any point set.
   * `'group'`: n · Σ_j K(x_j, x_0), O(n d), for a point set that is a group (or a coset) for the
   * kernel's `invariance`: a shifted rank-1 lattice with its n points for `'shift'`, a digitally
   * shifted base-2 digital net with 2^m points (LMS/DS, not NUS) for `'digital-shift'`.
   */
  form?: "pairwise" | "group";
  /** Coordinates per point, required when `points` is a flat Float64Array. */
  dimension?: number;
}

/**
 * The squared worst-case integration error e² of the equal-weight rule on `points` in the reproducing
 * kernel Hilbert space of `kernel` (the weighted kernel discrepancy): e² = sup over f in the unit ball
 * of |∫f − (1/n) Σ f(x_i)|².
 *
 * @param points - n ≥ 1 points in [0, 1]^d (a {@link PointsInput}), d = `kernel.dimension`.
 * @param kernel - a {@link DiscrepancyKernel}: e.g. an SI kernel for lattices or a DSI kernel for
 *   digital nets from `@qmckit/kernels`.
 * @param options - `form` (`'pairwise'` default, or `'group'`) and `dimension` for a flat array.
 * @returns e² = (1/n²) Σ_{i,j} (K(x_i, x_j) − ∫∫K) (for kernels whose ∫K(x, ·) is constant), on the
 *   same scale as {@link discrepancy} (squared). Rounding can make a tiny e² slightly negative; it is
 *   returned as computed, not clamped.
 * @throws TypeError for a kernel without the members of {@link DiscrepancyKernel}; RangeError when
 *   the dimensions differ, for `'group'` with a kernel without `invariance`, or when a spot check
 *   shows that the points are not a group for it.
 *
 * @remarks
 * The `'group'` form uses one column of the Gram matrix: when every row is a permutation of the first
 * one, Σ_{i,j} K(x_i, x_j) = n Σ_j K(x_j, x_0). It spot-checks that premise on two more rows (O(n d)
 * each) and throws when they disagree beyond 1e-9 relative. Both forms give the same number to
 * rounding (1e-12 relative in the tests). The pairwise form evaluates K(x_i, ·) on the rows j > i only
 * (K is symmetric), one broadcast call per row, so memory stays O(n) beyond the points.
 *
 * @example
 * ```ts
 * const lattice = new Lattice(4, { seed: 3 }).points(1024);
 * kernelDiscrepancy(lattice, siKernel, { form: "group" }); // O(n d)
 * kernelDiscrepancy(lattice, siKernel);                    // O(n² d), the same value
 * ```
 */
export function kernelDiscrepancy(points: PointsInput, kernel: DiscrepancyKernel, options?: KernelDiscrepancyOptions): number {
  const o = validateOptions("options", options, ["form", "dimension"]);
  const form = validateChoice("form", o.form ?? "pairwise", ["pairwise", "group"]);
  if (
    kernel === null ||
    typeof kernel !== "object" ||
    typeof kernel.evaluate !== "function" ||
    typeof kernel.integral !== "function" ||
    typeof kernel.dimension !== "number"
  ) {
    throw new TypeError(`kernel must have dimension, integral() and evaluate(x, z, out?); got ${formatValue(kernel)}`);
  }
  const {
    data,
    n,
    dimension: d,
  } = readPoints("points", points, o.dimension ?? (points instanceof Float64Array ? kernel.dimension : undefined));
  if (d !== kernel.dimension) {
    throw new RangeError(`points must have the kernel's dimension ${kernel.dimension}; got dimension ${d}`);
  }
  const c = kernel.integral();
  if (form === "pairwise") return pairwise(data, n, d, kernel, c) / (n * n);
  const invariance = invarianceOf(kernel);
  if (invariance === undefined) {
    throw new RangeError(
      `form 'group' needs a kernel with invariance 'shift' or 'digital-shift' (or a @qmckit/kernels kernel); got ${formatValue(kernel.invariance)}`,
    );
  }
  const out = new Float64Array(n);
  const first = rowSum(data, n, d, 0, kernel, c, out);
  for (const i of new Set([n - 1, n >> 1])) {
    const other = rowSum(data, n, d, i, kernel, c, out);
    if (!(Math.abs(other - first) <= 1e-9 * Math.abs(first))) {
      throw new RangeError(
        `points must form a group for the kernel's ${invariance} invariance (a full shifted lattice or digitally shifted net) for form 'group': row ${i} of the Gram matrix sums to ${other}, row 0 to ${first}; use form 'pairwise'`,
      );
    }
  }
  return first / n;
}

/** Σ_j (K(x_j, x_i) − c), evaluated in one broadcast call. */
function rowSum(
  data: Float64Array,
  n: number,
  d: number,
  i: number,
  kernel: DiscrepancyKernel,
  c: number,
  out: Float64Array,
): number {
  const k = kernel.evaluate(data, data.subarray(i * d, (i + 1) * d), out);
  let s = 0;
  for (let j = 0; j < n; j++) s += k[j] - c;
  return s;
}

/**
 * Σ_{i,j} (K(x_i, x_j) − c) = Σ_i (K(x_i, x_i) − c) + 2 Σ_{i<j} (K(x_i, x_j) − c), rows accumulated
 * with Neumaier. Subtracting c = ∫∫K from each term (not once at the end) keeps a small e² accurate.
 */
function pairwise(data: Float64Array, n: number, d: number, kernel: DiscrepancyKernel, c: number): number {
  const buffer = new Float64Array(n);
  let sum = 0;
  let comp = 0;
  for (let i = 0; i < n; i++) {
    const row = data.subarray(i * d, (i + 1) * d);
    const m = n - i;
    const k = kernel.evaluate(row, data.subarray(i * d), buffer.subarray(0, m));
    let s = 0;
    for (let j = 1; j < m; j++) s += k[j] - c;
    const term = k[0] - c + 2 * s;
    const t = sum + term;
    comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  return sum + comp;
}

/** The kernel's invariance: declared, or read from the `kind` of a @qmckit/kernels kernel. */
function invarianceOf(kernel: DiscrepancyKernel): "shift" | "digital-shift" | undefined {
  if (kernel.invariance === "shift" || kernel.invariance === "digital-shift") return kernel.invariance;
  if (kernel.kind === "shift-invariant") return "shift";
  if (kernel.kind === "digital-shift-invariant") return "digital-shift";
  return undefined;
}
