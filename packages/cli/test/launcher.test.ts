import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The committed bin launcher (bin/qmc.js) that npm links at install time, before any build.
const launcher = fileURLToPath(new URL("../bin/qmc.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "qmc-launcher-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bin/qmc.js", () => {
  it("runs the built command from dist/", () => {
    const r = spawnSync(
      process.execPath,
      [launcher, "points", "net", "--dimension", "2", "--n", "4", "--randomize", "none", "--format", "json"],
      {
        encoding: "utf8",
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).points).toEqual([
      [0, 0],
      [0.5, 0.5],
      [0.25, 0.75],
      [0.75, 0.25],
    ]);
  });

  it("without dist/, says in one line to run `npm run build` and exits 2", () => {
    mkdirSync(join(dir, "bin"));
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
    copyFileSync(launcher, join(dir, "bin", "qmc.js"));
    const r = spawnSync(process.execPath, [join(dir, "bin", "qmc.js"), "points", "net", "--dimension", "2", "--n", "4"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^qmc: .*run `npm run build` first\n$/);
  });
});
