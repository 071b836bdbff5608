/**
 * Writes the Float32Array copies of the float64 Walsh–Hadamard kernel files (see the remarks in
 * src/internal/fwhtKernel64.ts on why the copies exist). Run after editing a float64 file:
 * `npx tsx scripts/generateFwhtKernel32.ts`; test/internal/fwhtKernel32.test.ts fails while stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = (name: string) => fileURLToPath(new URL(`../src/internal/${name}`, import.meta.url));

/** [float64 source, generated float32 target] file pairs. */
export const FILES: Array<[string, string]> = [
  [dir("fwhtKernel64.ts"), dir("fwhtKernel32.ts")],
  [dir("fwhtRowPasses64.ts"), dir("fwhtRowPasses32.ts")],
];

/** The float32 file's text for a float64 file's text. */
export function float32Source(source64: string, sourceName: string): string {
  const header = `// GENERATED from ${sourceName} by scripts/generateFwhtKernel32.ts: edit that file, then rerun.\n`;
  return (
    header +
    source64
      .replaceAll("Float64Array", "Float32Array")
      .replaceAll("fwhtKernel64", "fwhtKernel32")
      .replaceAll("fwhtRowPasses64", "fwhtRowPasses32")
      .replaceAll("float64 Walsh", "float32 Walsh")
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [source, target] of FILES) {
    writeFileSync(target, float32Source(readFileSync(source, "utf8"), source.split("/").pop() ?? source));
    console.log(`wrote ${target}`);
  }
}
