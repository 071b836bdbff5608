// Writes public/hero.svg: the first 64 points of a randomized Sobol' net (seed 42) with its 8 × 8
// elementary intervals, the home page's illustration. Run: node --conditions=source --import tsx scripts/hero-image.ts
import { writeFileSync } from "node:fs";
import { DigitalNet } from "@qmckit/digital-net";

const size = 320;
const pad = 10;
const s = size - 2 * pad;
const pts = new DigitalNet(2, { seed: 42 }).points(64).toRows();
const lines: string[] = [];
for (let k = 1; k < 8; k++) {
  const v = (pad + (k * s) / 8).toFixed(1);
  lines.push(`<line x1="${v}" y1="${pad}" x2="${v}" y2="${pad + s}"/><line x1="${pad}" y1="${v}" x2="${pad + s}" y2="${v}"/>`);
}
const dots = pts.map(([x, y], i) => {
  const fill = i < 32 ? "#3a6fd8" : "#e0702b";
  return `<circle cx="${(pad + x * s).toFixed(1)}" cy="${(pad + (1 - y) * s).toFixed(1)}" r="5" fill="${fill}"/>`;
});
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}">
<title>The first 64 points of a scrambled Sobol' net (seed 42): one point in each of the 8 × 8 boxes</title>
<rect x="${pad}" y="${pad}" width="${s}" height="${s}" rx="4" fill="none" stroke="#9aa5b1" stroke-width="1.5"/>
<g stroke="#9aa5b1" stroke-opacity="0.5">${lines.join("")}</g>
${dots.join("\n")}
</svg>
`;
writeFileSync(new URL("../public/hero.svg", import.meta.url), svg);
