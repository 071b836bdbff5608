/**
 * A similarity or distance between a query q and a stored vector x:
 * - `'ip'`: the inner product ⟨q, x⟩ (higher is closer);
 * - `'cosine'`: ⟨q, x⟩ / (‖q‖ ‖x‖), 0 when either norm is 0 (higher is closer);
 * - `'l2'`: the squared Euclidean distance ‖q − x‖² = ‖q‖² + ‖x‖² − 2⟨q, x⟩ (lower is closer).
 */
export type Metric = "ip" | "cosine" | "l2";

export const METRICS: readonly Metric[] = ["ip", "cosine", "l2"];
