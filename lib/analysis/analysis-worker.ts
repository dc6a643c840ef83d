// Runs in a worker thread of the analysis pool (analyze-in-worker.ts starts it): alignment and the checks take
// seconds of CPU on a long article, which must not stall the server's other requests. `next build` (Turbopack)
// sees `new Worker(new URL("./analysis-worker.ts", import.meta.url))` and bundles this file, TypeScript and
// dictionaries included, as a worker chunk of its own. Speaks WorkerPool's protocol: {id, input} in, JobReply out.
import os from "node:os";
import { parentPort } from "node:worker_threads";
import { analyzeTranslation, prepareAnalysis, type PreparedAnalysis, type TranslationPair } from "./analyze";
import type { JobReply } from "./worker-pool";
import type { GlossaryEntry } from "@/lib/glossary";

export interface AnalysisJob {
  pair: TranslationPair;
  glossary: GlossaryEntry[];
}

// Below the request thread's CPU priority (on Linux a thread has its own nice value): on a busy machine the
// server's pages and reports go first, and a long article's checks take the CPU they leave.
os.setPriority(Math.min(19, os.getPriority() + 10));

parentPort?.on("message", ({ id, input }: { id: number; input: AnalysisJob }) => {
  let reply: JobReply<PreparedAnalysis>;
  try {
    reply = { id, ok: true, output: prepareAnalysis(analyzeTranslation(input.pair, input.glossary)) };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});

// Warm up at start (dictionaries, the name model), so the first article does not pay for it.
analyzeTranslation({ sourceText: "Привет.", targetText: "Hello.", sourceLang: "ru", targetLang: "en" }, []);
