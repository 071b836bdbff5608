import { describeSequenceContract } from "@qmckit/core/testing";
import { HALTON_RANDOMIZATIONS, Halton } from "../src/index.js";

for (const randomize of HALTON_RANDOMIZATIONS) {
  describeSequenceContract({
    name: `Halton '${randomize}'`,
    create: (d, o) => new Halton(d, { ...o, randomize }),
    maxDimension: randomize === "qrng" ? 360 : 1000,
    dimension: 5,
    randomized: randomize !== "none",
  });
}
