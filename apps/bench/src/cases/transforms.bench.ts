import { RandomStream } from "@qmckit/core";
import { fftbr, fwht, fwhtInPlace } from "@qmckit/transforms";
// The "permute + fft.js" baseline drives fft.js directly, as a user without this package would (our
// own fft() facade adds de-interleaving copies and would flatter fftbr). Library code imports fft.js
// only in src/fft.ts.
import FFTJS from "fft.js";
import type { BenchCase, BenchModule, PeerCase, Target } from "../types.js";

/** fft.js's plan, typed for this file. */
interface FftJsPlan {
  transform(out: Float64Array, data: Float64Array): void;
}
const FftJs = FFTJS as unknown as new (size: number) => FftJsPlan;

const SIZES = [10, 14, 17, 20];

function normals(n: number, seed: number): Float64Array {
  const rng = new RandomStream(seed);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = Math.sqrt(-2 * Math.log(1 - rng.nextFloat64())) * Math.cos(2 * Math.PI * rng.nextFloat64());
  return x;
}

function bitReversal(m: number): Int32Array {
  const n = 2 ** m;
  const rev = new Int32Array(n);
  for (let i = 1; i < n; i++) rev[i] = (rev[i >>> 1] >>> 1) | ((i & 1) << (m - 1));
  return rev;
}

const cases: BenchCase[] = [];
const peers: PeerCase[] = [];

for (const k of SIZES) {
  const n = 2 ** k;
  const fw = `fwht n=2^${k} float64`;
  const fb = `fftbr n=2^${k}`;
  cases.push(
    {
      // Copy + in place, exactly what the numpy peer does (y[...] = x; butterflies on y).
      group: fw,
      impl: "qmckit",
      setup: () => {
        const x = normals(n, k);
        const y = new Float64Array(n);
        return () => {
          y.set(x);
          fwhtInPlace(y);
          return y;
        };
      },
      throughput: { count: n, unit: "values" },
    },
    {
      group: fw,
      impl: "qmckit fwht() (allocating)",
      setup: () => {
        const x = normals(n, k);
        return () => fwht(x);
      },
      throughput: { count: n, unit: "values" },
    },
    {
      // Caller-owned output: the input is copied into `out`, then transformed there.
      group: fb,
      impl: "qmckit",
      setup: () => {
        const re = normals(n, 2 * k);
        const im = normals(n, 2 * k + 1);
        const out = { re: new Float64Array(n), im: new Float64Array(n) };
        return () => fftbr(re, im, out).re;
      },
      throughput: { count: n, unit: "values" },
    },
    {
      group: fb,
      impl: "qmckit fftbr() (allocating)",
      setup: () => {
        const re = normals(n, 2 * k);
        const im = normals(n, 2 * k + 1);
        return () => fftbr(re, im).re;
      },
      throughput: { count: n, unit: "values" },
    },
    {
      // Same contract as ours (split re/im in, orthonormal natural order out): gather in bit-reversed
      // order into fft.js's interleaved array, transform, scale and split.
      group: fb,
      impl: "permute + fft.js",
      setup: () => {
        const re = normals(n, 2 * k);
        const im = normals(n, 2 * k + 1);
        const rev = bitReversal(k);
        const plan = new FftJs(n);
        const data = new Float64Array(2 * n);
        const spectrum = new Float64Array(2 * n);
        const outRe = new Float64Array(n);
        const outIm = new Float64Array(n);
        const s = 1 / Math.sqrt(n);
        return () => {
          for (let i = 0; i < n; i++) {
            const j = rev[i];
            data[2 * i] = re[j];
            data[2 * i + 1] = im[j];
          }
          plan.transform(spectrum, data);
          for (let i = 0; i < n; i++) {
            outRe[i] = spectrum[2 * i] * s;
            outIm[i] = spectrum[2 * i + 1] * s;
          }
          return outRe;
        };
      },
      throughput: { count: n, unit: "values" },
    },
  );
  peers.push(
    { group: fw, impl: "numpy", op: "numpy.fwht", args: { n } },
    { group: fb, impl: "numpy", op: "numpy.fft_bitrev", args: { n } },
  );
}

// rotation-quant's shape: one d = 1024 vector in float32 storage (and float64 for comparison).
cases.push(
  {
    group: "fwht n=2^10 float32",
    impl: "qmckit",
    setup: () => {
      const x = Float32Array.from(normals(1024, 99));
      const y = new Float32Array(1024);
      return () => {
        y.set(x);
        fwhtInPlace(y);
        return y;
      };
    },
    throughput: { count: 1024, unit: "values" },
  },
  {
    group: "fwht n=2^10 float32",
    impl: "qmckit float64",
    setup: () => {
      const x = normals(1024, 99);
      const y = new Float64Array(1024);
      return () => {
        y.set(x);
        fwhtInPlace(y);
        return y;
      };
    },
    throughput: { count: 1024, unit: "values" },
  },
);
peers.push({ group: "fwht n=2^10 float32", impl: "numpy", op: "numpy.fwht", args: { n: 1024 } });

const targets: Target[] = [
  { group: "fwht n=2^20 float64", maxRatio: 0.5, against: "numpy" },
  { group: "fftbr n=2^20", maxRatio: 0.5, against: "numpy" },
  { group: "fftbr n=2^20", maxRatio: 1.0, against: "permute + fft.js" },
];

/**
 * Fast transforms against numpy (SPEC §4: fwht n = 2^20 float64 at most 0.5× a vectorised numpy
 * FWHT; fftbr n = 2^20 at most 0.5× numpy `fft(x[rev], norm="ortho")` and no slower than
 * "permute, then fft.js"), on a geometric grid of sizes, plus the float32 d = 1024 shape of
 * rotation-quant. The numpy float64 FWHT is listed in the float32 group as a reference point.
 */
export const bench: BenchModule = { cases, peers, targets };
