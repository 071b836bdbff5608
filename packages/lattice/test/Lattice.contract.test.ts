import { describeSequenceContract } from "@qmckit/core/testing";
import { DEFAULT_GENERATING_VECTOR_DIMENSION, Lattice } from "../src/index.js";

for (const order of ["natural", "gray", "linear"] as const) {
  for (const randomize of ["shift", "none"] as const) {
    describeSequenceContract({
      name: `Lattice ${randomize} ${order}`,
      create: (d, o) => new Lattice(d, { ...o, order, randomize }),
      maxDimension: DEFAULT_GENERATING_VECTOR_DIMENSION,
      randomized: randomize === "shift",
    });
  }
}

// A small custom vector at the smallest capacity the suite needs (it draws 1024 points).
describeSequenceContract({
  name: "Lattice shift natural, custom vector, mMax = 10",
  create: (d, o) => new Lattice(d, { ...o, generatingVector: [1, 183, 121, 47, 211], mMax: 10 }),
  maxDimension: 5,
});
