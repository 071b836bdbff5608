import { describe, expect, it } from "vitest";
import { RotationQuantizer } from "../../src/index.js";

describe("encode refuses vectors whose norm float32 cannot store (was: decoded as ±∞)", () => {
  const rq = new RotationQuantizer({ dimension: 4, bits: 3, seed: 1 });
  it("a norm above the largest float32 is a RangeError naming vectors and the vector", () => {
    // ‖(3e38, 3e38, 0, 0)‖ = 4.24e38 > 3.4028e38, although each entry is a finite float32.
    const x = new Float32Array([3e38, 3e38, 0, 0]);
    expect(() => rq.encode(x)).toThrow(RangeError);
    expect(() => rq.encode(x)).toThrow(/^vectors must have norms within float32 range .* vector 0 has norm 4\.24/);
  });
  it("a large norm within range still round-trips finitely", () => {
    const x = new Float32Array([1e37, -2e37, 3e37, 0]);
    const y = rq.decode(rq.encode(x));
    for (const v of y) expect(Number.isFinite(v)).toBe(true);
  });
});
