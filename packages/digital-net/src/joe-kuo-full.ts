import { JOE_KUO_FULL } from "./data/joeKuoFull.js";
import type { GeneratingMatrices } from "./GeneratingMatrices.js";
import { sobolGeneratingMatrices } from "./sobolGeneratingMatrices.js";

/**
 * All 21,201 dimensions of the Joe–Kuo Sobol' direction numbers (`new-joe-kuo-6.21201`), as generating
 * matrices for {@link DigitalNet}. A separate entry point (`@qmckit/digital-net/joe-kuo-full`, ~540 kB)
 * so that the default import stays small for browsers.
 *
 * @remarks
 * Copyright (c) 2008, Frances Y. Kuo and Stephen Joe; BSD licence shipped as `LICENSE-joe-kuo`.
 *
 * @example
 * ```ts
 * import { DigitalNet } from "@qmckit/digital-net";
 * import { joeKuoFull } from "@qmckit/digital-net/joe-kuo-full";
 * const net = new DigitalNet(5000, { generatingMatrices: joeKuoFull, seed: 7 });
 * ```
 */
export const joeKuoFull: GeneratingMatrices = sobolGeneratingMatrices(JOE_KUO_FULL);
