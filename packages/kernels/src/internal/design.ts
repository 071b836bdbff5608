import type { DigitalNet } from "@qmckit/digital-net";
import type { Lattice } from "@qmckit/lattice";
import type { DsiKernel } from "./DsiKernel.js";
import type { SiKernel } from "./SiKernel.js";
import { MINUS_ONE } from "./siLoop.js";

/**
 * The design points of one replication: floats for a lattice, MSB-aligned 64-bit words for a net.
 * Row-major `n × d`.
 */
export type Design = { kind: "lattice"; x: Float64Array } | { kind: "net"; hi: Uint32Array; lo: Uint32Array };

/**
 * Points [a, b) of replication r of the generator (all replications, `[R][i][j]`, for r = −1), through
 * its public API only.
 */
export function designWindow(generator: Lattice | DigitalNet, kind: "lattice" | "net", r: number, a: number, b: number): Design {
  const d = generator.dimension;
  const size = (b - a) * d;
  if (r < 0) {
    if (kind === "lattice") return { kind, x: (generator as Lattice).points(a, b).data };
    const all = (generator as DigitalNet).integers(a, b);
    return { kind, hi: all.hi, lo: all.lo };
  }
  if (kind === "lattice") {
    const ps = (generator as Lattice).points(a, b);
    // A fresh array of one replication is ours already; otherwise copy the replication out.
    return { kind, x: ps.replications === 1 ? ps.data : ps.data.slice(r * size, (r + 1) * size) };
  }
  const ints = (generator as DigitalNet).integers(a, b);
  if (ints.replications === 1) return { kind, hi: ints.hi, lo: ints.lo };
  return { kind, hi: ints.hi.slice(r * size, (r + 1) * size), lo: ints.lo.slice(r * size, (r + 1) * size) };
}

/** Concatenates two designs (the old points, then the new ones). */
export function concatDesign(a: Design, b: Design): Design {
  if (a.kind === "lattice" && b.kind === "lattice") {
    const x = new Float64Array(a.x.length + b.x.length);
    x.set(a.x);
    x.set(b.x, a.x.length);
    return { kind: "lattice", x };
  }
  if (a.kind === "net" && b.kind === "net") {
    const hi = new Uint32Array(a.hi.length + b.hi.length);
    const lo = new Uint32Array(a.lo.length + b.lo.length);
    hi.set(a.hi);
    hi.set(b.hi, a.hi.length);
    lo.set(a.lo);
    lo.set(b.lo, a.lo.length);
    return { kind: "net", hi, lo };
  }
  throw new Error("unreachable: designs of different kinds");
}

/**
 * M_i = ∏_j(1 + γ_j K̃_j(x_i ⊖ x_0)) − 1 for the rows of `rows` against the first point `origin` of the
 * design (row 0), computed by a unit-scale kernel in one-minus form, written into `out`.
 */
export function minusOneColumn(
  kernel: SiKernel | DsiKernel,
  origin: Design,
  rows: Design,
  count: number,
  out: Float64Array,
): void {
  const d = kernel.dimension;
  if (origin.kind === "lattice" && rows.kind === "lattice") {
    (kernel as SiKernel).run(rows.x, 0, d, origin.x, 0, 0, count, out, 0, MINUS_ONE);
  } else if (origin.kind === "net" && rows.kind === "net") {
    (kernel as DsiKernel).run(rows.hi, rows.lo, 0, d, origin.hi, origin.lo, 0, 0, count, out, 0, MINUS_ONE);
  }
}
