#!/usr/bin/env node
// The `qmc` bin: a committed launcher, so that npm links the command at install time (before any
// build) and `npx qmc` finds it in the workspace instead of falling through to the registry.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/bin/qmc.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("qmc: @qmckit/cli is not built (its dist/ is missing): run `npm run build` first\n");
  process.exit(2);
}
await import(entry.href);
