// Data of the point-set figure: the first n points of a generator projected on two coordinates, and the
// elementary intervals (dyadic boxes for nets and lattices, 2^k1 × 3^k2 boxes for Halton's bases 2, 3)
// that show the stratification. Pure functions of the spec: the page and the browser test call these,
// and the test compares the page's coordinates with a direct call of the package in Node.
import type { Sequence } from "@qmckit/core";
import { IidUniform } from "@qmckit/cubature";
import { DigitalNet } from "@qmckit/digital-net";
import { Halton } from "@qmckit/halton";
import { Lattice } from "@qmckit/lattice";

export type GeneratorKind = "digital-net" | "lattice" | "halton" | "iid";

/** The randomizations each generator offers (the contract values of SPEC §3). */
export const RANDOMIZATIONS: Record<GeneratorKind, readonly string[]> = {
  "digital-net": ["lms-ds", "lms", "ds", "nus", "none"],
  lattice: ["shift", "none"],
  halton: ["lms-perm", "lms-ds", "lms", "perm", "ds", "nus", "qrng", "none"],
  iid: ["none"],
};

export const GENERATOR_LABELS: Record<GeneratorKind, string> = {
  "digital-net": "Sobol' (DigitalNet)",
  lattice: "Rank-1 lattice (Lattice)",
  halton: "Halton",
  iid: "IID uniform (plain Monte Carlo)",
};

export interface PointSetSpec {
  generator: GeneratorKind;
  randomize: string;
  /** log2 of the number of points. */
  m: number;
  seed: number;
  /** The two coordinates shown (0-based). */
  dims: [number, number];
  /** log2 of the number of columns of the drawn boxes (0 ≤ k1 ≤ m); rows fill the rest. */
  k1: number;
}

/** The generator of a spec, built exactly as a user would (dimension = max(dims) + 1). */
export function makeGenerator(spec: Pick<PointSetSpec, "generator" | "randomize" | "seed" | "dims">): Sequence {
  const d = Math.max(spec.dims[0], spec.dims[1]) + 1;
  const { seed } = spec;
  switch (spec.generator) {
    case "digital-net":
      return new DigitalNet(d, { seed, randomize: spec.randomize as "lms-ds" });
    case "lattice":
      return new Lattice(d, { seed, randomize: spec.randomize as "shift" });
    case "halton":
      return new Halton(d, { seed, randomize: spec.randomize as "lms-perm" });
    case "iid":
      return new IidUniform(d, { seed });
  }
}

export interface PointSetData {
  /** [x, y] of point i, in generator order. */
  points: [number, number][];
  /** Vertical and horizontal box edges (interior lines only). */
  xLines: number[];
  yLines: number[];
  /** Fewest and most points in one box. */
  minPerBox: number;
  maxPerBox: number;
  boxes: number;
}

/** The boxes drawn for a generator: base 2 × base 2, except Halton's second axis (base 3 there). */
export function boxGrid(spec: PointSetSpec): { columns: number; rows: number } {
  const n = 2 ** spec.m;
  const columns = 2 ** spec.k1;
  if (spec.generator === "halton") {
    // Halton's coordinates j use base p_j: boxes 2^k1 × 3^k2 with about one point each.
    const base = [2, 3, 5, 7, 11, 13, 17, 19][spec.dims[1]] ?? 2;
    let rows = 1;
    while (rows * base * columns <= n) rows *= base;
    return { columns, rows };
  }
  return { columns, rows: n / columns };
}

export function pointSetData(spec: PointSetSpec): PointSetData {
  const n = 2 ** spec.m;
  const g = makeGenerator(spec);
  const ps = g.points(n);
  const d = g.dimension;
  const points: [number, number][] = [];
  for (let i = 0; i < n; i++) points.push([ps.data[i * d + spec.dims[0]], ps.data[i * d + spec.dims[1]]]);
  const { columns, rows } = boxGrid(spec);
  const counts = new Uint32Array(columns * rows);
  for (const [x, y] of points) counts[Math.floor(y * rows) * columns + Math.floor(x * columns)]++;
  let minPerBox = Number.POSITIVE_INFINITY;
  let maxPerBox = 0;
  for (const c of counts) {
    minPerBox = Math.min(minPerBox, c);
    maxPerBox = Math.max(maxPerBox, c);
  }
  return {
    points,
    xLines: Array.from({ length: columns - 1 }, (_, k) => (k + 1) / columns),
    yLines: Array.from({ length: rows - 1 }, (_, k) => (k + 1) / rows),
    minPerBox,
    maxPerBox,
    boxes: columns * rows,
  };
}
