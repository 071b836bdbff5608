import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["source"] },
  test: { name: "rotation-quant", include: ["test/**/*.test.ts"] },
});
