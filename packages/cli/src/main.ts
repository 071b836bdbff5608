import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Writable } from "node:stream";
import cliProgress from "cli-progress";
import type { Sink } from "./formats/Writer.js";
import { cliMessage, GENERATORS } from "./generators.js";
import { POINTS_HELP, parsePoints, streamPoints } from "./pointsCommand.js";
import { UsageError } from "./UsageError.js";
import { runWorker } from "./workerCommand.js";

/** The exit statuses of `qmc`, as listed in `--help`. */
export const EXIT_STATUS = `Exit status:
  0  success
  2  bad usage or input: an unknown option, a bad value, or an --out path that cannot be
     created (missing directory, a directory, not a directory, name too long, no permission,
     read-only file system)
  1  a failure while running, e.g. an I/O error while writing (disk full, file too large);
     --out is written to a temporary file beside it and renamed at the end, so a failed run
     leaves no partial file`;

/**
 * Error codes of an output path that cannot be used (exit 2): the path is wrong, not the run. Other
 * codes (EIO, ENOSPC, EFBIG, …) are failures while running (exit 1).
 */
const BAD_PATH_CODES: ReadonlySet<string> = new Set([
  "ENOENT",
  "EISDIR",
  "ENOTDIR",
  "ENAMETOOLONG",
  "EACCES",
  "EPERM",
  "EROFS",
  "ELOOP",
  "EEXIST",
]);

/** `qmc --help`. */
export const HELP = `Usage: qmc <command> [options]

Commands:
  points    write points of a lattice, digital net (Sobol'), Halton sequence or i.i.d. uniform
            points: qmc points <${GENERATORS.join("|")}> …
  worker    evaluate integrand jobs from a Redis queue (distributed cubature)

Run 'qmc <command> --help' for the options of a command.

Examples:
  qmc points net --dimension 5 --n 8 --seed 42
  qmc points lattice --dimension 32 --n 2^20 --format npy --out points.npy

${EXIT_STATUS}`;

/** Standard streams of a run, injectable for tests. */
export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
}

let temporaryCount = 0;

const PATH_PROBLEMS: Record<string, string> = {
  ENOENT: "its directory does not exist",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENAMETOOLONG: "the name is too long",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ELOOP: "too many symbolic links",
  EEXIST: "a temporary file of the same name exists",
};

/** An error about the --out path, naming it and the cause, keeping the code (exit 2 for path codes). */
function pathError(out: string, e: { code?: string; message?: string }): Error {
  const code = e.code ?? "EIO";
  const why = PATH_PROBLEMS[code] ?? e.message ?? code;
  return Object.assign(new Error(`--out ${JSON.stringify(out)} cannot be written: ${why} (${code})`), { code });
}

/** Resolves on `event` of `file`, rejects on its error, and leaves no listener behind either way. */
function settle(file: WriteStream, event: "open" | "close"): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => {
      file.off(event, onEvent);
      reject(e);
    };
    const onEvent = () => {
      file.off("error", onError);
      resolve();
    };
    file.once(event, onEvent);
    file.once("error", onError);
  });
}

/**
 * Ends a file stream and waits until its data is flushed and the file closed; rejects with the first
 * error the stream reported (during a write or the close).
 */
async function finish(file: WriteStream, failure: () => unknown): Promise<void> {
  if (failure() === undefined && !file.destroyed) {
    file.end();
    await settle(file, "close");
  }
  const e = failure();
  if (e !== undefined) throw e;
}

/**
 * A sink writing to `stream` with back-pressure. With `failure` (file streams), the stream's first error
 * is kept and thrown by the next write, so that an error between writes is not lost.
 */
function sinkOf(stream: Writable, failure?: () => unknown): Sink {
  return {
    async write(chunk) {
      const before = failure?.();
      if (before !== undefined) throw before;
      if (typeof chunk === "string" ? chunk.length === 0 : chunk.byteLength === 0) return;
      if (!stream.write(chunk)) await once(stream, "drain");
      const after = failure?.();
      if (after !== undefined) throw after;
    },
  };
}

/**
 * Runs the `qmc` command line and resolves to the exit status: 0 on success, 2 on bad usage, bad
 * input or an output path that cannot be created (one line on stderr, never a stack trace), 1 on a
 * failure while running such as an I/O error while writing (one line too); see {@link EXIT_STATUS}.
 * `--out` is written to a temporary file in the same directory and renamed over the target on success,
 * so a failed run leaves no partial file. When no `--seed` is given, the seed drawn is printed to
 * stderr as one line `qmc: seed <n>`, in every format, so that every run can be repeated.
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
    let temporary: string | undefined;
    let fileError: unknown;
    if (req.out !== undefined) {
      // A directory, a path through a file or a missing directory is refused before anything is written.
      const out = req.out;
      const existing = await stat(out).catch((e: NodeJS.ErrnoException) => {
        if (e.code === "ENOENT") return undefined;
        throw pathError(out, e);
      });
      if (existing?.isDirectory()) throw pathError(out, { code: "EISDIR" });
      temporary = join(dirname(out), `.qmc-${process.pid}-${++temporaryCount}.tmp`);
      file = createWriteStream(temporary, { flags: "wx" });
      await settle(file, "open").catch((e: NodeJS.ErrnoException) => {
        throw pathError(out, e);
      });
      file.on("error", (e) => {
        fileError ??= e;
      });
    }
    const failure = () => fileError;
    try {
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
      await streamPoints(req, file ? sinkOf(file, failure) : sinkOf(target), bar ? (done) => bar.update(done) : undefined);
      bar?.stop();
      if (file && temporary !== undefined && req.out !== undefined) {
        await finish(file, failure);
        const out = req.out;
        await rename(temporary, out).catch((e: NodeJS.ErrnoException) => {
          throw pathError(out, e);
        });
        temporary = undefined;
      }
    } finally {
      if (temporary !== undefined) {
        file?.destroy();
        await rm(temporary, { force: true }).catch(() => {});
      }
    }
    return 0;
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code === "EPIPE") return 0;
    const bad =
      e instanceof UsageError ||
      e instanceof RangeError ||
      e instanceof TypeError ||
      (err.code !== undefined && BAD_PATH_CODES.has(err.code));
    io.stderr.write(`qmc: ${cliMessage(String(err.message).split("\n")[0])}\n`);
    return bad ? 2 : 1;
  }
}
