import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createInterface, type Interface } from "node:readline";
import { fileURLToPath } from "node:url";

/** A long-lived `python3 peers.py` process: one request line in, one timing line out. */
export class PeerServer {
  readonly versions: Record<string, string>;
  #proc: ChildProcessWithoutNullStreams;
  #lines: AsyncIterableIterator<string>;
  #rl: Interface;

  private constructor(proc: ChildProcessWithoutNullStreams, rl: Interface, versions: Record<string, string>) {
    this.#proc = proc;
    this.#rl = rl;
    this.#lines = rl[Symbol.asyncIterator]();
    this.versions = versions;
  }

  /** Starts the peer server, or returns a reason why peers are unavailable. */
  static async start(): Promise<PeerServer | string> {
    const script = fileURLToPath(new URL("../peers/peers.py", import.meta.url));
    let proc: ChildProcessWithoutNullStreams;
    try {
      // One thread for numpy/scipy: SPEC §4 compares on one core.
      proc = spawn("python3", [script], {
        env: { ...process.env, OMP_NUM_THREADS: "1", OPENBLAS_NUM_THREADS: "1", MKL_NUM_THREADS: "1" },
      });
    } catch (e) {
      return `python3 not runnable: ${(e as Error).message}`;
    }
    const failed = new Promise<string>((resolve) => proc.on("error", (e) => resolve(`python3 not runnable: ${e.message}`)));
    const rl = createInterface({ input: proc.stdout });
    const it = rl[Symbol.asyncIterator]();
    const first = await Promise.race([it.next().then((r) => (r.done ? "python3 exited" : r.value)), failed]);
    try {
      const msg = JSON.parse(first) as { versions?: Record<string, string>; error?: string };
      if (!msg.versions) {
        proc.kill();
        return msg.error ?? "peer server did not start";
      }
      const server = new PeerServer(proc, rl, msg.versions);
      server.#lines = it;
      return server;
    } catch {
      proc.kill();
      return first;
    }
  }

  /** Times one call of `op` in Python; the clock runs inside Python around the call only. */
  async time(op: string, args: Record<string, number>): Promise<number> {
    this.#proc.stdin.write(`${JSON.stringify({ op, args })}\n`);
    const r = await this.#lines.next();
    if (r.done) throw new Error("peer server exited");
    const msg = JSON.parse(r.value) as { seconds?: number; error?: string };
    if (msg.seconds === undefined) throw new Error(`peer ${op}: ${msg.error}`);
    return msg.seconds;
  }

  close(): void {
    this.#rl.close();
    this.#proc.stdin.end();
  }
}
