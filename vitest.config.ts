import { defineConfig } from "vitest/config";

// One root configuration: every package is a project, and workspace packages resolve to their
// TypeScript sources through the "source" export condition, so tests never need a prior build.
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: { projects: ["packages/*/vitest.config.ts", "apps/*/vitest.config.ts"] },
});
