/**
 * What a benchmark module `apps/bench/src/cases/<package>.bench.ts` exports (as
 * `export const bench: BenchModule = …`). The harness (`apps/bench/src/main.ts`) imports every module of
 * that folder, times the cases of a
 * group alternately in one run (medians of repeated runs), runs the Python peers of the same group
 * when `python3` with numpy/scipy is present, and prints ratios against the first `qmckit` case.
 */
export interface BenchCase {
  /** Comparison group, e.g. `"fwht n=2^20 float64"`; cases and peers of one group are compared. */
  group: string;
  /** Implementation label: `"qmckit"` for ours; anything else for in-process comparisons (e.g. `"permute + fft.js"`). */
  impl: string;
  /** Builds inputs outside the timed region and returns the timed function; its result is consumed (and awaited when it is a Promise). */
  setup: () => () => unknown;
  /** Work done by one call, for a throughput column, e.g. `{ count: 32 * 2 ** 20, unit: "coordinates" }`. */
  throughput?: { count: number; unit: string };
  /** A note for the report made from the last call's result (awaited if a Promise), e.g. `n = 131072`. */
  note?: (result: unknown) => string;
}

/** A peer operation timed by `apps/bench/peers/peers.py` in the same run. */
export interface PeerCase {
  group: string;
  /** Label, e.g. `"scipy Sobol"`. */
  impl: string;
  /**
   * Operation id understood by peers.py: `"scipy.sobol.random_base2"` {d, m, scramble (0/1)},
   * `"scipy.halton.random"` {d, n, scramble (0/1)}, `"numpy.fwht"` {n} (vectorised butterflies),
   * `"numpy.fft_bitrev"` {n} (`fft(x[rev])`), `"numpy.fft"` {n}.
   */
  op: string;
  args: Record<string, number>;
}

/** A performance target from SPEC §4, checked and reported by the harness. */
export interface Target {
  group: string;
  /** Our median time divided by the median of `against` (an impl label) must be at most this. */
  maxRatio?: number;
  against?: string;
  /** Our throughput (units per second) must be at least this. */
  minThroughput?: number;
  /** Our median time in seconds must be at most this. */
  maxSeconds?: number;
}

export interface BenchModule {
  cases: BenchCase[];
  peers?: PeerCase[];
  targets?: Target[];
}
