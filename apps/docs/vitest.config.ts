import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  // groupOrder 1: the docs tests (a headless browser, the examples) start after the packages' tests have
  // finished, so that Chromium does not compete with them for the CPU.
  test: { name: "docs", include: ["test/**/*.test.ts"], sequence: { groupOrder: 1 } },
});
