import { cubBayesLatticeG, cubQmcLatticeG, keister } from "@qmckit/cubature";
import type { BenchModule } from "../types.js";

const f = keister(4);
const group = "keister d=4 absTol=1e-4 Bayes vs G";

export const bench: BenchModule = {
  cases: [
    {
      group,
      impl: "qmckit",
      setup: () => () => cubBayesLatticeG(f, { absTol: 1e-4, seed: 7 }).n,
      note: (n) => `cubBayesLatticeG, n = ${n}`,
    },
    { group, impl: "cubQmcLatticeG", setup: () => () => cubQmcLatticeG(f, { absTol: 1e-4, seed: 7 }).n, note: (n) => `n = ${n}` },
  ],
};
