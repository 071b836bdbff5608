import { DigitalNet } from "@qmckit/digital-net";
import { Lattice } from "@qmckit/lattice";
import { digitalShiftInvariantKernel, FastGram, shiftInvariantKernel } from "./src/index.js";

const n = 2 ** 20,
  d = 8;
const lat = new Lattice(d, { seed: 1 });
const net = new DigitalNet(d, { seed: 1 });
const ks = shiftInvariantKernel({ dimension: d, alpha: 2 });
const kd = digitalShiftInvariantKernel({ dimension: d, alpha: 2 });
const y = new Float64Array(n).map((_, i) => Math.sin(i));
for (let r = 0; r < 5; r++) {
  let t = performance.now();
  const p = lat.points(n);
  const t1 = performance.now() - t;
  t = performance.now();
  const g = new FastGram({ generator: lat, kernel: ks, n, nugget: 1e-8 });
  const t2 = performance.now() - t;
  t = performance.now();
  g.solve(y);
  const t3 = performance.now() - t;
  t = performance.now();
  const q = net.integers(n);
  const t4 = performance.now() - t;
  t = performance.now();
  const h = new FastGram({ generator: net, kernel: kd, n, nugget: 1e-8 });
  const t5 = performance.now() - t;
  t = performance.now();
  h.solve(y);
  const t6 = performance.now() - t;
  console.log(
    `lattice pts ${t1.toFixed(1)} gram ${t2.toFixed(1)} solve ${t3.toFixed(1)} | net ints ${t4.toFixed(1)} gram ${t5.toFixed(1)} solve ${t6.toFixed(1)}`,
  );
}
