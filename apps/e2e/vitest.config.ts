import { defineProject } from "vitest/config";

// End-to-end checks run built JavaScript (npm test builds first) and npm itself: generous timeouts.
export default defineProject({
  test: { name: "e2e", include: ["test/**/*.test.ts"], testTimeout: 900_000, hookTimeout: 900_000 },
});
