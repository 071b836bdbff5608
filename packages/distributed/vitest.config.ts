import { defineProject } from "vitest/config";

// Workspace packages resolve to their TypeScript sources through the "source" export condition. Vitest
// runs tests through Vite's SSR pipeline, whose resolver reads `ssr.resolve.conditions`, so the
// condition is set there too (otherwise a sibling package without a dist/ build fails to resolve).
export default defineProject({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: { name: "distributed", testTimeout: 30_000, include: ["test/**/*.test.ts"] },
});
