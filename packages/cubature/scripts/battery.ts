/**
 * The problems of the coverage sweep (scripts/coverage.ts) and of the comparison with QMCPy's algorithm
 * (scripts/qmcpyValues.ts): name, integrand with its exact value, absolute tolerance for the QMC criteria.
 *
 * The problems are split by the theory of the G criteria (Hickernell & Jiménez Rugama): their bound is
 * guaranteed for integrands in a cone of functions with absolutely summable Walsh / Fourier series whose
 * coefficients decay steadily.
 * - inside: Keister (smooth), the Genz families oscillatory, product-peak, corner-peak, gaussian (smooth)
 *   and continuous (a kink at w: not smooth, but Lipschitz with absolutely summable coefficients — the
 *   kink gives Fourier coefficients O(k^−2) per coordinate and Walsh level sums O(ℓ·2^−ℓ), both summable),
 *   the geometric Asian call / put and the European call (a kinked payoff of a lognormal price: the put is
 *   bounded and Lipschitz in the Gaussian variables; the calls grow like exp(σ·Φ^{-1}(x)) towards a face,
 *   an integrable growth, and are counted inside as the issue does — their rows test that), the box
 *   integral B_3(1) (Lipschitz, a kink at one corner). The requirement there: ≥ 95% of seeds within tolerance for every
 *   criterion, and no converged run with an error above 3× the tolerance.
 * - outside: the box integral B_3(−1) (unbounded at a corner: coefficients not absolutely summable) and the
 *   Genz discontinuous family (jumps across two hyperplanes: coefficients O(1/k), not summable). Reported
 *   with the defaults and with the settings the docs recommend for them.
 */
import { asianOption, boxIntegral, europeanOption, genz, type Integrand, keister } from "../src/index.js";

export type Problem = [name: string, f: Integrand<"scalar">, absTol: number];

export const inside: Problem[] = [];
for (let d = 1; d <= 10; d++) inside.push([`keister d=${d}`, keister(d), d <= 5 ? 1e-3 : 1e-2 * 2 ** (d - 6)]);
for (const family of ["oscillatory", "product-peak", "corner-peak", "gaussian", "continuous"] as const)
  inside.push([`genz ${family} d=3`, genz(3, { family }), family === "product-peak" ? 1e-2 : 1e-3]);
inside.push(["geometric asian call d=8", asianOption({ dimension: 8, mean: "geometric" }), 5e-3]);
inside.push(["geometric asian put d=8", asianOption({ dimension: 8, mean: "geometric", callPut: "put" }), 5e-3]);
inside.push(["european call (Black–Scholes)", europeanOption(), 5e-3]);
inside.push(["box integral d=3 s=1", boxIntegral(3, 1), 1e-3]);

export const outside: Problem[] = [
  ["box integral d=3 s=-1", boxIntegral(3, -1), 1e-3],
  ["genz discontinuous d=3", genz(3, { family: "discontinuous" }), 1e-3],
];
