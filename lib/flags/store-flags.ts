import type { AlignedText } from "@/lib/align/types";
import type { Finding } from "@/lib/checks/types";
import type { Tx } from "@/lib/db";
import { fingerprint, textKey } from "./fingerprint";

interface DismissalRow {
  id: string;
  check: string;
  scope: "OCCURRENCE" | "ARTICLE" | "EVERYWHERE";
  matchKey: string;
}

const FLAG_BATCH = 200;

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
  const rows = findings.map((finding) => {
    const print = fingerprint(finding, aligned.target);
    const dismissal = findDismissal(dismissals, finding, print);
    return {
      articleId: target.articleId,
      revisionId: target.revisionId,
      check: finding.check,
      category: finding.category,
      severity: finding.severity,
      message: finding.message,
      targetStart: finding.target.start,
      targetEnd: finding.target.end,
      targetText: finding.target.text,
      sourceStart: finding.source?.start ?? null,
      sourceEnd: finding.source?.end ?? null,
      sourceText: finding.source?.text ?? null,
      suggestion: finding.suggestion,
      fingerprint: print,
      status: dismissal ? ("DISMISSED" as const) : ("OPEN" as const),
      dismissalId: dismissal?.id ?? null,
    };
  });
  // Prisma compiles each createMany into a plan on the request thread, in time that grows faster than the rows
  // (a 1 MB article's 25,000 flags in one call held the server for half a minute); batches keep each step short.
  for (let i = 0; i < rows.length; i += FLAG_BATCH) await tx.flag.createMany({ data: rows.slice(i, i + FLAG_BATCH) });
}
