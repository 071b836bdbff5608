// The README's main job (`npm run demo`): a short tour of qmckit on its embedded defaults.
import { PointSet, RandomStream } from "@qmckit/core";

function heading(title: string): void {
  console.log(`\n=== ${title} ===`);
}

heading("Seeded, splittable random streams (@qmckit/core)");
const rng = new RandomStream(2026);
console.log(`RandomStream(2026): xoroshiro128+ seeded by SplitMix64`);
console.log(`  first uniforms: ${Array.from({ length: 4 }, () => rng.nextFloat64().toFixed(6)).join(", ")}`);
const children = rng.spawn(3);
console.log(`  spawn(3) child seeds: ${children.map((c) => c.seed).join(", ")}`);
console.log(`  each child is replayable from its seed alone: ${new RandomStream(children[0].seed).nextUint32() === children[0].nextUint32()}`);

heading("PointSet: flat row-major [replication][point][dimension]");
const ps = new PointSet(Float64Array.from([0, 0, 0.5, 0.5, 0.25, 0.75, 0.75, 0.25]), 1, 4, 2);
console.log(`  n=${ps.n}, dimension=${ps.dimension}, rows=${JSON.stringify(ps.toRows())}`);
