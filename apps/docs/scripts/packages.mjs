// The public entry points of every package, read from packages/*/package.json at build time, so the
// API reference follows what the packages export today (a new package or subpath appears by itself).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const docsRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = resolve(docsRoot, "../..");

/**
 * @returns {{ name: string, dir: string, description: string, entries: { specifier: string, subpath: string, source: string }[] }[]}
 *   every workspace package under packages/ with its exported subpaths that have a `source` condition.
 */
export function publicPackages() {
  const dir = join(repoRoot, "packages");
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const pkgDir = join(dir, e.name);
      let pkg;
      try {
        pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
      } catch {
        return undefined;
      }
      const exportsField = pkg.exports ?? {};
      const entries = Object.entries(typeof exportsField === "string" ? { ".": exportsField } : exportsField)
        .filter(([, target]) => target && typeof target === "object" && typeof target.source === "string")
        .map(([subpath, target]) => ({
          subpath,
          specifier: subpath === "." ? pkg.name : `${pkg.name}/${subpath.replace(/^\.\//, "")}`,
          source: join(pkgDir, target.source),
        }));
      return { name: pkg.name, dir: pkgDir, description: pkg.description ?? "", entries };
    })
    .filter((p) => p !== undefined && !p.private && p.entries.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name));
}
