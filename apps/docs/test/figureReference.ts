// What a figure should have drawn, computed in Node: the point-set figure by direct calls of the
// generator packages (not through the figure module), the others by the figure's data function, which
// calls the packages. The browser test compares these with the coordinates the page recorded.
import { IidUniform } from "@qmckit/cubature";
import { DigitalNet } from "@qmckit/digital-net";
import { Halton } from "@qmckit/halton";
import { Lattice } from "@qmckit/lattice";
import { type ConvergenceSpec, convergenceData } from "../figures/convergence.js";
import { type BoundSpec, cubatureBoundData } from "../figures/cubatureBound.js";
import type { PointSetSpec } from "../figures/pointSets.js";
import { type RecallSpec, recallData } from "../figures/recall.js";

export function referenceCoordinates(figure: string, spec: unknown): unknown {
  switch (figure) {
    case "point-set": {
      const s = spec as PointSetSpec;
      const d = Math.max(...s.dims) + 1;
      const n = 2 ** s.m;
      const o = { seed: s.seed, randomize: s.randomize } as never;
      const g =
        s.generator === "digital-net"
          ? new DigitalNet(d, o)
          : s.generator === "lattice"
            ? new Lattice(d, o)
            : s.generator === "halton"
              ? new Halton(d, o)
              : new IidUniform(d, { seed: s.seed });
      const rows = g.points(n).toRows();
      return rows.map((r) => [r[s.dims[0]], r[s.dims[1]]]);
    }
    case "convergence":
      return convergenceData(spec as ConvergenceSpec);
    case "cubature-bound":
      return cubatureBoundData(spec as BoundSpec).rows;
    case "recall":
      return recallData(spec as RecallSpec);
    default:
      throw new Error(`unknown figure ${figure}`);
  }
}
