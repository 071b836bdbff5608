import { validateOptions } from "@qmckit/core";
import { type Integrand, integrand } from "../integrand.js";
import { validatePositive } from "../internal/validateNumber.js";
import { uniform } from "../measures/uniform.js";

/**
 * The Ishigami function (Ishigami & Homma 1990), f(t) = sin t₁ + a sin² t₂ + b t₃⁴ sin t₁ on
 * U(−π, π)³, whose mean is a/2.
 *
 * @param options - `a` (default 7) and `b` (default 0.1), finite numbers.
 * @returns a scalar {@link Integrand} on `uniform(3, −π, π)` with `exactValue` a/2.
 * @throws TypeError / RangeError naming `a` or `b`.
 *
 * @remarks
 * Variance a²/8 + bπ⁴/5 + b²π⁸/18 + ½ (13.844587940719254 for the defaults).
 *
 * @example
 * ```ts
 * ishigami().exactValue; // 3.5
 * ```
 */
export function ishigami(options?: { a?: number; b?: number }): Integrand<"scalar"> {
  const o = validateOptions("options", options, ["a", "b"]);
  const a = validatePositive("a", o.a ?? 7, true);
  const b = validatePositive("b", o.b ?? 0.1, true);
  return integrand(
    uniform(3, -Math.PI, Math.PI),
    (t) => {
      const y = new Float64Array(t.n);
      const x = t.data;
      for (let i = 0; i < t.n; i++) {
        const s1 = Math.sin(x[3 * i]);
        y[i] = s1 + a * Math.sin(x[3 * i + 1]) ** 2 + b * x[3 * i + 2] ** 4 * s1;
      }
      return y;
    },
    { exactValue: a / 2 },
  );
}
