/**
 * Randomization of a {@link DigitalNet}: `'lms-ds'` — Matoušek's linear matrix scrambling then a digital
 * shift (default); `'lms'` — linear matrix scrambling only (the first point stays 0); `'ds'` — digital
 * shift only; `'nus'` — Owen's nested uniform scrambling (by hashing); `'none'` — the deterministic net.
 */
export type NetRandomize = "lms-ds" | "lms" | "ds" | "nus" | "none";

/** The valid values of {@link NetRandomize}. */
export const NET_RANDOMIZATIONS: readonly NetRandomize[] = ["lms-ds", "lms", "ds", "nus", "none"];
