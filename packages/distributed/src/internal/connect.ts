import { formatValue, validateInteger, validateOptions } from "@qmckit/core";
import { Redis, type RedisOptions } from "ioredis";
import type { RedisConnection } from "../RedisConnection.js";

/** Validated connection settings: ioredis options plus a printable address for messages. */
export interface ConnectionSpec {
  readonly options: RedisOptions;
  readonly url?: string;
  /** `host:port`, for error messages (never the password). */
  readonly address: string;
}

/** Validates a {@link RedisConnection} once, at the boundary. */
export function connectionSpec(name: string, connection: unknown): ConnectionSpec {
  if (typeof connection === "string") {
    let u: URL;
    try {
      u = new URL(connection);
    } catch {
      throw new TypeError(`${name} must be a redis:// URL or an options object; got ${formatValue(connection)}`);
    }
    if (u.protocol !== "redis:" && u.protocol !== "rediss:")
      throw new TypeError(`${name} must be a redis:// or rediss:// URL; got ${formatValue(connection)}`);
    const port = u.port === "" ? 6379 : validateInteger(`${name} port`, Number(u.port), 1, 65535);
    return { options: {}, url: connection, address: `${u.hostname}:${port}` };
  }
  if (connection === null || typeof connection !== "object")
    throw new TypeError(`${name} must be a redis:// URL or an options object; got ${formatValue(connection)}`);
  const o = validateOptions(name, connection as Exclude<RedisConnection, string>, ["host", "port", "username", "password", "db"]);
  const options: RedisOptions = {};
  if (o.host !== undefined) {
    if (typeof o.host !== "string" || o.host === "")
      throw new TypeError(`${name}.host must be a non-empty string; got ${formatValue(o.host)}`);
    options.host = o.host;
  }
  if (o.port !== undefined) options.port = validateInteger(`${name}.port`, o.port, 1, 65535);
  if (o.db !== undefined) options.db = validateInteger(`${name}.db`, o.db, 0, 2 ** 16);
  for (const k of ["username", "password"] as const) {
    const v = o[k];
    if (v !== undefined && typeof v !== "string") throw new TypeError(`${name}.${k} must be a string; got ${formatValue(v)}`);
    if (v !== undefined) options[k] = v;
  }
  return { options, address: `${options.host ?? "127.0.0.1"}:${options.port ?? 6379}` };
}

/**
 * A new ioredis client for BullMQ (which in ESM needs a client instance rather than options).
 * `maxRetriesPerRequest: null` as BullMQ requires for its blocking connections: commands wait through
 * a reconnection instead of failing, and the callers bound the wait themselves (`timeoutMs`).
 */
export function connect(spec: ConnectionSpec, name: string): Redis {
  const options: RedisOptions = { ...spec.options, maxRetriesPerRequest: null, connectionName: name, lazyConnect: false };
  // Reconnect quickly at first, then every second: a restarted Redis is found again within a second.
  options.retryStrategy = (times: number) => Math.min(50 * times, 1000);
  const client = spec.url !== undefined ? new Redis(spec.url, options) : new Redis(options);
  // ioredis prints an unhandled 'error' event to the console; a library must not. Connection errors
  // are retried, and the callers report a lost connection through their own timeouts.
  client.on("error", () => {});
  return client;
}
