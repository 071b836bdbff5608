// Benchmarks of @qmckit/digital-net for apps/bench (`npm run bench`), beside scipy.stats.qmc.Sobol.
//
// "qmckit" writes into a caller-owned Float64Array (the `fill` form that streaming callers use, SPEC §2);
// "qmckit points()" allocates a fresh array per call, like scipy does. The difference is almost entirely
// first-touch page faults of the fresh 256 MiB buffer: numpy gets transparent huge pages for large arrays
// (madvise), a JS ArrayBuffer does not, so on a machine with THP in "madvise" mode a fresh buffer costs
// several times more to fault in from JS than from numpy. Each call builds a new net with a new seed
// (scipy's peer also constructs a new engine per call), so randomization set-up is timed on both sides.

import { DigitalNet, type DigitalNetOptions } from "@qmckit/digital-net";
import type { BenchModule } from "../types.js";

const d = 32;
const n = 2 ** 20;
const coordinates = { count: d * n, unit: "coordinates" };

function fillCase(group: string, options: DigitalNetOptions) {
  return {
    group,
    impl: "qmckit",
    throughput: coordinates,
    setup: () => {
      const out = new Float64Array(d * n);
      let seed = 0;
      return () => new DigitalNet(d, { ...options, seed: seed++ }).fill(out, 0, n);
    },
  };
}

const LMS_DS = "Sobol d=32 n=2^20 lms-ds";
const NUS = "Sobol d=32 n=2^20 nus";
const GRAY = "Sobol d=32 n=2^20 gray unscrambled";

export const bench: BenchModule = {
  cases: [
    fillCase(LMS_DS, { randomize: "lms-ds" }),
    {
      group: LMS_DS,
      impl: "qmckit points()",
      throughput: coordinates,
      setup: () => {
        let seed = 0;
        return () => new DigitalNet(d, { seed: seed++ }).points(n).data;
      },
    },
    fillCase(NUS, { randomize: "nus" }),
    fillCase(GRAY, { randomize: "none", order: "gray" }),
  ],
  peers: [
    { group: LMS_DS, impl: "scipy", op: "scipy.sobol.random_base2", args: { d: 32, m: 20, scramble: 1 } },
    { group: GRAY, impl: "scipy", op: "scipy.sobol.random_base2", args: { d: 32, m: 20, scramble: 0 } },
  ],
  targets: [
    { group: LMS_DS, maxRatio: 1.0, against: "scipy" },
    { group: NUS, minThroughput: 2e7 },
  ],
};
