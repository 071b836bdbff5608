import { RandomStream } from "@qmckit/core";

const u = new Uint32Array(2e7);
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  new RandomStream(1).fillUint32(u);
  const f = ((performance.now() - t) * 1e6) / u.length;
  const s = new RandomStream(1);
  t = performance.now();
  for (let i = 0; i < u.length; i++) u[i] = s.nextUint32();
  const g = ((performance.now() - t) * 1e6) / u.length;
  console.log("fill", f.toFixed(2), "next", g.toFixed(2));
}
