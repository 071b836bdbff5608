export { type QueueEvaluator, type QueueEvaluatorOptions, queueEvaluator } from "./queueEvaluator.js";
export type { RedisConnection } from "./RedisConnection.js";
export { type QueueWorker, type StartWorkerOptions, startWorker, type WorkerStats } from "./startWorker.js";
