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
    {
      // Set-up cost: the scrambles of 1,000 bases (LMS matrices and digit permutations) drawn for 8
      // replications, then one point (issue 14: seconds before the remainder fix in the draws).
      group: "Halton set-up d=1000 R=8 points(1)",
      impl: "qmckit",
      setup: () => {
        let seed = 0;
        return () => new Halton(1000, { replications: 8, seed: seed++ }).points(1);
      },
    },
    {
      group: "Halton set-up d=1000 R=8 points(1)",
      impl: "qmckit lms (no permutations)",
      setup: () => {
        let seed = 0;
        return () => new Halton(1000, { randomize: "lms", replications: 8, seed: seed++ }).points(1);
      },
    },
    {
      // A later window of a few points, the scrambles already drawn: LMS points by direct digit sums
      // instead of tables over all b digit values of every base (issue 14: 1.9 s before, for d = 1000).
      group: "Halton d=1000 R=8 points(i, i+1) after set-up",
      impl: "qmckit",
      setup: () => {
        const h = new Halton(1000, { replications: 8, seed: 1 });
        h.points(1);
        let i = 1;
        return () => h.points(i, ++i);
      },
    },
  ],
  peers: [
    { group: "Halton d=8 n=2^16 lms-perm", impl: "scipy", op: "scipy.halton.random", args: { d: 8, n: 65536, scramble: 1 } },
    { group: "Halton d=32 n=2^20 lms-perm", impl: "scipy", op: "scipy.halton.random", args: { d: 32, n: 1048576, scramble: 1 } },
    // scipy scrambles one replication per generator: 8 of them for the same work.
    {
      group: "Halton set-up d=1000 R=8 points(1)",
      impl: "scipy ×8",
      op: "scipy.halton.random8",
      args: { d: 1000, n: 1, scramble: 1 },
    },
  ],
  targets: [{ group: "Halton d=8 n=2^16 lms-perm", maxRatio: 0.5, against: "scipy" }],
};
