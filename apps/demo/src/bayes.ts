// Demo section: Bayesian cubature (cubBayesLatticeG, a fast GP on the lattice) beside the guaranteed
// lattice criterion (cubQmcLatticeG) on the same smooth problems, same tolerance and seed.
import { cubBayesLatticeG, cubQmcLatticeG, genz, type Integrand, keister } from "@qmckit/cubature";

/** Prints n, time and the true error of both criteria for Keister and two Genz problems. */
export function bayesSection(seed: number): void {
  console.log("\n=== Bayesian cubature (fast GP on the lattice) versus the guaranteed lattice criterion, absTol 1e-3 ===");
  console.log(
    [
      "problem".padEnd(24),
      "criterion".padEnd(18),
      "estimate".padStart(12),
      "true error".padStart(12),
      "n".padStart(9),
      "ms".padStart(8),
    ].join(""),
  );
  const problems: [string, Integrand<"scalar">][] = [
    ["Keister d = 3", keister(3)],
    ["Genz oscillatory d = 3", genz(3)],
    ["Genz Gaussian d = 3", genz(3, { family: "gaussian" })],
  ];
  for (const [name, f] of problems) {
    for (const [cname, run] of [
      ["cubQmcLatticeG", cubQmcLatticeG],
      ["cubBayesLatticeG", cubBayesLatticeG],
    ] as const) {
      const r = run(f, { absTol: 1e-3, seed });
      const cells = [
        name.padEnd(24),
        cname.padEnd(18),
        r.estimate.toFixed(6).padStart(12),
        Math.abs(r.estimate - (f.exactValue as number))
          .toExponential(1)
          .padStart(12),
        String(r.n).padStart(9),
        r.timeMs.toFixed(0).padStart(8),
      ];
      console.log(cells.join(""));
    }
  }
  console.log("The Bayesian error bound is a 99% credible interval under the fitted GP: far fewer points on smooth integrands,");
  console.log("but no guarantee — the guaranteed criterion's cone bound holds for any integrand in its cone.");
}
