import { formatValue, validateInteger } from "@qmckit/core";
import { type Integrand, integrand } from "../integrand.js";
import { validateVector } from "../internal/validateVector.js";
import { uniform } from "../measures/uniform.js";

/** Closed forms of B_s(d) = E‖U‖^s, U ~ U[0,1]^d, where known (Bailey, Borwein & Crandall 2006). */
function boxExact(d: number, s: number): number | undefined {
  if (s === 0) return 1;
  if (d === 1) return 1 / (s + 1);
  if (s === 2) return d / 3;
  if (s === 4) return d / 5 + (d * (d - 1)) / 9;
  const r2 = Math.SQRT2;
  const r3 = Math.sqrt(3);
  if (d === 2 && s === 1) return (r2 + Math.log(1 + r2)) / 3;
  if (d === 2 && s === -1) return 2 * Math.log(1 + r2);
  if (d === 3 && s === 1) return r3 / 4 + Math.log(2 + r3) / 2 - Math.PI / 24;
  if (d === 3 && s === -1) return -Math.PI / 4 - Math.log(2) / 2 + Math.log(5 + 3 * r3);
  return undefined;
}

/**
 * Box integrals B_s(d) = ∫_{[0,1]^d} ‖t‖^s dt (Bailey, Borwein & Crandall 2006): the mean distance to a
 * corner of the unit cube raised to the power s. A number s gives a scalar integrand; an array of
 * exponents gives a vector-valued one with one output per exponent (computed from the same points).
 *
 * @param dimension - d, an integer in [1, 1000].
 * @param s - the exponent(s), each > −d (for integrability).
 * @returns an {@link Integrand} on `uniform(d)` with `exactValue` where every closed form is known:
 *   s = 0, d = 1, s = 2 (d/3), s = 4 (d/5 + d(d−1)/9), and d ∈ {2, 3} with s = ±1.
 * @throws RangeError for a bad dimension or an exponent ≤ −d.
 *
 * @example
 * ```ts
 * boxIntegral(3, [-1, 1]).exactValue; // Float64Array [1.1900386819897766, 0.9605919564550528]
 * ```
 */
export function boxIntegral(dimension: number, s: number): Integrand<"scalar">;
export function boxIntegral(dimension: number, s: ArrayLike<number>): Integrand<"vector">;
export function boxIntegral(dimension: number, s: number | ArrayLike<number>): Integrand<"scalar"> | Integrand<"vector"> {
  const d = validateInteger("dimension", dimension, 1, 1000);
  const scalar = typeof s === "number";
  if (!scalar && (typeof s !== "object" || s === null))
    throw new TypeError(`s must be a number or an array of numbers; got ${formatValue(s)}`);
  const exps = validateVector("s", s, scalar ? 1 : ((s as ArrayLike<number>).length ?? 0));
  if (exps.length === 0) throw new RangeError("s must hold at least one exponent; got an empty array");
  exps.forEach((e, k) => {
    if (!(e > -d)) throw new RangeError(`s${scalar ? "" : `[${k}]`} must be > −dimension = ${-d} (integrable); got ${e}`);
  });
  const k = exps.length;
  const exact = Array.from(exps, (e) => boxExact(d, e));
  const g = (t: { n: number; data: Float64Array }, ctx: { active: readonly boolean[] }) => {
    const y = new Float64Array(t.n * k);
    for (let i = 0; i < t.n; i++) {
      let r2 = 0;
      for (let j = 0; j < d; j++) r2 += t.data[i * d + j] ** 2;
      for (let o = 0; o < k; o++) if (ctx.active[o]) y[i * k + o] = r2 ** (exps[o] / 2);
    }
    return y;
  };
  const known = exact.every((v) => v !== undefined) ? (exact as number[]) : undefined;
  if (scalar) return integrand(uniform(d), g, known ? { exactValue: known[0] } : {});
  return integrand(uniform(d), g, known ? { outputs: k, exactValue: known } : { outputs: k });
}
