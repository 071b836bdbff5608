import { cbc, worstCaseError } from "@qmckit/lattice";

for (const o of [
  { dimension: 3, n: 64, weights: 1e200 },
  { dimension: 3, n: 64, weights: 1e200, distinct: true },
  { dimension: 3, n: 64, weights: 1e90 },
  { dimension: 400, n: 1021, weights: 1 },
  { dimension: 3, n: 64, weights: 1e200, orderWeights: [1, 1, 1] },
  { dimension: 3, n: 64, weights: 1, orderWeights: [1e300, 1, 1] },
  { dimension: 5, n: 2 ** 10, mMin: 4, weights: 1e40, distinct: true },
]) {
  const t = performance.now();
  try {
    const r = cbc(o as never);
    console.log(
      JSON.stringify(o).slice(0, 80),
      (performance.now() - t).toFixed(1),
      "ms",
      Array.from(r.generatingVector).slice(0, 8),
      Array.from(r.worstCaseErrorByDimension).slice(0, 4),
    );
  } catch (e) {
    console.log(
      JSON.stringify(o).slice(0, 80),
      (performance.now() - t).toFixed(1),
      "ms",
      (e as Error).constructor.name,
      (e as Error).message,
    );
  }
}
try {
  console.log(worstCaseError([1, 5, 7], 64, { weights: 1e200 }));
} catch (e) {
  console.log((e as Error).message);
}
console.log(worstCaseError([1, 5, 7], 64, { weights: 1e90 }));
