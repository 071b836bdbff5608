import { defineProject } from "vitest/config";

// Workspace dependencies resolve to their TypeScript sources ("source" export condition). Vitest runs
// tests as SSR modules, which read ssr.resolve.conditions, not resolve.conditions: without the ssr
// entry a dependency's stale dist/ would be tested instead of its src/.
export default defineProject({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: { name: "rotation-quant", testTimeout: 30_000, include: ["test/**/*.test.ts"] },
});
