import type { PointInput } from "../Kernel.js";
import type { ShiftInvariantChanges, ShiftInvariantKernel } from "../ShiftInvariant.js";
import { addKorobovPolynomial, SI_MAX_ALPHA, SI_SLOTS } from "./bernoulli.js";
import { checkMatrixSize, floatRows, outArray, pairCount } from "./inputs.js";
import { FACTORS, MINUS_ONE, type Mode, siLoop, VALUE } from "./siLoop.js";

/** The one implementation behind both shift-invariant factories. */
export class SiKernel implements ShiftInvariantKernel {
  readonly kind = "shift-invariant";
  readonly form: "bernoulli" | "combined";
  readonly dimension: number;
  readonly scale: number;
  readonly weights: readonly number[];
  readonly alpha: readonly number[] | undefined;
  readonly coefficients: readonly (readonly number[])[];
  readonly #poly: Float64Array;
  readonly #deg: number;
  readonly #w: Float64Array;
  readonly #remake: (changes: ShiftInvariantChanges) => ShiftInvariantKernel;

  constructor(
    form: "bernoulli" | "combined",
    scale: number,
    weights: number[],
    alpha: number[] | undefined,
    coefficients: number[][],
    remake: (changes: ShiftInvariantChanges) => ShiftInvariantKernel,
  ) {
    this.form = form;
    this.dimension = weights.length;
    this.scale = scale;
    this.weights = Object.freeze(weights.slice());
    this.alpha = alpha === undefined ? undefined : Object.freeze(alpha.slice());
    this.coefficients = Object.freeze(coefficients.map((r) => Object.freeze(r.slice())));
    this.#remake = remake;
    this.#w = Float64Array.from(weights);
    this.#poly = new Float64Array(this.dimension * SI_SLOTS);
    let deg = 0;
    for (let j = 0; j < this.dimension; j++) {
      for (let p = 1; p <= SI_MAX_ALPHA; p++) {
        const a = coefficients[j][p - 1];
        if (a !== 0) {
          addKorobovPolynomial(this.#poly, j * SI_SLOTS, p, a);
          deg = Math.max(deg, p);
        }
      }
    }
    this.#deg = deg;
  }

  with(changes: ShiftInvariantChanges): ShiftInvariantKernel {
    return this.#remake(changes);
  }

  evaluate(x: PointInput, z: PointInput, out?: Float64Array): Float64Array {
    return this.#pairs(x, z, out, VALUE);
  }

  evaluateMinusOne(x: PointInput, z: PointInput, out?: Float64Array): Float64Array {
    return this.#pairs(x, z, out, MINUS_ONE);
  }

  factors(x: PointInput, z: PointInput, out?: Float64Array): Float64Array {
    return this.#pairs(x, z, out, FACTORS);
  }

  matrix(x: PointInput, z: PointInput): Float64Array {
    const d = this.dimension;
    const a = floatRows("x", x, d);
    const b = floatRows("z", z, d);
    checkMatrixSize(a.rows, b.rows);
    const out = new Float64Array(a.rows * b.rows);
    for (let i = 0; i < a.rows; i++) {
      siLoop(this.#poly, this.#deg, this.#w, this.scale, d, a.data, i * d, 0, b.data, 0, d, b.rows, out, i * b.rows, VALUE);
    }
    return out;
  }

  integral(): number {
    return this.scale;
  }

  diagonal(): number {
    let k = this.scale;
    for (let j = 0; j < this.dimension; j++) k *= 1 + this.#w[j] * this.#poly[j * SI_SLOTS];
    return k;
  }

  /**
   * Unchecked loop entry for FastGram: `count` pairs of rows of flat arrays with steps (0 broadcasts).
   * @internal
   */
  run(
    X: Float64Array,
    xOff: number,
    xStep: number,
    Z: Float64Array,
    zOff: number,
    zStep: number,
    count: number,
    out: Float64Array,
    outOff: number,
    mode: Mode,
  ): void {
    siLoop(this.#poly, this.#deg, this.#w, this.scale, this.dimension, X, xOff, xStep, Z, zOff, zStep, count, out, outOff, mode);
  }

  #pairs(x: PointInput, z: PointInput, out: Float64Array | undefined, mode: Mode): Float64Array {
    const d = this.dimension;
    const a = floatRows("x", x, d);
    const b = floatRows("z", z, d);
    const count = pairCount(a.rows, b.rows);
    const res = outArray(out, mode === FACTORS ? count * d : count);
    siLoop(
      this.#poly,
      this.#deg,
      this.#w,
      this.scale,
      d,
      a.data,
      0,
      a.rows === 1 ? 0 : d,
      b.data,
      0,
      b.rows === 1 ? 0 : d,
      count,
      res,
      0,
      mode,
    );
    return res;
  }
}
