import type { DigitalShiftInvariantChanges, DigitalShiftInvariantKernel } from "../DigitalShiftInvariant.js";
import type { NetPointInput } from "../Kernel.js";
import { DSI_AT_ZERO, dsiLoop, KIND_ADAPTIVE, KIND_COMBINED } from "./dsiLoop.js";
import { checkMatrixSize, intRows, outArray, pairCount } from "./inputs.js";
import { FACTORS, MINUS_ONE, type Mode, VALUE } from "./siLoop.js";

/** ν(α) = 2^{α+1}/(2^{α+1} − 2) of the adaptive kernel (K̃(0)). */
export function adaptiveNu(alpha: number): number {
  return 2 ** (alpha + 1) / (2 ** (alpha + 1) - 2);
}

/** The one implementation behind the three digitally-shift-invariant factories. */
export class DsiKernel implements DigitalShiftInvariantKernel {
  readonly kind = "digital-shift-invariant";
  readonly form: "closed" | "adaptive" | "combined";
  readonly dimension: number;
  readonly scale: number;
  readonly bits: number;
  readonly weights: readonly number[];
  readonly alpha: readonly number[] | undefined;
  readonly coefficients: readonly (readonly number[])[] | undefined;
  readonly #kinds: Int32Array;
  readonly #comb: Float64Array;
  readonly #nu: Float64Array;
  readonly #adapt: Float64Array;
  readonly #w: Float64Array;
  readonly #remake: (changes: DigitalShiftInvariantChanges) => DigitalShiftInvariantKernel;

  constructor(
    form: "closed" | "adaptive" | "combined",
    scale: number,
    bits: number,
    weights: number[],
    alpha: number[] | undefined,
    coefficients: number[][] | undefined,
    remake: (changes: DigitalShiftInvariantChanges) => DigitalShiftInvariantKernel,
  ) {
    const d = weights.length;
    this.form = form;
    this.dimension = d;
    this.scale = scale;
    this.bits = bits;
    this.weights = Object.freeze(weights.slice());
    this.alpha = alpha === undefined ? undefined : Object.freeze(alpha.slice());
    this.coefficients = coefficients === undefined ? undefined : Object.freeze(coefficients.map((r) => Object.freeze(r.slice())));
    this.#remake = remake;
    this.#w = Float64Array.from(weights);
    this.#kinds = new Int32Array(d);
    this.#comb = new Float64Array(4 * d);
    this.#nu = new Float64Array(d);
    this.#adapt = new Float64Array(65 * d);
    for (let j = 0; j < d; j++) {
      if (form === "closed") this.#kinds[j] = (alpha as number[])[j];
      else if (form === "combined") {
        this.#kinds[j] = KIND_COMBINED;
        for (let p = 0; p < 4; p++) this.#comb[4 * j + p] = (coefficients as number[][])[j][p];
      } else {
        const a = (alpha as number[])[j];
        this.#kinds[j] = KIND_ADAPTIVE;
        this.#nu[j] = adaptiveNu(a);
        for (let b = 0; b <= 64; b++) this.#adapt[65 * j + b] = 2 ** (a * (1 - b));
      }
    }
  }

  with(changes: DigitalShiftInvariantChanges): DigitalShiftInvariantKernel {
    return this.#remake(changes);
  }

  evaluate(x: NetPointInput, z: NetPointInput, out?: Float64Array): Float64Array {
    return this.#pairs(x, z, out, VALUE);
  }

  evaluateMinusOne(x: NetPointInput, z: NetPointInput, out?: Float64Array): Float64Array {
    return this.#pairs(x, z, out, MINUS_ONE);
  }

  factors(x: NetPointInput, z: NetPointInput, out?: Float64Array): Float64Array {
    return this.#pairs(x, z, out, FACTORS);
  }

  matrix(x: NetPointInput, z: NetPointInput): Float64Array {
    const d = this.dimension;
    const a = intRows("x", x, d, this.bits);
    const b = intRows("z", z, d, this.bits);
    checkMatrixSize(a.rows, b.rows);
    const out = new Float64Array(a.rows * b.rows);
    for (let i = 0; i < a.rows; i++) this.run(a.hi, a.lo, i * d, 0, b.hi, b.lo, 0, d, b.rows, out, i * b.rows, VALUE);
    return out;
  }

  integral(): number {
    return this.scale;
  }

  diagonal(): number {
    let k = this.scale;
    for (let j = 0; j < this.dimension; j++) {
      const kind = this.#kinds[j];
      let v = 0;
      if (kind <= 4) v = DSI_AT_ZERO[kind];
      else if (kind === KIND_ADAPTIVE) v = this.#nu[j];
      else for (let p = 1; p <= 4; p++) v += this.#comb[4 * j + p - 1] * DSI_AT_ZERO[p];
      k *= 1 + this.#w[j] * v;
    }
    return k;
  }

  /**
   * Unchecked loop entry for FastGram (steps of 0 broadcast a row).
   * @internal
   */
  run(
    XH: Uint32Array,
    XL: Uint32Array,
    xOff: number,
    xStep: number,
    ZH: Uint32Array,
    ZL: Uint32Array,
    zOff: number,
    zStep: number,
    count: number,
    out: Float64Array,
    outOff: number,
    mode: Mode,
  ): void {
    dsiLoop(
      this.#kinds,
      this.#comb,
      this.#nu,
      this.#adapt,
      this.#w,
      this.scale,
      this.dimension,
      XH,
      XL,
      xOff,
      xStep,
      ZH,
      ZL,
      zOff,
      zStep,
      count,
      out,
      outOff,
      mode,
    );
  }

  #pairs(x: NetPointInput, z: NetPointInput, out: Float64Array | undefined, mode: Mode): Float64Array {
    const d = this.dimension;
    const a = intRows("x", x, d, this.bits);
    const b = intRows("z", z, d, this.bits);
    const count = pairCount(a.rows, b.rows);
    const res = outArray(out, mode === FACTORS ? count * d : count);
    this.run(a.hi, a.lo, 0, a.rows === 1 ? 0 : d, b.hi, b.lo, 0, b.rows === 1 ? 0 : d, count, res, 0, mode);
    return res;
  }
}
