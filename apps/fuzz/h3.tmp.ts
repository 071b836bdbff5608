import { Halton } from "@qmckit/halton";

for (const randomize of ["lms", "lms-ds", "lms-perm", "perm", "ds", "nus"] as const) {
  const h = new Halton(1000, { replications: 8, randomize, seed: 1 });
  let t = performance.now();
  h.points(1);
  const first = performance.now() - t;
  t = performance.now();
  h.points(1, 2);
  console.log(randomize, "first", first.toFixed(0), "ms; next", (performance.now() - t).toFixed(1), "ms");
}
