import { Halton } from "@qmckit/halton";

const h = new Halton(1000, { replications: 8 });
let t = performance.now();
h.points(1);
console.log("first", performance.now() - t);
t = performance.now();
h.points(1, 2);
console.log("next", performance.now() - t);
