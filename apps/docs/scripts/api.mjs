// Generates the API reference (Markdown, one page per exported symbol) into api/ with TypeDoc +
// typedoc-plugin-markdown + typedoc-vitepress-theme. TypeDoc drives the TypeScript 5 compiler API, which
// is why apps/docs pins typescript 5.x (the repository builds with TypeScript 7).
//
// Entry points: one small module per exported subpath of every package (see packages.mjs), written to
// api-entries/, that re-exports the package by its public specifier. TypeScript resolves the
// specifier through the workspace link and the "source" condition, so the reference documents exactly
// what a user imports, from the TSDoc in the sources.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Application, LogLevel } from "typedoc";
import { docsRoot, publicPackages } from "./packages.mjs";

const entriesDir = join(docsRoot, "api-entries");
const outDir = join(docsRoot, "api");
rmSync(entriesDir, { recursive: true, force: true });
rmSync(outDir, { recursive: true, force: true });
mkdirSync(entriesDir, { recursive: true });

const entryPoints = [];
for (const pkg of publicPackages()) {
  for (const entry of pkg.entries) {
    const file = join(entriesDir, `${entry.specifier.replace(/^@/, "").replaceAll("/", "__")}.ts`);
    const summary = entry.subpath === "." ? pkg.description : `The \`${entry.subpath}\` entry point of ${pkg.name}.`;
    writeFileSync(file, `/**\n * ${summary}\n *\n * @module ${entry.specifier}\n */\nexport * from "${entry.specifier}";\n`);
    entryPoints.push(file);
  }
}

const app = await Application.bootstrapWithPlugins({
  entryPoints,
  tsconfig: join(docsRoot, "tsconfig.api.json"),
  plugin: ["typedoc-plugin-markdown", "typedoc-vitepress-theme"],
  out: outDir,
  docsRoot,
  name: "API reference",
  readme: "none",
  entryFileName: "index",
  outputFileStrategy: "members",
  sanitizeComments: true,
  excludePrivate: true,
  excludeInternal: true,
  excludeExternals: true,
  disableSources: false,
  hidePageHeader: true,
  useCodeBlocks: true,
  expandParameters: true,
  parametersFormat: "table",
  interfacePropertiesFormat: "table",
  classPropertiesFormat: "table",
  typeDeclarationFormat: "table",
  sort: ["kind", "alphabetical"],
  validation: { notExported: false, invalidLink: true, notDocumented: false },
  logLevel: LogLevel.Warn,
  skipErrorChecking: true,
});
const project = await app.convert();
if (!project) throw new Error("TypeDoc could not convert the entry points (see the messages above)");
await app.generateOutputs(project);
if (app.logger.hasErrors()) process.exit(1);
