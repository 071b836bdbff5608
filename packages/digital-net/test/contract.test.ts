// Tier 4: the shared generator contract (SPEC §2) for every randomization × order, and higher order.
import { describeSequenceContract } from "@qmckit/core/testing";
import { DigitalNet, NET_ORDERS, NET_RANDOMIZATIONS } from "../src/index.js";

for (const randomize of NET_RANDOMIZATIONS) {
  for (const order of NET_ORDERS) {
    describeSequenceContract({
      name: `DigitalNet ${randomize} ${order}`,
      create: (d, o) => new DigitalNet(d, { ...o, randomize, order }),
      maxDimension: 1024,
      randomized: randomize !== "none",
    });
  }
}

for (const randomize of ["lms-ds", "nus", "none"] as const) {
  describeSequenceContract({
    name: `DigitalNet alpha=2 ${randomize}`,
    create: (d, o) => new DigitalNet(d, { ...o, randomize, alpha: 2 }),
    maxDimension: 512,
    randomized: randomize !== "none",
  });
}

describeSequenceContract({
  name: "DigitalNet lms-ds gray bits=32",
  create: (d, o) => new DigitalNet(d, { ...o, order: "gray", bits: 32 }),
  maxDimension: 1024,
  dimension: 11,
});
