import { JOE_KUO_1024 } from "./data/joeKuo1024.js";
import type { GeneratingMatrices } from "./GeneratingMatrices.js";
import { sobolGeneratingMatrices } from "./sobolGeneratingMatrices.js";

/**
 * The default generating matrices of {@link DigitalNet}: Sobol' matrices from the Joe–Kuo direction
 * numbers `new-joe-kuo-6.21201`, first 1,024 dimensions (32 columns: n ≤ 2^32).
 *
 * @remarks
 * S. Joe and F. Y. Kuo, "Constructing Sobol sequences with better two-dimensional projections", SIAM J.
 * Sci. Comput. 30 (2008) 2635–2654; numbers from https://web.maths.unsw.edu.au/~fkuo/sobol/ (BSD licence,
 * shipped as `LICENSE-joe-kuo`). The same numbers as `scipy.stats.qmc.Sobol` and QMCPy's default.
 * All 21,201 dimensions: `import { joeKuoFull } from "@qmckit/digital-net/joe-kuo-full"`.
 *
 * @example
 * ```ts
 * new DigitalNet(8, { generatingMatrices: joeKuo }); // the same as the default
 * ```
 */
export const joeKuo: GeneratingMatrices = sobolGeneratingMatrices(
  JOE_KUO_1024,
  'dimensions beyond 1024 need the full Joe–Kuo table: import { joeKuoFull } from "@qmckit/digital-net/joe-kuo-full" and pass { generatingMatrices: joeKuoFull }',
);
