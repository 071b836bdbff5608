import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DefaultTheme, defineConfig, type UserConfig } from "vitepress";

type VitePlugin = NonNullable<NonNullable<UserConfig["vite"]>["plugins"]>[number];

import { migration, packageGuides, start, tutorials } from "./site.js";

// The API sidebar is written by scripts/api.mjs (TypeDoc) before every dev/build run.
const apiSidebarFile = fileURLToPath(new URL("../api/typedoc-sidebar.json", import.meta.url));
const apiSidebar: DefaultTheme.SidebarItem[] = existsSync(apiSidebarFile) ? JSON.parse(readFileSync(apiSidebarFile, "utf8")) : [];

const guideSidebar: DefaultTheme.SidebarItem[] = [
  { text: "Start here", items: start },
  { text: "Packages", items: packageGuides },
  { text: "Tutorials", items: tutorials },
  { text: "Migration", items: migration },
  { text: "API reference", link: "/api/" },
];

/**
 * VitePress treats every `*.data.ts` / `*.data.js` module as a build-time data loader (in `load`, and in
 * dev also in `transform`). Our packages ship ordinary modules with that suffix (e.g. the lattice
 * package's default vector), so resolve those to an id with a suffix VitePress does not match, and load
 * the file as a plain module.
 */
function packageDataModules(): VitePlugin {
  const packagesDir = fileURLToPath(new URL("../../../packages/", import.meta.url));
  const SUFFIX = ".qmckit-module.ts";
  return {
    name: "qmckit:package-data-modules",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!/\.data\.m?[jt]s$/.test(source) || importer === undefined) return undefined;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const file = resolved?.id.split("?")[0];
      return file?.startsWith(packagesDir) ? `${file}${SUFFIX}` : undefined;
    },
    load(id) {
      return id.endsWith(SUFFIX) ? readFileSync(id.slice(0, -SUFFIX.length), "utf8") : undefined;
    },
  };
}

export default defineConfig({
  title: "qmckit",
  description: "Quasi-Monte Carlo for TypeScript: lattices, Sobol' nets, Halton, cubature with error bounds, vector compression.",
  lang: "en-US",
  lastUpdated: false,
  // Dead links fail the build (VitePress's default; never set ignoreDeadLinks).
  head: [
    ["link", { rel: "icon", type: "image/svg+xml", href: "/favicon.svg" }],
    ["meta", { name: "theme-color", content: "#2f5fc4" }],
  ],
  themeConfig: {
    logo: "/favicon.svg",
    nav: [
      { text: "Guide", link: "/guide/getting-started", activeMatch: "^/(guide|packages)/" },
      { text: "Tutorials", link: "/tutorials/qmc-vs-mc", activeMatch: "^/tutorials/" },
      { text: "Migration", link: "/migration/scipy", activeMatch: "^/migration/" },
      { text: "API", link: "/api/", activeMatch: "^/api/" },
    ],
    sidebar: {
      "/api/": [{ text: "API reference", link: "/api/" }, ...apiSidebar],
      "/": guideSidebar,
    },
    search: { provider: "local" },
    outline: { level: [2, 3] },
    footer: { message: "MIT licensed. Figures are computed in your browser by the qmckit packages." },
  },
  vite: {
    // Our packages resolve to their TypeScript sources (the "source" export condition), so the site
    // always shows the working tree and needs no prior package build.
    plugins: [packageDataModules()],
    // The local search index of ~270 pages (≈ 0.6 MB, loaded when the search box opens) is the one large chunk.
    build: { chunkSizeWarningLimit: 1024 },
    resolve: { conditions: ["source"] },
    ssr: { noExternal: [/^@qmckit\//], resolve: { conditions: ["source"], externalConditions: ["source"] } },
  },
});
