import { Worker } from "node:worker_threads";
import { UserError } from "@/lib/errors";
import type { GlossaryEntry } from "@/lib/glossary";
import { analyzeTranslation, prepareAnalysis, type PreparedAnalysis, type TranslationPair } from "./analyze";
import type { AnalysisJob } from "./analysis-worker";
import { WorkerPool } from "./worker-pool";

/**
 * Two warm workers: one long import does not hold up approvals. The time limit leaves room for a 1 MB article
 * per side on a loaded machine (100 KB per side took 16–25 s on the request thread with the machine busy). A worker
 * holds the dictionaries and the name model; after a minute without work it exits and gives that memory back.
 */
export const ANALYSIS_POOL = { size: 2, timeoutMs: 180_000, idleMs: 60_000 } as const;

let pool: WorkerPool<AnalysisJob, PreparedAnalysis> | null = null;

function analysisPool(): WorkerPool<AnalysisJob, PreparedAnalysis> {
  pool ??= new WorkerPool<AnalysisJob, PreparedAnalysis>(
    () => new Worker(new URL("./analysis-worker.ts", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 1024 } }),
    {
      ...ANALYSIS_POOL,
      timedOut: () => new UserError(`Checking this article took more than ${ANALYSIS_POOL.timeoutMs / 1000} s, so it was stopped. Split it into shorter articles, or try again when the server is less busy.`, 422),
      crashed: () => new UserError("The checks stopped before they finished (the server may be short of memory). Try again in a minute.", 503),
    },
  );
  return pool;
}

/**
 * analyzeTranslation and prepareAnalysis off the request thread. Only inside the Next server (NEXT_RUNTIME is set there) is the worker
 * a bundled chunk Node can start; vitest and the tsx CLIs (`npm run import`) would hand Node the .ts file itself,
 * which Node 20 cannot load, so there the work runs in this thread as before — no other request waits on a CLI.
 */
export function analyzeInWorker(pair: TranslationPair, glossary: readonly GlossaryEntry[]): Promise<PreparedAnalysis> {
  if (!process.env.NEXT_RUNTIME) return Promise.resolve().then(() => prepareAnalysis(analyzeTranslation(pair, glossary)));
  // One pause for other requests between receiving the answer (~85 ms for a 1 MB article under load) and the caller's
  // transaction (on SQLite one unbroken stretch), so that the two do not add up to one stall.
  return analysisPool().run({ pair, glossary: [...glossary] }).then((prepared) => new Promise((resolve) => setImmediate(resolve, prepared)));
}
