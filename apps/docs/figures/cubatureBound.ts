// Data of the cubature figure: the error bound a stopping criterion reports after each window (n doubles
// from window to window) beside the true error, on an integrand with a known value. The tolerance is set
// below what nMax can reach so the criterion walks through every level.
import { asianOption, type CubatureResult, cubQmcLatticeG, cubQmcNetG, type Integrand, keister } from "@qmckit/cubature";

export type BoundCriterion = "cubQmcNetG" | "cubQmcLatticeG";
export type BoundIntegrand = "keister" | "asian";

export const BOUND_INTEGRANDS: Record<BoundIntegrand, string> = {
  keister: "Keister, d = 4",
  asian: "Geometric Asian call, d = 8",
};

export interface BoundSpec {
  criterion: BoundCriterion;
  integrand: BoundIntegrand;
  seed: number;
  /** log2 of nMax. */
  mMax: number;
}

export interface BoundRow {
  n: number;
  quantity: "error bound" | "true error";
  value: number;
}

export function boundIntegrand(name: BoundIntegrand): Integrand {
  return name === "keister" ? keister(4) : asianOption({ dimension: 8, mean: "geometric" });
}

export function cubatureBoundData(spec: BoundSpec): { rows: BoundRow[]; result: CubatureResult } {
  const f = boundIntegrand(spec.integrand);
  const exact = f.exactValue as number;
  const rows: BoundRow[] = [];
  const run = spec.criterion === "cubQmcNetG" ? cubQmcNetG : cubQmcLatticeG;
  const result = run(f, {
    absTol: 1e-9,
    seed: spec.seed,
    nInit: 2 ** 8,
    nMax: 2 ** spec.mMax,
    onProgress: (p) => {
      rows.push({ n: p.n[0], quantity: "error bound", value: p.errorBound[0] });
      rows.push({ n: p.n[0], quantity: "true error", value: Math.abs(p.estimate[0] - exact) });
    },
  });
  return { rows, result };
}
