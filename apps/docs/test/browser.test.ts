// Builds on the built site (.vitepress/dist; `npm test` builds it first, and this file builds it when it
// is missing), serves it on a free loopback port and visits every page in headless Chromium (Debian's
// `chromium`, driven by playwright-core; no browser is ever downloaded). Per page: no console errors, no
// failed requests. Per figure: an SVG with the expected number of dot marks, drawn at the coordinates
// the Node library returns for the figure's seed, and a different picture after changing the seed.
// Screenshots of the home page and a figure page go to test/screenshots/ (git-ignored).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicPackages } from "../scripts/packages.mjs";
import { referenceCoordinates } from "./figureReference.js";
import { docsRoot, figureTags, markdownPages, pageSource } from "./markdownPages.js";
import { serveSite } from "./siteServer.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const dist = join(docsRoot, ".vitepress", "dist");
const shots = join(docsRoot, "test", "screenshots");

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "assets" ? [] : htmlPages(p);
    return e.name.endsWith(".html") && e.name !== "404.html" ? [`/${relative(dist, p)}`] : [];
  });
}

let browser: Browser;
let context: BrowserContext;
let server: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  if (!existsSync(join(dist, "index.html"))) execFileSync("npm", ["run", "docs:build"], { cwd: docsRoot, stdio: "inherit" });
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  server = await serveSite(dist);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  // One context for every page, so the site's shared scripts and styles come from the HTTP cache.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  mkdirSync(shots, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and records every console error, page error, failed request and HTTP error status. */
async function visit(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(server.url + path, { waitUntil: "load" });
  return { page, problems };
}

interface FigureState {
  figure: string;
  spec: unknown;
  coordinates: unknown;
  marks: number;
  rendered: number;
  dots: number;
  svgs: number;
  circles: { cx: number; cy: number }[];
  scales: { x: { range: [number, number] }; y: { range: [number, number] } };
}

async function figureStates(page: Page): Promise<FigureState[]> {
  return page.$$eval(".qmc-figure", (figs) =>
    figs.map((f) => {
      const el = f as HTMLElement;
      const dots = Array.from(el.querySelectorAll('g[aria-label="dot"] circle'));
      return {
        figure: el.dataset.figure ?? "",
        spec: JSON.parse(el.dataset.spec ?? "null"),
        coordinates: JSON.parse(el.dataset.coordinates ?? "null"),
        marks: Number(el.dataset.marks),
        rendered: Number(el.dataset.rendered ?? 0),
        dots: dots.length,
        svgs: el.querySelectorAll("svg").length,
        circles: dots.map((c) => ({ cx: Number(c.getAttribute("cx")), cy: Number(c.getAttribute("cy")) })),
        scales: JSON.parse(el.dataset.scales ?? "null"),
      };
    }),
  );
}

/**
 * Same values: exactly for point coordinates; for derived numbers (RMSE, bounds, recall) to a relative
 * 1e-10, because Chromium's and Node's V8 may differ in the last bit of Math.cos / Math.exp, and an
 * RMSE is a small difference of large sums (measured: 1 ulp-level differences, ≈ 1e-13 relative).
 */
function expectSameData(actual: unknown, expected: unknown, exact: boolean) {
  if (exact) {
    expect(actual).toEqual(expected);
    return;
  }
  const mismatches: string[] = [];
  const walk = (a: unknown, e: unknown, path: string) => {
    if (typeof e === "number" && typeof a === "number") {
      if (!(Math.abs(a - e) <= 1e-10 * Math.max(Math.abs(a), Math.abs(e)))) mismatches.push(`${path}: ${a} vs ${e}`);
    } else if (e !== null && typeof e === "object" && a !== null && typeof a === "object") {
      const keys = new Set([...Object.keys(e), ...Object.keys(a)]);
      for (const k of keys) walk((a as Record<string, unknown>)[k], (e as Record<string, unknown>)[k], `${path}.${k}`);
    } else if (a !== e) mismatches.push(`${path}: ${String(a)} vs ${String(e)}`);
  };
  walk(actual, expected, "$");
  expect(mismatches).toEqual([]);
}

function checkFigure(s: FigureState) {
  expect(s.svgs).toBeGreaterThanOrEqual(1);
  expect(s.dots).toBe(s.marks);
  expect(s.marks).toBeGreaterThan(0);
  expectSameData(s.coordinates, referenceCoordinates(s.figure, s.spec), s.figure === "point-set");
  if (s.figure === "point-set") {
    // The dots sit where the coordinates say: x ↦ range[0] + x·(range[1] − range[0]) on [0, 1] axes.
    const pts = s.coordinates as [number, number][];
    const { x, y } = s.scales;
    s.circles.forEach((c, i) => {
      expect(Math.abs(c.cx - (x.range[0] + pts[i][0] * (x.range[1] - x.range[0])))).toBeLessThan(0.51);
      expect(Math.abs(c.cy - (y.range[0] + pts[i][1] * (y.range[1] - y.range[0])))).toBeLessThan(0.51);
    });
  }
}

