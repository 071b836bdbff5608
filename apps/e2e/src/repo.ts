import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file is apps/e2e/src/repo.ts). */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The manifest fields the checks use. */
export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  bin?: Record<string, string>;
}

/** Every published package: packages/*\/package.json that is not private, with its folder. */
export function publishedPackages(): { dir: string; manifest: Manifest }[] {
  const base = join(ROOT, "packages");
  return readdirSync(base, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const dir = join(base, e.name);
      try {
        return [{ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest }];
      } catch {
        return [];
      }
    })
    .filter((p) => !p.manifest.private)
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}

/** The environment for child npm / npx processes: the outer npm run's npm_* variables removed. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, ...extra };
}

/**
 * The first example of a package README: the first code block under its "## First example" heading,
 * with its language, or undefined when the README or the section is missing.
 */
export function firstExample(dir: string): { lang: string; code: string } | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, "README.md"), "utf8");
  } catch {
    return undefined;
  }
  const m = /\n## First example\n[\s\S]*?```(\w+)\n([\s\S]*?)```/.exec(text);
  return m ? { lang: m[1], code: m[2] } : undefined;
}
