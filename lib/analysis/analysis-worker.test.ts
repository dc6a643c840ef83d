import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { threadNiceValues } from "@/tests/fixtures/threads";
import { WorkerPool } from "./worker-pool";
import type { Analysis } from "./analyze";
import type { AnalysisJob } from "./analysis-worker";

let pool: WorkerPool<AnalysisJob, Analysis> | undefined;
afterEach(() => pool?.close());

describe("the analysis worker", () => {
  it("checks a pair off the request thread, at a lower CPU priority than the request thread", async () => {
    // The server starts the bundled chunk; here tsx loads the TypeScript source the bundle is made from.
    const file = path.join(process.cwd(), "lib", "analysis", "analysis-worker.ts");
    const source = `require("tsx/cjs/api").register(); require(${JSON.stringify(file)});`;
    pool = new WorkerPool<AnalysisJob, Analysis>(() => new Worker(source, { eval: true }), {
      size: 1,
      timeoutMs: 60_000,
      timedOut: () => new Error("timed out"),
      crashed: (cause) => cause,
    });
    const analysis = await pool.run({
      pair: { sourceText: "Правительство повысило цены на топливо.", targetText: "The government raised the the prices of fuel.", sourceLang: "ru", targetLang: "en" },
      glossary: [],
    });
    expect(analysis.findings.map((f) => f.check)).toContain("repeated-word");

    const nice = threadNiceValues();
    const requestThread = nice.get(process.pid)!;
    expect([...nice.values()].filter((value) => value > requestThread)).toEqual([Math.min(19, requestThread + 10)]);
  }, 60_000);
});
