import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { threadNiceValues } from "@/tests/fixtures/threads";
import { WorkerPool } from "./worker-pool";
import type { PreparedAnalysis } from "./analyze";
import type { AnalysisJob } from "./analysis-worker";

let pool: WorkerPool<AnalysisJob, PreparedAnalysis> | undefined;
afterEach(() => pool?.close());

describe("the analysis worker", () => {
  it("checks a pair and prepares it for storing off the request thread, at a lower CPU priority than the request thread", async () => {
    // The server starts the bundled chunk; here tsx loads the TypeScript source the bundle is made from.
    const file = path.join(process.cwd(), "lib", "analysis", "analysis-worker.ts");
    const source = `require("tsx/cjs/api").register(); require(${JSON.stringify(file)});`;
    pool = new WorkerPool<AnalysisJob, PreparedAnalysis>(() => new Worker(source, { eval: true }), {
      size: 1,
      timeoutMs: 60_000,
      timedOut: () => new Error("timed out"),
      crashed: (cause) => cause,
    });
    const analysis = await pool.run({
      pair: { sourceText: "Правительство повысило цены на топливо.", targetText: "The government raised the the prices of fuel.", sourceLang: "ru", targetLang: "en" },
      glossary: [],
    });
    const repeated = analysis.flags.find((draft) => draft.finding.check === "repeated-word");
    expect(repeated).toMatchObject({ finding: { target: { text: "the the" } }, textKey: "the the", fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(analysis.wordCount).toBe(8);
    expect(JSON.parse(analysis.alignment)).toMatchObject({ beads: [1, 1], target: { lang: "en", sentences: [0, 45, 0] } });

    const nice = threadNiceValues();
    const requestThread = nice.get(process.pid)!;
    expect([...nice.values()].filter((value) => value > requestThread)).toEqual([Math.min(19, requestThread + 10)]);
  }, 60_000);
});
