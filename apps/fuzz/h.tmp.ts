import { Halton } from "@qmckit/halton";

let t = performance.now();
const ps = new Halton(1, { randomize: "none" }).points(2 ** 22);
console.log("points", (performance.now() - t).toFixed(0));
t = performance.now();
const rows = ps.toRows();
console.log("toRows", rows.length, (performance.now() - t).toFixed(0), process.memoryUsage().heapUsed / 2 ** 20);
