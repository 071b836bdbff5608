// The site's Markdown pages and their fenced code blocks, as the example and browser tests see them.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const docsRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SKIP = new Set(["node_modules", "api", "api-entries", ".vitepress", "test", "public", "scripts", "figures"]);

/** Every hand-written page, as a path relative to apps/docs (the generated API pages excluded). */
export function markdownPages(dir = docsRoot): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (!SKIP.has(e.name)) out.push(...markdownPages(join(dir, e.name)));
    } else if (e.name.endsWith(".md") && e.name !== "README.md") out.push(relative(docsRoot, join(dir, e.name)));
  }
  return out.sort();
}

/** The page's source with VitePress's `<!--@include: path-->` directives expanded (whole files). */
export function pageSource(page: string): string {
  const file = join(docsRoot, page);
  return readFileSync(file, "utf8").replace(/<!--\s*@include:\s*([^\s>]+?)\s*-->/g, (_, p: string) =>
    pageSourceAbsolute(resolve(dirname(file), p)),
  );
}

function pageSourceAbsolute(file: string): string {
  return readFileSync(file, "utf8").replace(/<!--\s*@include:\s*([^\s>]+?)\s*-->/g, (_, p: string) =>
    pageSourceAbsolute(resolve(dirname(file), p)),
  );
}

export interface CodeBlock {
  /** The language word of the fence (`ts`, `js`, `sh`, …). */
  lang: string;
  /** The words after it, e.g. `no-run`, `file=integrand.mjs`. */
  flags: string[];
  code: string;
  /** 1-based line of the opening fence in the (expanded) page. */
  line: number;
}

export function codeBlocks(source: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+|~~~+)\s*([\w-]*)\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const fence = open[2];
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j].trimStart().startsWith(fence)) body.push(lines[j++]);
    blocks.push({ lang: open[3], flags: open[4].split(/\s+/).filter(Boolean), code: body.join("\n"), line: i + 1 });
    i = j;
  }
  return blocks;
}

/** Figure components used on a page: `<PointSetFigure …/>` → "PointSetFigure". */
export function figureTags(source: string): string[] {
  return [...source.matchAll(/<([A-Z]\w*Figure)\b/g)].map((m) => m[1]);
}
