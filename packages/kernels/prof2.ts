import { Lattice } from "@qmckit/lattice";
import { fftbrInPlace, fwhtInPlace, ifftbrInPlace } from "@qmckit/transforms";
import { shiftInvariantKernel } from "./src/index.js";

const n = 2 ** 20;
const re = new Float64Array(n).map((_, i) => Math.sin(i)),
  im = new Float64Array(n);
const lat = new Lattice(8, { seed: 1 });
const pts = lat.points(n).data;
const k = shiftInvariantKernel({ dimension: 8, alpha: 2 });
const out = new Float64Array(n);
for (let r = 0; r < 5; r++) {
  let t = performance.now();
  fftbrInPlace(re, im);
  const a = performance.now() - t;
  t = performance.now();
  ifftbrInPlace(re, im);
  const b = performance.now() - t;
  t = performance.now();
  fwhtInPlace(re);
  const c = performance.now() - t;
  t = performance.now();
  k.evaluateMinusOne(pts, pts.subarray(0, 8), out);
  const e = performance.now() - t;
  console.log(`fftbr ${a.toFixed(1)} ifftbr ${b.toFixed(1)} fwht ${c.toFixed(1)} column ${e.toFixed(1)}`);
}
