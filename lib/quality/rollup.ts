import { Prisma, type Tx } from "@/lib/db";
import { MQM_PENALTY, REPORT_CATEGORY, REPORT_SEVERITY } from "./mqm";

/**
 * The quality dashboard's figures kept up to date as the data changes, so that the dashboard reads a few rows
 * instead of the archive: each article stores its own MQM figures (its list's order), and QualityRollup sums
 * articles, words, confirmed errors per category and decided flags per check per month of import, publisher and
 * MT engine. An article also stores what it has added to the rollup (its tally); a recount adds the difference
 * between the new tally and that one, so every writer only has to recount the articles it touched
 * (refreshArticleCounts, lib/article-counts, in the writer's transaction).
 */

/** What one article adds to QualityRollup, stored as JSON on the article (qualityTally). */
export interface QualityTally {
  /** The rollup rows it adds to: its month of import (UTC), publisher and engine ("" for none). */
  month: string;
  publisherId: string;
  engine: string;
  words: number;
  /** Per error category: [errors, penalty]. */
  categories: Record<string, [number, number]>;
  /** Per check: [accepted, dismissed] flags. */
  checks: Record<string, [number, number]>;
}

const penaltyOf = (severity: string) => MQM_PENALTY[severity as keyof typeof MQM_PENALTY] ?? MQM_PENALTY.minor;

const COUNTS = ["articles", "words", "errors", "penalty", "accepted", "dismissed"] as const;
type Counts = Record<(typeof COUNTS)[number], number>;
export type RollupDelta = { kind: "article" | "category" | "check"; key: string; month: string; publisherId: string; engine: string } & Counts;

/**
 * The article's figures recomputed from its rows: approved corrections at their severity and category, accepted
 * reports no correction has fixed yet (one REPORT_SEVERITY error each), and its flags reviewers decided.
 */
async function countArticle(tx: Tx, articleId: string) {
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { createdAt: true, publisherId: true, engine: true, wordCount: true, qualityTally: true } });
  const [corrections, acceptedReports, flags] = await Promise.all([
    tx.correction.groupBy({ by: ["category", "severity"], where: { articleId, status: "APPROVED" }, _count: { _all: true } }),
    tx.report.count({ where: { articleId, status: "ACCEPTED" } }),
    tx.flag.groupBy({ by: ["check", "status"], where: { articleId, status: { in: ["RESOLVED", "DISMISSED"] } }, _count: { _all: true } }),
  ]);
  const tally: QualityTally = {
    month: article.createdAt.toISOString().slice(0, 7),
    publisherId: article.publisherId ?? "",
    engine: article.engine ?? "",
    words: article.wordCount ?? 0,
    categories: {},
    checks: {},
  };
  const addError = (category: string, errors: number, penalty: number) => {
    const [e, p] = tally.categories[category] ?? [0, 0];
    tally.categories[category] = [e + errors, p + penalty];
  };
  for (const row of corrections) addError(row.category, row._count._all, row._count._all * penaltyOf(row.severity));
  if (acceptedReports > 0) addError(REPORT_CATEGORY, acceptedReports, acceptedReports * MQM_PENALTY[REPORT_SEVERITY]);
  for (const row of flags) {
    const [accepted, dismissed] = tally.checks[row.check] ?? [0, 0];
    tally.checks[row.check] = row.status === "RESOLVED" ? [accepted + row._count._all, dismissed] : [accepted, dismissed + row._count._all];
  }
  const previous = article.qualityTally === null ? null : (JSON.parse(article.qualityTally) as QualityTally);
  return { tally, previous };
}

const totals = (tally: QualityTally) =>
  Object.values(tally.categories).reduce(([errors, penalty], [e, p]) => [errors + e, penalty + p], [0, 0]);

/** The article's own figures: its confirmed errors, their penalty, and the penalty per 1,000 words (0 without words). */
function figuresOf(tally: QualityTally) {
  const [mqmErrors, mqmPenalty] = totals(tally);
  return { mqmErrors, mqmPenalty, mqmScore: tally.words ? (mqmPenalty * 1000) / tally.words : 0, qualityTally: JSON.stringify(tally) };
}

/** The rollup rows a tally adds to, each multiplied by `sign` (-1 takes an old tally away). */
function rowsOf(tally: QualityTally, sign: 1 | -1): RollupDelta[] {
  const at = { month: tally.month, publisherId: tally.publisherId, engine: tally.engine };
  const zero: Counts = { articles: 0, words: 0, errors: 0, penalty: 0, accepted: 0, dismissed: 0 };
  const [errors, penalty] = totals(tally);
  return [
    { ...at, ...zero, kind: "article", key: "", articles: sign, words: sign * tally.words, errors: sign * errors, penalty: sign * penalty },
    ...Object.entries(tally.categories).map(([key, [e, p]]): RollupDelta => ({ ...at, ...zero, kind: "category", key, errors: sign * e, penalty: sign * p })),
    ...Object.entries(tally.checks).map(([key, [a, d]]): RollupDelta => ({ ...at, ...zero, kind: "check", key, accepted: sign * a, dismissed: sign * d })),
  ];
}

/**
 * Deltas summed per rollup row, in the order of the rollup's key; rows that do not change are left out. One row
 * once: PostgreSQL refuses a statement that updates a row twice.
 */
function sumPerRow(deltas: readonly RollupDelta[]): RollupDelta[] {
  const sums = new Map<string, RollupDelta>();
  for (const row of deltas) {
    const id = JSON.stringify([row.kind, row.month, row.publisherId, row.engine, row.key]);
    const sum = sums.get(id);
    if (sum) for (const column of COUNTS) sum[column] += row[column];
    else sums.set(id, { ...row });
  }
  return [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row).filter((row) => COUNTS.some((column) => row[column] !== 0));
}

/**
 * Adds the deltas to their rollup rows in one statement, creating the rows that are missing. An atomic increment:
 * two transactions adding to one row at once (two articles of a month) both count. Rows are written in the order
 * of their key, by every writer, so two transactions that add to the same rows wait for each other on PostgreSQL
 * rather than deadlock.
 */
export async function addToRollup(tx: Tx, allDeltas: readonly RollupDelta[]) {
  const deltas = sumPerRow(allDeltas);
  if (deltas.length === 0) return;
  const values = deltas.map((d) => Prisma.sql`(${d.kind}, ${d.key}, ${d.month}, ${d.publisherId}, ${d.engine}, ${Prisma.join(COUNTS.map((column) => d[column]))})`);
  const columns = Prisma.raw(COUNTS.map((column) => `"${column}"`).join(", "));
  const increments = Prisma.raw(COUNTS.map((column) => `"${column}" = "QualityRollup"."${column}" + excluded."${column}"`).join(", "));
  await tx.$executeRaw`
    INSERT INTO "QualityRollup" ("kind", "key", "month", "publisherId", "engine", ${columns})
    VALUES ${Prisma.join(values)}
    ON CONFLICT ("kind", "month", "publisherId", "engine", "key") DO UPDATE SET ${increments}`;
}

/**
 * Recounts one article's quality figures, in the caller's transaction (which has locked the article's row, so two
 * recounts of one article do not interleave): its own figures, for the caller's update of its row, and what the
 * rollup must add (the new tally less the one stored), for addToRollup in that same transaction.
 */
export async function recountQuality(tx: Tx, articleId: string): Promise<{ figures: ReturnType<typeof figuresOf>; deltas: RollupDelta[] }> {
  const { tally, previous } = await countArticle(tx, articleId);
  return { figures: figuresOf(tally), deltas: [...(previous ? rowsOf(previous, -1) : []), ...rowsOf(tally, 1)] };
}
