import { DigitalNet } from "@qmckit/digital-net";

for (const randomize of ["lms-ds", "ds", "lms", "nus", "none"] as const) {
  const keep: unknown[] = [];
  global.gc?.();
  const m0 = process.memoryUsage();
  const t = performance.now();
  keep.push(new DigitalNet(1024, { replications: 64, randomize, seed: 1 }));
  global.gc?.();
  const m1 = process.memoryUsage();
  console.log(
    randomize,
    ((performance.now() - t) / 64).toFixed(2),
    "ms/rep",
    ((m1.heapUsed + m1.arrayBuffers - m0.heapUsed - m0.arrayBuffers) / 64 / 1024).toFixed(0),
    "KiB/rep",
  );
}
