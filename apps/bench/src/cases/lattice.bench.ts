import { cbc, Lattice } from "@qmckit/lattice";
import type { BenchModule } from "../types.js";

const N = 2 ** 20;
const D = 32;

/**
 * Lattice generation against scipy's scrambled Sobol' (SPEC §4: at most 0.5× its time), and the fast
 * CBC construction (SPEC §4: d = 100, n = 2^16 under 2 s; d = 1000, n = 2^20 reported).
 */
export const bench: BenchModule = {
  cases: [
    {
      // The streaming form: the caller owns the output buffer (Sequence.fill), as a cubature loop does.
      group: `Lattice d=${D} n=2^20 shift`,
      impl: "qmckit",
      setup: () => {
        const lattice = new Lattice(D, { seed: 1 });
        const out = new Float64Array(D * N);
        return () => lattice.fill(out, 0, N);
      },
      throughput: { count: D * N, unit: "coordinates" },
    },
    {
      // The allocating form, for comparison: includes a fresh 256 MiB Float64Array per call.
      group: `Lattice d=${D} n=2^20 shift`,
      impl: "qmckit points() (allocating)",
      setup: () => {
        const lattice = new Lattice(D, { seed: 1 });
        return () => lattice.points(N).data;
      },
      throughput: { count: D * N, unit: "coordinates" },
    },
    {
      group: "cbc d=100 n=2^16",
      impl: "qmckit",
      setup: () => () => cbc({ dimension: 100, n: 2 ** 16 }).generatingVector,
    },
    {
      group: "cbc d=1000 n=2^20",
      impl: "qmckit",
      setup: () => () => cbc({ dimension: 1000, n: 2 ** 20 }).generatingVector,
    },
  ],
  peers: [
    { group: `Lattice d=${D} n=2^20 shift`, impl: "scipy", op: "scipy.sobol.random_base2", args: { d: D, m: 20, scramble: 1 } },
  ],
  targets: [
    { group: `Lattice d=${D} n=2^20 shift`, maxRatio: 0.5, against: "scipy" },
    { group: "cbc d=100 n=2^16", maxSeconds: 2 },
  ],
};
