import type { AlignedText } from "@/lib/align/types";
import type { Finding } from "@/lib/checks/types";
import { databaseProvider, databaseUrl, Prisma, type Tx } from "@/lib/db";
import { fingerprint, textKey } from "./fingerprint";

interface DismissalRow {
  id: string;
  check: string;
  scope: "OCCURRENCE" | "ARTICLE" | "EVERYWHERE";
  matchKey: string;
}

/**
 * Flags per INSERT: 18 values a row, under SQLite's 32,766 and PostgreSQL's 65,535 parameters a statement. Raw
 * multi-row INSERTs, not createMany: Prisma compiles each createMany into a plan on the request thread, in time
 * that grows faster than the rows (a 1 MB article's 17,000 flags took 15 s of it in 200-row batches, while the
 * transaction held SQLite's one connection); these statements cost what building their values costs.
 */
const FLAGS_PER_INSERT = 1000;

/** Finds the reviewer dismissal that covers a finding, if any: dismissed flags stay dismissed on re-runs. */
function findDismissal(dismissals: DismissalRow[], finding: Finding, print: string): DismissalRow | undefined {
  const key = textKey(finding.target.text);
  return dismissals.find(
    (d) => d.check === finding.check && (d.scope === "OCCURRENCE" ? d.matchKey === print : d.matchKey === key),
  );
}

/** Stores the findings of one revision as flags, already dismissed where a reviewer said so before. */
export async function storeFlags(
  tx: Tx,
  target: { articleId: string; revisionId: string },
  aligned: AlignedText,
  findings: Finding[],
): Promise<void> {
  if (findings.length === 0) return;
  const dismissals = (await tx.dismissal.findMany({
    where: { OR: [{ articleId: target.articleId }, { scope: "EVERYWHERE" }], check: { in: [...new Set(findings.map((f) => f.check))] } },
    select: { id: true, check: true, scope: true, matchKey: true },
  })) as DismissalRow[];
  const createdAt = new Date();
  const rows = findings.map((finding, index) => {
    const print = fingerprint(finding, aligned.target);
    const dismissal = findDismissal(dismissals, finding, print);
    // Ids made here (unique: the revision's own id and the flag's place in it), so that no per-row default is needed.
    return [
      `${target.revisionId}f${index.toString(36)}`,
      target.articleId,
      target.revisionId,
      finding.check,
      finding.category,
      finding.severity,
      finding.message,
      finding.target.start,
      finding.target.end,
      finding.target.text,
      finding.source?.start ?? null,
      finding.source?.end ?? null,
      finding.source?.text ?? null,
      finding.suggestion ?? null,
      print,
      dismissal ? "DISMISSED" : "OPEN",
      dismissal?.id ?? null,
      createdAt,
    ];
  });
  // PostgreSQL keeps the status as its enum type; SQLite as text.
  const status = databaseProvider(databaseUrl()) === "postgresql" ? (value: unknown) => Prisma.sql`CAST(${value} AS "FlagStatus")` : (value: unknown) => Prisma.sql`${value}`;
  for (let i = 0; i < rows.length; i += FLAGS_PER_INSERT) {
    const values = rows.slice(i, i + FLAGS_PER_INSERT).map((row) => Prisma.sql`(${Prisma.join(row.slice(0, 15))}, ${status(row[15])}, ${Prisma.join(row.slice(16))})`);
    await tx.$executeRaw`INSERT INTO "Flag" (${Prisma.raw(FLAG_COLUMNS)}) VALUES ${Prisma.join(values)}`;
  }
}

const FLAG_COLUMNS = ["id", "articleId", "revisionId", "check", "category", "severity", "message", "targetStart", "targetEnd", "targetText", "sourceStart", "sourceEnd", "sourceText", "suggestion", "fingerprint", "status", "dismissalId", "createdAt"].map((column) => `"${column}"`).join(", ");
