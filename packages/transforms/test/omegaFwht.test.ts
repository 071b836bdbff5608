import { describe, expect, it } from "vitest";
import { omegaFwht } from "../src/index.js";

describe("omegaFwht", () => {
  it("is 2^m ones — the @example", () => {
    expect(omegaFwht(2)).toEqual(new Float64Array([1, 1, 1, 1]));
    expect(omegaFwht(0)).toEqual(new Float64Array([1]));
    expect(omegaFwht(10).every((v) => v === 1)).toBe(true);
    expect(omegaFwht(10)).toHaveLength(1024);
  });

  it("rejects bad m", () => {
    expect(() => omegaFwht(-2)).toThrow(new RangeError("m must be an integer in [0, 30]; got -2"));
    expect(() => omegaFwht(null as unknown as number)).toThrow(TypeError);
  });
});
