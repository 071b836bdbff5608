import { RandomStream } from "@qmckit/core";

function below(stream: RandomStream, bound: number): number {
  if (bound === 1) return 0;
  const limit = 4294967296 - (4294967296 - Math.floor(4294967296 / bound) * bound);
  for (;;) {
    const u = stream.nextUint32();
    if (u < limit) return u - Math.floor(u / bound) * bound;
  }
}
const b = 7919,
  K = 5,
  N = 400;
const perms = new Uint16Array(K * b);
let t = performance.now();
for (let rep = 0; rep < N; rep++) {
  const stream = new RandomStream(rep);
  for (let tt = 0; tt < K; tt++) {
    const p = perms.subarray(tt * b, (tt + 1) * b);
    for (let v = 0; v < b; v++) p[v] = v;
    for (let v = b - 1; v > 0; v--) {
      const w = below(stream, v + 1);
      const tmp = p[v];
      p[v] = p[w];
      p[w] = tmp;
    }
  }
}
const dt = performance.now() - t;
console.log("ns/draw", ((dt * 1e6) / (N * K * b)).toFixed(1));
const u = new Uint32Array(N * K * b);
t = performance.now();
new RandomStream(1).fillUint32(u);
console.log("ns/raw draw", (((performance.now() - t) * 1e6) / u.length).toFixed(1));
