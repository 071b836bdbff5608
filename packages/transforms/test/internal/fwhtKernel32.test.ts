import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FILES, float32Source } from "../../scripts/generateFwhtKernel32.js";

describe("the float32 Walsh–Hadamard kernel files", () => {
  it("are the generated copies of the float64 files (rerun scripts/generateFwhtKernel32.ts if not)", () => {
    expect(FILES).toHaveLength(2);
    for (const [source, target] of FILES) {
      const name = source.split("/").pop() ?? source;
      expect(readFileSync(target, "utf8")).toBe(float32Source(readFileSync(source, "utf8"), name));
    }
  });

  it("are separate function literals typed for Float32Array only", () => {
    for (const [, target] of FILES) {
      const [header, ...body] = readFileSync(target, "utf8").split("\n");
      expect(header).toMatch(/^\/\/ GENERATED from fwht\w+64\.ts/);
      const text = body.join("\n");
      expect(text).toMatch(/Float32Array/);
      expect(text).not.toMatch(/Float64Array|fwhtKernel64|fwhtRowPasses64/);
    }
  });
});
