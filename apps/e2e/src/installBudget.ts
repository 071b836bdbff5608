import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Manifest } from "./repo.js";

/** What a consumer's install of one package brings: the package and everything it pulls in. */
export interface InstallFootprint {
  packages: string[];
  bytes: number;
  /** Native artefacts: .node binaries, binding.gyp files. */
  native: string[];
}

/** Where Node would resolve `name` from the package folder `from` (walking up node_modules folders). */
function resolvePackage(name: string, from: string, root: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dir === root) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Bytes of a folder on disk (file sizes, symlinks not followed), nested node_modules left out; native files noted. */
function folderSize(dir: string, native: string[]): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "node_modules") total += folderSize(p, native);
    } else {
      total += lstatSync(p).size;
      if (e.name.endsWith(".node") || e.name === "binding.gyp") native.push(p);
    }
  }
  return total;
}

/**
 * The installed closure of `name` in the project `root`: the package, its dependencies and optional
 * dependencies, and its peer dependencies that are installed, recursively; with their size on disk.
 */
export function installFootprint(root: string, name: string): InstallFootprint {
  const seen = new Map<string, string>();
  const native: string[] = [];
  const visit = (pkgName: string, from: string) => {
    const dir = resolvePackage(pkgName, from, root);
    if (dir === undefined || seen.has(dir)) return;
    const m = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
    seen.set(dir, `${m.name}@${m.version}`);
    for (const dep of [
      ...Object.keys(m.dependencies ?? {}),
      ...Object.keys(m.optionalDependencies ?? {}),
      ...Object.keys(m.peerDependencies ?? {}),
    ])
      visit(dep, dir);
  };
  visit(name, root);
  const bytes = [...seen.keys()].reduce((s, dir) => s + folderSize(dir, native), 0);
  return { packages: [...seen.values()].sort(), bytes, native };
}

/** Every native artefact (.node binary, binding.gyp) anywhere under a folder, nested node_modules included. */
export function nativeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && (e.name.endsWith(".node") || e.name === "binding.gyp"))
    .map((e) => join(e.parentPath, e.name));
}
