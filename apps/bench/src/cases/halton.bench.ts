import { Halton } from "@qmckit/halton";
import type { BenchModule } from "../types.js";

/**
 * Halton benchmarks against scipy.stats.qmc.Halton. scipy's timed call builds a freshly scrambled
 * generator (new random digit permutations) and draws n points, so ours does the same: construct with a
 * new seed, draw the scrambles, fill the points (setup only allocates).
 */
function fresh(d: number, n: number, randomize: "lms-perm" | "perm" | "nus" | "none") {
  return () => {
    let seed = 0;
    return () => new Halton(d, { randomize, seed: seed++ }).points(n);
  };
}

export const bench: BenchModule = {
  cases: [
    {
      group: "Halton d=8 n=2^16 lms-perm",
      impl: "qmckit",
      setup: fresh(8, 2 ** 16, "lms-perm"),
      throughput: { count: 8 * 2 ** 16, unit: "coordinates" },
    },
    {
      group: "Halton d=8 n=2^16 lms-perm",
      impl: "qmckit perm (scipy's scramble)",
      setup: fresh(8, 2 ** 16, "perm"),
      throughput: { count: 8 * 2 ** 16, unit: "coordinates" },
    },
    {
      group: "Halton d=8 n=2^16 lms-perm",
      impl: "qmckit nus",
      setup: fresh(8, 2 ** 16, "nus"),
      throughput: { count: 8 * 2 ** 16, unit: "coordinates" },
    },
    {
      group: "Halton d=32 n=2^20 lms-perm",
      impl: "qmckit",
      setup: fresh(32, 2 ** 20, "lms-perm"),
      throughput: { count: 32 * 2 ** 20, unit: "coordinates" },
    },
    {
      group: "Halton d=32 n=2^20 lms-perm",
      impl: "qmckit perm (scipy's scramble)",
      setup: fresh(32, 2 ** 20, "perm"),
      throughput: { count: 32 * 2 ** 20, unit: "coordinates" },
    },
  ],
  peers: [
    { group: "Halton d=8 n=2^16 lms-perm", impl: "scipy", op: "scipy.halton.random", args: { d: 8, n: 65536, scramble: 1 } },
    { group: "Halton d=32 n=2^20 lms-perm", impl: "scipy", op: "scipy.halton.random", args: { d: 32, n: 1048576, scramble: 1 } },
  ],
  targets: [{ group: "Halton d=8 n=2^16 lms-perm", maxRatio: 0.5, against: "scipy" }],
};
