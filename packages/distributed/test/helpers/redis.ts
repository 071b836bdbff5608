import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { Redis } from "ioredis";

/** A free TCP port on the loopback interface (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A redis-server of our own for a test file: loopback only, no persistence. */
export interface TestRedis {
  readonly url: string;
  readonly port: number;
  /** A plain client for inspecting keys. */
  readonly client: Redis;
  /** Keys matching a glob, found with SCAN. */
  scan(pattern: string): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * Starts `redis-server` (Debian's package; `.ci/run` installs it) on a free loopback port with
 * persistence off. Throws — never skips — when it is not installed.
 */
export async function startRedis(): Promise<TestRedis> {
  const which = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" });
  if (which.status !== 0 || !existsSync(which.stdout.trim()))
    throw new Error("redis-server is not installed: these tests need it (apt-get install redis-server; .ci/run does this)");
  const port = await freePort();
  const proc: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  proc.stdout?.on("data", (d) => {
    log += d;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 30 s:\n${log}`)), 30_000);
    proc.once("exit", (code) => reject(new Error(`redis-server exited with ${code}:\n${log}`)));
    proc.stdout?.on("data", () => {
      if (log.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const client = new Redis({ port, host: "127.0.0.1", maxRetriesPerRequest: 1, lazyConnect: true });
  client.on("error", () => {});
  await client.connect();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    client,
    async scan(pattern: string) {
      const keys: string[] = [];
      let cursor = "0";
      do {
        const [next, batch] = await client.scan(cursor, "MATCH", pattern, "COUNT", 1000);
        cursor = next;
        keys.push(...batch);
      } while (cursor !== "0");
      return keys.sort();
    },
    async stop() {
      client.disconnect();
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((resolve) => proc.once("exit", resolve));
      proc.kill("SIGKILL");
      await exited;
    },
  };
}
