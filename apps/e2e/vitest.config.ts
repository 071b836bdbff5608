import { defineProject } from "vitest/config";

// End-to-end checks run built JavaScript (npm test builds first) and npm itself: generous timeouts, and
// a later group (groupOrder 1), so that packing and installing do not compete with the unit tests for
// the machine's cores.
export default defineProject({
  test: {
    name: "e2e",
    include: ["test/**/*.test.ts"],
    testTimeout: 900_000,
    hookTimeout: 900_000,
    sequence: { groupOrder: 1 },
  },
});
