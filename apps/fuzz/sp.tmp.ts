import { DigitalNet } from "@qmckit/digital-net";
import { Halton } from "@qmckit/halton";
import { Lattice } from "@qmckit/lattice";

for (const [name, f] of [
  ["halton spawn 64", () => new Halton(1000, { seed: 1 }).spawn(64).length],
  ["halton reps 64 ds", () => new Halton(1000, { seed: 1, replications: 64, randomize: "ds" }).points(1).n],
  ["lattice reps 65536 points(1)", () => new Lattice(3600, { replications: 65536 }).points(1).n],
  ["lattice spawn 2^20", () => new Lattice(3600).spawn(2 ** 20).length],
  ["net spawn 2^14", () => new DigitalNet(1024).spawn(2 ** 14).length],
  ["net reps 2048 construct", () => new DigitalNet(1024, { replications: 2048 }).replications],
] as const) {
  const t = performance.now();
  try {
    console.log(name, f(), (performance.now() - t).toFixed(0), "ms");
  } catch (e) {
    console.log(name, (performance.now() - t).toFixed(0), "ms", (e as Error).message);
  }
}
