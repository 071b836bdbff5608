export { type WorkerEvaluator, type WorkerEvaluatorOptions, workerEvaluator } from "./evaluation/workerEvaluator.js";
