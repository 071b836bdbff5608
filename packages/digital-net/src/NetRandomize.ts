/**
 * Randomization of a {@link DigitalNet}: `'lms-ds'` — Matoušek's linear matrix scrambling then a digital
 * shift (default); `'lms'` — linear matrix scrambling only (the first point stays 0); `'ds'` — digital
 * shift only; `'nus'` — Owen's nested uniform scrambling (by hashing); `'none'` — the deterministic net.
 */
export type NetRandomize = "lms-ds" | "lms" | "ds" | "nus" | "none";

/**
 * Every valid {@link NetRandomize} value (the `randomize` option of {@link DigitalNet}), in the order
 * error messages list them.
 * @example
 * ```ts
 * for (const randomize of NET_RANDOMIZATIONS) new DigitalNet(2, { randomize, seed: 1 }).points(8);
 * ```
 */
export const NET_RANDOMIZATIONS: readonly NetRandomize[] = Object.freeze([
  "lms-ds",
  "lms",
  "ds",
  "nus",
  "none",
] as NetRandomize[]);
