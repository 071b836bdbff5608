import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: { name: "transforms", testTimeout: 30_000, include: ["test/**/*.test.ts"] },
});
