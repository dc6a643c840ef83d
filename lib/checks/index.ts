export { createCheckContext } from "./context";
export { checks } from "./registry";
export { runChecks, type RunOptions, type RunResult, type RunStats, type CheckTiming } from "./run";
export type * from "./types";