const pagesWithFigures = new Map<string, number>(
  markdownPages()
    .map((p): [string, number] => [`/${p.replace(/\.md$/, ".html")}`, figureTags(pageSource(p)).length])
    .filter(([, k]) => k > 0),
);

describe("the API reference", () => {
  it("has a page for every runtime export of every package entry point", { timeout: 120_000 }, async () => {
    const missing: string[] = [];
    const entries = publicPackages().flatMap((p) => p.entries);
    expect(entries.length).toBeGreaterThanOrEqual(11);
    for (const { specifier } of entries) {
      const dir = join(dist, "api", specifier);
      const pages = new Set(
        htmlPages(dir).map((p) =>
          p
            .split("/")
            .pop()
            ?.replace(/\.html$/, ""),
        ),
      );
      const names = Object.keys(await import(specifier));
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) if (!pages.has(name)) missing.push(`${specifier}: ${name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe("the built site in headless Chromium", () => {
  it("every page loads without console errors or failed requests", { timeout: 600_000 }, async () => {
    const paths = htmlPages(dist);
    expect(paths.length).toBeGreaterThan(100);
    const failures: string[] = [];
    const queue = [...paths];
    // A few long-lived tabs that navigate from page to page: much cheaper than a new tab per page.
    const worker = async () => {
      const page = await context.newPage();
      let current = "";
      page.on("console", (m) => {
        if (m.type() === "error") failures.push(`${current}: console error: ${m.text()} (${m.location().url})`);
      });
      page.on("pageerror", (e) => failures.push(`${current}: page error: ${e.message}`));
      page.on("requestfailed", (r) => {
        // A navigation away from a page cancels its pending prefetches: not a failure of the site.
        if (r.failure()?.errorText !== "net::ERR_ABORTED")
          failures.push(`${current}: request failed: ${r.url()} (${r.failure()?.errorText})`);
      });
      page.on("response", (r) => {
        if (r.status() >= 400) failures.push(`${current}: HTTP ${r.status()}: ${r.url()}`);
      });
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        current = path;
        await page.goto(server.url + path, { waitUntil: "load" });
        if (pagesWithFigures.has(path)) await page.waitForSelector(".qmc-figure[data-rendered]", { timeout: 60_000 });
      }
      await page.close();
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(failures).toEqual([]);
  });

  for (const [path, count] of pagesWithFigures) {
    it(`${path}: figures draw the library's coordinates and follow the seed`, { timeout: 180_000 }, async () => {
      const { page, problems } = await visit(path);
      await page.waitForFunction((k) => document.querySelectorAll(".qmc-figure[data-rendered]").length === k, count, {
        timeout: 60_000,
      });
      const before = await figureStates(page);
      if (path === "/guide/point-sets.html") {
        await page.locator(".qmc-figure").first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(shots, "point-sets.png"), fullPage: false });
      }
      if (path === "/tutorials/qmc-vs-mc.html") {
        await page
          .locator(".qmc-figure")
          .first()
          .screenshot({ path: join(shots, "convergence-figure.png") });
      }
      expect(before).toHaveLength(count);
      for (const s of before) checkFigure(s);

      const seeds = page.locator('.qmc-figure [data-control="seed"]');
      for (let f = 0; f < count; f++) {
        const seed = seeds.nth(f);
        const value = Number(await seed.inputValue());
        await seed.fill(String(value + 1));
        await seed.dispatchEvent("change");
        await page.waitForFunction(
          ([i, r]) => Number((document.querySelectorAll(".qmc-figure")[i] as HTMLElement).dataset.rendered) > r,
          [f, before[f].rendered] as const,
          { timeout: 60_000 },
        );
      }
      const after = await figureStates(page);
      for (let f = 0; f < count; f++) {
        expect((after[f].spec as { seed: number }).seed).toBe((before[f].spec as { seed: number }).seed + 1);
        expect(after[f].coordinates).not.toEqual(before[f].coordinates);
        expect(after[f].circles).not.toEqual(before[f].circles);
        checkFigure(after[f]);
      }
      await page.close();
      expect(problems).toEqual([]);
    });
  }

  it("screenshot of the home page", { timeout: 60_000 }, async () => {
    const { page, problems } = await visit("/");
    await page.waitForSelector(".qmc-figure[data-rendered]", { timeout: 60_000 });
    await page.screenshot({ path: join(shots, "home.png"), fullPage: true });
    await page.close();
    expect(problems).toEqual([]);
  });
});
