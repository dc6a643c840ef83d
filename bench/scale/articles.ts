// Synthetic articles for the scale bench, from the WMT21 newstest ru→en documents (../shared/data): each is a
// real document's Russian segments beside one of three real machine translations of them, under a numbered title,
// written straight to the database with createMany (the checks would take hours at 10,000), spread over the last
// 12 months. One article in 7 carries three flags (one in 3 of those has one accepted by an approved correction and
// one dismissed), one in 13 a reader's report (accepted in one of 3), one in 5 an approved correction; the stored
// counts and the quality figures are then counted as every writer does (refreshArticleCounts).
import fs from "node:fs";
import path from "node:path";
import { refreshArticleCounts, textCounts } from "@/lib/article-counts";
import type { Db } from "@/lib/db";

export const WMT21 = path.resolve("../shared/data/wmt21-newstest-ruen");
const ENGINES = { "AFRL": "hyp.AFRL.en", "Online-G": "hyp.Online-G.en", "Online-Y": "hyp.Online-Y.en" } as const;

export interface Document {
  source: string;
  targets: Record<keyof typeof ENGINES, string>;
}

/** The 107 documents, paragraphs of one segment each. */
export function readDocuments(): Document[] {
  if (!fs.existsSync(WMT21)) throw new Error(`${WMT21} is missing: this bench reads the WMT21 test set`);
  const lines = (file: string) => fs.readFileSync(path.join(WMT21, `newstest2021.ru-en.${file}`), "utf8").split("\n");
  const ids = lines("docids").map((line) => line.split("\t")[0]);
  const ru = lines("src.ru");
  const hyps = Object.fromEntries(Object.entries(ENGINES).map(([engine, file]) => [engine, lines(file)])) as Record<keyof typeof ENGINES, string[]>;
  const docs = new Map<string, number[]>();
  ids.forEach((id, i) => id && docs.set(id, [...(docs.get(id) ?? []), i]));
  return [...docs.values()].map((segments) => ({
    source: segments.map((i) => ru[i]).join("\n\n"),
    targets: Object.fromEntries(Object.keys(ENGINES).map((engine) => [engine, segments.map((i) => hyps[engine as keyof typeof ENGINES][i]).join("\n\n")])) as Document["targets"],
  }));
}

const FLAGGED_EVERY = 7;
const REPORTED_EVERY = 13;
const CORRECTED_EVERY = 5;
const SEVERITIES = ["minor", "major", "critical"] as const;
const CATEGORIES = ["Accuracy/Mistranslation", "Fluency/Grammar", "Locale convention/Name format", "Terminology"] as const;
/** Article n's time of import: scattered over the 360 days before the bench started, whatever the size. */
const NOW = Date.now();
const SPAN_MINUTES = 360 * 24 * 60;
const createdAtOf = (n: number) => new Date(NOW - ((n * 104_729) % SPAN_MINUTES) * 60_000 - 60_000);

/** Articles number `from` to `to - 1`, inserted in chunks; returns how many. */
export async function insertArticles(db: Db, docs: Document[], from: number, to: number, importedById: string): Promise<number> {
  const engines = Object.keys(ENGINES) as (keyof typeof ENGINES)[];
  for (let start = from; start < to; start += 40) {
    const numbers = Array.from({ length: Math.min(40, to - start) }, (_, k) => start + k);
    const rows = numbers.map((n) => {
      const doc = docs[n % docs.length];
      const engine = engines[n % engines.length];
      const target = doc.targets[engine];
      const title = `${target.split(/(?<=[.!?])\s/)[0].slice(0, 90)} (${n + 1})`;
      return {
        article: { id: `scale-${n}`, slug: `scale-${n}`, title, sourceText: doc.source, contentHash: `scale-${n}`, engine, importedById, createdAt: createdAtOf(n), ...textCounts(title, target) },
        target,
        flagged: n % FLAGGED_EVERY === 0,
        decided: n % (FLAGGED_EVERY * 3) === 0,
        reported: n % REPORTED_EVERY === 0,
        accepted: n % (REPORTED_EVERY * 3) === 0,
        corrected: n % CORRECTED_EVERY === 0,
      };
    });
    const severityOf = (k: number) => SEVERITIES[k % SEVERITIES.length];
    await db.$transaction(async (tx) => {
      await tx.article.createMany({ data: rows.map((row) => row.article) });
      await tx.revision.createMany({ data: rows.map((row) => ({ id: `${row.article.id}-r1`, articleId: row.article.id, number: 1, text: row.target, origin: "import", authorId: importedById })) });
      await tx.flag.createMany({
        data: rows.filter((row) => row.flagged).flatMap((row) => SEVERITIES.map((severity, k) => {
          const word = row.target.split(/\s+/)[k] ?? "";
          const at = row.target.indexOf(word);
          const status = row.decided && k < 2 ? (["RESOLVED", "DISMISSED"] as const)[k] : "OPEN";
          return { articleId: row.article.id, revisionId: `${row.article.id}-r1`, check: `bench-${k}`, category: "accuracy", severity, message: "Synthetic flag", targetStart: at, targetEnd: at + word.length, targetText: word, fingerprint: `${row.article.id}-${k}`, status };
        })),
      });
      await tx.report.createMany({
        data: rows.filter((row) => row.reported).map((row) => {
          const selection = row.target.split(/\s+/)[0];
          return { articleId: row.article.id, revision: 1, selection, start: 0, end: selection.length, contextBefore: "", contextAfter: row.target.slice(selection.length, selection.length + 60), comment: "Synthetic report", clientHash: `bench-${row.article.id}`, status: row.accepted ? ("ACCEPTED" as const) : ("NEW" as const) };
        }),
      });
      await tx.correction.createMany({
        data: rows.filter((row) => row.corrected).map((row, k) => ({
          articleId: row.article.id, baseRevision: 1, patch: "", edits: [], category: CATEGORIES[k % CATEGORIES.length], severity: severityOf(k), status: "APPROVED" as const, authorId: importedById, decidedById: importedById, decidedAt: row.article.createdAt,
        })),
      });
      await refreshArticleCounts(tx, rows.map((row) => row.article.id));
    });
  }
  return to - from;
}
