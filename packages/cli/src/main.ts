import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { createRequire } from "node:module";
import type { Writable } from "node:stream";
import cliProgress from "cli-progress";
import type { Sink } from "./formats/Writer.js";
import { cliMessage, GENERATORS } from "./generators.js";
import { POINTS_HELP, parsePoints, streamPoints } from "./pointsCommand.js";
import { UsageError } from "./UsageError.js";
import { runWorker } from "./workerCommand.js";

/** `qmc --help`. */
export const HELP = `Usage: qmc <command> [options]

Commands:
  points    write points of a lattice, digital net (Sobol'), Halton sequence or i.i.d. uniform
            points: qmc points <${GENERATORS.join("|")}> …
  worker    evaluate integrand jobs from a Redis queue (distributed cubature)

Run 'qmc <command> --help' for the options of a command.

Examples:
  qmc points net --dimension 5 --n 8 --seed 42
  qmc points lattice --dimension 32 --n 2^20 --format npy --out points.npy`;

/** Standard streams of a run, injectable for tests. */
export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
}

function sinkOf(stream: Writable): Sink {
  return {
    async write(chunk) {
      if (typeof chunk === "string" ? chunk.length === 0 : chunk.byteLength === 0) return;
      if (!stream.write(chunk)) await once(stream, "drain");
    },
  };
}

/**
 * Runs the `qmc` command line and resolves to the exit status: 0 on success, 2 on bad usage or bad
 * input (one line on stderr, never a stack trace), 1 on an unexpected failure (one line too). When no
 * `--seed` is given, the seed drawn is printed to stderr as one line `qmc: seed <n>`, in every format,
 * so that every run can be repeated.
 */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      io.stdout.write(`${HELP}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === "--version" || command === "-v") {
      const pkg = createRequire(import.meta.url)("../package.json") as { version: string };
      io.stdout.write(`${pkg.version}\n`);
      return 0;
    }
    if (command === "worker") return await runWorker(rest, io);
    if (command !== "points")
      throw new UsageError(`unknown command ${JSON.stringify(command)}; valid commands are points, worker (see qmc --help)`);
    const req = await parsePoints(rest);
    if (req === "help") {
      io.stdout.write(`${POINTS_HELP}\n`);
      return 0;
    }
    if (req.seedDrawn) io.stderr.write(`qmc: seed ${req.generator.seed}\n`);
    let file: WriteStream | undefined;
    if (req.out !== undefined) {
      file = createWriteStream(req.out);
      await Promise.race([once(file, "open"), once(file, "error").then(([e]) => Promise.reject(e))]);
    }
    const target: Writable = file ?? io.stdout;
    const total = req.n * req.generator.replications;
    const showBar = io.stderr.isTTY === true && total * req.generator.dimension >= 2 ** 22;
    const bar = showBar
      ? new cliProgress.SingleBar(
          {
            stream: io.stderr as NodeJS.WriteStream,
            format: "qmc points [{bar}] {percentage}% | {value}/{total} points | {eta}s left",
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
    bar?.start(total, 0);
    await streamPoints(req, sinkOf(target), bar ? (done) => bar.update(done) : undefined);
    bar?.stop();
    if (file) {
      file.end();
      await once(file, "finish");
    }
    return 0;
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code === "EPIPE") return 0;
    const bad =
      e instanceof UsageError ||
      e instanceof RangeError ||
      e instanceof TypeError ||
      err.code === "ENOENT" ||
      err.code === "EACCES" ||
      err.code === "EISDIR";
    io.stderr.write(`qmc: ${cliMessage(String(err.message).split("\n")[0])}\n`);
    return bad ? 2 : 1;
  }
}
