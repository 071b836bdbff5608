import { RandomStream } from "@qmckit/core";

const a = new RandomStream(5),
  b = new RandomStream(5);
const x = new Uint32Array(1000);
a.fillUint32(x);
const y = Array.from({ length: 1000 }, () => b.nextUint32());
console.log(
  "equal",
  x.every((v, i) => v === y[i]),
  a.nextUint32() === b.nextUint32(),
);
const u = new Uint32Array(2e7);
const t = performance.now();
new RandomStream(1).fillUint32(u);
console.log("ns/raw draw", (((performance.now() - t) * 1e6) / u.length).toFixed(2));
