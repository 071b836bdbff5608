import * as T from "@qmckit/transforms";
import fc from "fast-check";
import { describe, it } from "vitest";
import { ensureFinite, expectCovered, fuzz, mostly } from "../src/harness.js";

/** A finite Float64Array of power-of-two length (1..64) or, sometimes, of another length. */
const f64 = fc.oneof(
  {
    arbitrary: fc
      .integer({ min: 0, max: 6 })
      .chain((m) =>
        fc.float64Array({ minLength: 2 ** m, maxLength: 2 ** m, noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
      ),
    weight: 5,
  },
  { arbitrary: fc.float64Array({ minLength: 0, maxLength: 7, noNaN: true, noDefaultInfinity: true }), weight: 1 },
);
const f32 = f64.map((x) => Float32Array.from(x));
/** The random signs of a randomized Hadamard round: ±1 entries (documented as not checked), power-of-two length. */
const signsArb = fc
  .integer({ min: 0, max: 6 })
  .chain((m) => fc.array(fc.constantFrom(1, -1), { minLength: 2 ** m, maxLength: 2 ** m }))
  .map((a) => Float64Array.from(a));
const arr = mostly(f64);
const finiteOut = (v: unknown) => {
  if (v instanceof Float64Array || v instanceof Float32Array) ensureFinite("output", v);
  else if (v && typeof v === "object" && "re" in v) {
    const c = v as unknown as { re: Float64Array; im: Float64Array };
    ensureFinite("re", c.re);
    ensureFinite("im", c.im);
  }
};
const same = (a: unknown) => (a instanceof Float64Array ? new Float64Array(a.length) : a);

const recipes = [
  {
    name: "fft",
    params: ["re", "im"],
    args: fc.tuple(arr, fc.oneof(fc.constant(undefined), arr)),
    run: ([a, b]: readonly unknown[]) => T.fft(a as Float64Array, b as Float64Array),
  },
  {
    name: "ifft",
    params: ["re", "im"],
    args: fc.tuple(arr, fc.oneof(fc.constant(undefined), arr)),
    run: ([a, b]: readonly unknown[]) => T.ifft(a as Float64Array, b as Float64Array),
  },
  {
    name: "fftbr",
    params: ["re", "im", "out"],
    args: fc.tuple(arr, fc.oneof(fc.constant(undefined), arr)),
    run: ([a, b]: readonly unknown[]) => T.fftbr(a as Float64Array, b as Float64Array),
  },
  {
    name: "ifftbr",
    params: ["re", "im", "out"],
    args: fc.tuple(arr, fc.oneof(fc.constant(undefined), arr)),
    run: ([a, b]: readonly unknown[]) => T.ifftbr(a as Float64Array, b as Float64Array),
  },
  {
    name: "fftbrInPlace",
    params: ["re", "im"],
    args: fc.tuple(arr, arr),
    run: ([a, b]: readonly unknown[]) => {
      T.fftbrInPlace(a as Float64Array, b as Float64Array);
      return a;
    },
  },
  {
    name: "ifftbrInPlace",
    params: ["re", "im"],
    args: fc.tuple(arr, arr),
    run: ([a, b]: readonly unknown[]) => {
      T.ifftbrInPlace(a as Float64Array, b as Float64Array);
      return a;
    },
  },
  {
    name: "fwht",
    params: ["x", "out"],
    args: fc.tuple(mostly(fc.oneof(f64, f32))),
    run: ([a]: readonly unknown[]) => T.fwht(a as Float64Array),
  },
  {
    name: "fwhtInPlace",
    params: ["x"],
    args: fc.tuple(mostly(fc.oneof(f64, f32))),
    run: ([a]: readonly unknown[]) => {
      T.fwhtInPlace(a as Float64Array);
      return a;
    },
  },
  {
    name: "fwhtDoubling",
    params: ["a", "b"],
    args: fc.tuple(arr, arr),
    run: ([a, b]: readonly unknown[]) => T.fwhtDoubling(a as Float64Array, b as Float64Array),
  },
  {
    name: "omegaFftbr",
    params: ["m"],
    args: fc.tuple(mostly(fc.integer({ min: 0, max: 12 }))),
    run: ([m]: readonly unknown[]) => T.omegaFftbr(m as number),
  },
  {
    name: "omegaFwht",
    params: ["m"],
    args: fc.tuple(mostly(fc.integer({ min: 0, max: 12 }))),
    run: ([m]: readonly unknown[]) => T.omegaFwht(m as number),
  },
  {
    name: "fwhtBatchInPlace",
    params: ["x", "n"],
    args: fc.tuple(arr, mostly(fc.constantFrom(1, 2, 4, 8))),
    run: ([a, n]: readonly unknown[]) => {
      T.fwhtBatchInPlace(a as Float64Array, n as number);
      return a;
    },
  },
  {
    name: "fftbrBatchInPlace",
    params: ["re", "im", "n"],
    args: fc.tuple(arr, arr, mostly(fc.constantFrom(1, 2, 4, 8))),
    run: ([a, b, n]: readonly unknown[]) => {
      T.fftbrBatchInPlace(a as Float64Array, b as Float64Array, n as number);
      return a;
    },
  },
  {
    name: "ifftbrBatchInPlace",
    params: ["re", "im", "n"],
    args: fc.tuple(arr, arr, mostly(fc.constantFrom(1, 2, 4, 8))),
    run: ([a, b, n]: readonly unknown[]) => {
      T.ifftbrBatchInPlace(a as Float64Array, b as Float64Array, n as number);
      return a;
    },
  },
  {
    name: "fftbrDoubling",
    params: ["a", "b"],
    args: fc.tuple(arr, arr, arr, arr),
    run: ([a, b, c, d]: readonly unknown[]) =>
      T.fftbrDoubling(
        { re: a as Float64Array, im: same(b) as Float64Array },
        { re: c as Float64Array, im: same(d) as Float64Array },
      ),
  },
  {
    name: "fftInto",
    params: ["re", "im", "outRe", "outIm"],
    args: fc.tuple(arr, arr, arr, arr),
    run: ([a, b, c, d]: readonly unknown[]) =>
      T.fftInto(a as Float64Array, b as Float64Array, c as Float64Array, d as Float64Array),
  },
  {
    name: "ifftInto",
    params: ["re", "im", "outRe", "outIm"],
    args: fc.tuple(arr, arr, arr, arr),
    run: ([a, b, c, d]: readonly unknown[]) =>
      T.ifftInto(a as Float64Array, b as Float64Array, c as Float64Array, d as Float64Array),
  },
  {
    name: "fwhtSignedInPlace",
    params: ["x", "signs", "offset"],
    args: fc.tuple(mostly(f32), mostly(signsArb), mostly(fc.integer({ min: 0, max: 4 }))),
    run: ([x, s, o]: readonly unknown[]) => {
      T.fwhtSignedInPlace(x as Float32Array, s as Float64Array, o as number);
      return x;
    },
  },
  {
    name: "fwhtSignedFrom",
    params: ["src", "srcOffset", "scale", "signs", "dst", "dstOffset"],
    args: fc.tuple(
      mostly(f32),
      mostly(fc.integer({ min: 0, max: 4 })),
      mostly(fc.double({ min: -4, max: 4, noNaN: true })),
      mostly(signsArb),
      mostly(f32),
      mostly(fc.integer({ min: 0, max: 4 })),
    ),
    run: ([src, so, sc, s, dst, dof]: readonly unknown[]) => {
      T.fwhtSignedFrom(src as Float32Array, so as number, sc as number, s as Float64Array, dst as Float32Array, dof as number);
      return dst;
    },
  },
] as const;

describe("@qmckit/transforms", () => {
  it("every export has a recipe", () => {
    expectCovered(
      T as unknown as Record<string, unknown>,
      recipes.map((r) => r.name),
      {},
    );
  });
  for (const r of recipes) fuzz({ ...r, check: finiteOut } as never);
});
