// Every fenced `ts` block of every page is a module that must run: a renamed export or a changed
// signature fails here instead of in a reader's editor. Blocks marked `no-run` are skipped; a block with
// `file=name` is also written under that name beside the page's other blocks, so later blocks can
// import it (or hand it to a worker pool). `js` blocks run only when they carry `file=`… and are
// imported by a `ts` block.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { codeBlocks, docsRoot, markdownPages, pageSource } from "./markdownPages.js";

const examplesDir = join(docsRoot, "test", ".examples");
rmSync(examplesDir, { recursive: true, force: true });

const pages = markdownPages();

describe("runnable examples", () => {
  it("finds the pages and their examples", () => {
    expect(pages.length).toBeGreaterThanOrEqual(15);
    const runnable = pages.flatMap((p) =>
      codeBlocks(pageSource(p)).filter((b) => b.lang === "ts" && !b.flags.includes("no-run")),
    );
    expect(runnable.length).toBeGreaterThanOrEqual(30);
  });

  for (const page of pages) {
    const blocks = codeBlocks(pageSource(page));
    const dir = join(examplesDir, page.replace(/\.md$/, "").replaceAll("/", "__"));
    const files = blocks.filter((b) => b.flags.some((f) => f.startsWith("file=")));
    const runnable = blocks.filter((b) => b.lang === "ts" && !b.flags.includes("no-run"));
    if (runnable.length === 0) continue;
    describe(page, () => {
      for (const b of runnable) {
        it(`runs the ts block at line ${b.line}`, { timeout: 120_000 }, async () => {
          mkdirSync(dir, { recursive: true });
          for (const f of files) writeFileSync(join(dir, f.flags.find((x) => x.startsWith("file="))!.slice(5)), f.code);
          const file = join(dir, `block-${b.line}.ts`);
          writeFileSync(file, `${b.code}\nexport {};\n`);
          const log = vi.spyOn(console, "log").mockImplementation(() => {});
          try {
            await import(pathToFileURL(file).href);
          } finally {
            log.mockRestore();
          }
        });
      }
    });
  }
});
