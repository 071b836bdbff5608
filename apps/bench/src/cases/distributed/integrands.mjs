// Integrand modules of the distributed benchmark (plain JavaScript: worker processes load them).
import { keister, integrand as wrap } from "@qmckit/cubature";

/** Sine evaluations per point of `expensive`: ≈ 200 µs per point (wall) on the shared 2-core benchmark machine, measured 2026-12-04. */
export const SINES_PER_POINT = 4000;

/**
 * Keister d = 5 made expensive by a deterministic busy loop folded in with weight 0, so the values
 * equal keister(5)'s exactly: a stand-in for a model run per point.
 */
export function expensive() {
  const base = keister(5);
  return wrap(
    base.measure,
    (t, ctx) => {
      const y = base.g(t, ctx);
      for (let i = 0; i < t.n; i++) {
        let s = 0;
        for (let k = 0; k < SINES_PER_POINT; k++) s += Math.sin(k + y[i]);
        y[i] += 0 * s;
      }
      return y;
    },
    { exactValue: base.exactValue },
  );
}

/** A trivial integrand: measures the queue's own cost per job. */
export const trivial = keister(1);
