import { describe, expect, it } from "vitest";
import {
  formatValue,
  validateChoice,
  validateFloatArray,
  validateInteger,
  validateOptions,
  validatePowerOfTwo,
} from "../src/index.js";

describe("validation messages name the parameter, the constraint and the value", () => {
  it("validateInteger", () => {
    expect(validateInteger("dimension", 5, 1, 10)).toBe(5);
    expect(() => validateInteger("dimension", 30000, 1, 21201, "load the full table")).toThrow(
      "dimension must be an integer in [1, 21201]; got 30000 (load the full table)",
    );
    expect(() => validateInteger("n", "8", 0, 10)).toThrow(TypeError);
    expect(() => validateInteger("n", "8", 0, 10)).toThrow(/^n must be an integer number in \[0, 10\]; got "8" \(string\)/);
    expect(() => validateInteger("n", Number.NaN, 0, 10)).toThrow("n must be an integer in [0, 10]; got NaN");
  });

  it("validateChoice lists the valid values", () => {
    expect(validateChoice("order", "gray", ["natural", "gray"])).toBe("gray");
    expect(() => validateChoice("order", "grey", ["natural", "gray"])).toThrow(
      `order must be one of 'natural', 'gray'; got "grey"`,
    );
    expect(() => validateChoice("order", 3, ["natural", "gray"])).toThrow(TypeError);
  });

  it("validateOptions rejects unknown keys and non-objects", () => {
    expect(validateOptions("options", undefined, ["seed"])).toEqual({});
    expect(() => validateOptions("options", { sed: 1 }, ["seed"])).toThrow(
      "options has an unknown option 'sed'; valid options are 'seed'",
    );
    expect(() => validateOptions("options", 5 as unknown as object, ["seed"])).toThrow(TypeError);
  });

  it("validatePowerOfTwo returns log2 and rejects other lengths", () => {
    expect(validatePowerOfTwo("x.length", 1)).toBe(0);
    expect(validatePowerOfTwo("x.length", 1024)).toBe(10);
    for (const bad of [0, 3, 12, -4, 1.5])
      expect(() => validatePowerOfTwo("x.length", bad)).toThrow(/^x\.length must be a power of two/);
  });

  it("validateFloatArray names the kind received", () => {
    expect(() => validateFloatArray("x", [1, 2])).toThrow("x must be a Float64Array or Float32Array; got Array(2)");
    expect(() => validateFloatArray("x", new Float32Array(2), false)).toThrow(TypeError);
  });

  it("formatValue keeps messages on one line", () => {
    expect(formatValue("a".repeat(100))).toHaveLength(43);
    expect(formatValue(new Uint8Array(3))).toBe("Uint8Array(3)");
    expect(formatValue(5n)).toBe("5n");
  });
});
