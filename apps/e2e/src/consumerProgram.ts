import { SMOKE } from "./smoke.js";

/** Entry points that the consumer program leaves out, and why. */
export const NOT_IMPORTED: Record<string, string> = {
  "@qmckit/core/testing": "test-support entry: it imports the optional peer vitest, which a production install omits",
};

/** The import paths of a package: its name plus each subpath export. */
export function entryPoints(name: string, exportsField: Record<string, unknown> | undefined): string[] {
  const subpaths = Object.keys(exportsField ?? { ".": "" }).filter((k) => k.startsWith(".") && !k.includes("*"));
  return subpaths.map((k) => (k === "." ? name : `${name}${k.slice(1)}`));
}

/**
 * A program that only imports every entry point except the Node-only ones: type-checking it checks our
 * declarations alone, for a consumer with neither the DOM library nor @types/node.
 */
export function importsOnlyProgram(entries: string[]): string {
  const used = entries.filter((e) => !(e in NOT_IMPORTED) && !SMOKE[e]?.nodeOnly);
  return `${used.map((e, i) => `import * as m${i} from "${e}";`).join("\n")}\nexport const entries = [${used.map((_, i) => `m${i}`).join(", ")}];\n`;
}

/**
 * The source of the consumer's `main.mts`: imports every entry point (Node-only ones only when `node`),
 * runs each entry's smoke snippet, and prints one `ok <entry>` line per entry.
 */
export function consumerProgram(entries: string[], node: boolean): string {
  const used = entries.filter((e) => !(e in NOT_IMPORTED) && (node || !SMOKE[e]?.nodeOnly));
  // biome-ignore-start lint/suspicious/noTemplateCurlyInString: these strings are the consumer's own template literals
  const lines = [
    "// Written by apps/e2e (pack-and-install test): a consumer of every qmckit entry point.",
    ...used.map((e, i) => `import * as m${i} from "${e}";`),
    "",
    "function assert(what: string, condition: boolean): void {",
    "  if (!condition) throw new Error(`failed: ${what}`);",
    "}",
    "function same(what: string, got: number | string | boolean, expected: number | string | boolean, tolerance = 0): void {",
    "  const ok = typeof got === 'number' && typeof expected === 'number' ? Math.abs(got - expected) <= tolerance : got === expected;",
    "  if (!ok) throw new Error(`failed: ${what}: got ${got}, expected ${expected}` + (tolerance ? ` ± ${tolerance}` : ''));",
    "}",
    "void assert;",
    "void same;",
    "",
  ];
  // biome-ignore-end lint/suspicious/noTemplateCurlyInString: end of the consumer's template literals
  used.forEach((e, i) => {
    const smoke = SMOKE[e];
    lines.push("{", `  const m = m${i};`);
    if (smoke) lines.push(smoke.code);
    else lines.push(`  assert("${e} has exports", Object.keys(m).length > 0);`);
    lines.push(`  console.log("ok ${e}${smoke ? "" : " (imported only: no smoke snippet)"}");`, "}");
  });
  return `${lines.join("\n")}\n`;
}
