/**
 * Where Redis is: a `redis://[user:password@]host:port[/db]` URL (or `rediss://` for TLS), or the
 * fields of one.
 *
 * @example
 * ```ts
 * const a: RedisConnection = "redis://10.0.0.5:6379";
 * const b: RedisConnection = { host: "10.0.0.5", port: 6379, password: "s3cret" };
 * ```
 */
export type RedisConnection =
  | string
  | {
      /** Host name or address; default `'127.0.0.1'`. */
      host?: string;
      /** TCP port; default 6379. */
      port?: number;
      username?: string;
      password?: string;
      /** Database number; default 0. */
      db?: number;
    };
