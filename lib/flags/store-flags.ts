import { randomBytes } from "node:crypto";
import { databaseProvider, databaseUrl, Prisma, type Tx } from "@/lib/db";
import type { FlagDraft } from "@/lib/analysis";

interface DismissalRow {
  id: string;
  check: string;
  scope: "OCCURRENCE" | "ARTICLE" | "EVERYWHERE";
  matchKey: string;
}

/**
 * Flags per INSERT. Each INSERT takes its rows as one JSON parameter that the database expands (json_each on SQLite,
 * jsonb_array_elements on PostgreSQL): Prisma's createMany compiled a plan on the request thread in time that grew
 * faster than the rows (a 1 MB article's 17,000 flags held the thread, and SQLite's one connection, for 15 s in
 * 200-row batches), and even a raw INSERT costs the thread a few microseconds per bound value. 2,000, not 5,000: on
 * PostgreSQL the thread is free between statements, and stringifying 5,000 rows held it for ~40–70 ms each time.
 */
const FLAGS_PER_INSERT = 2000;

/** The columns, with how each JSON array element becomes one: PostgreSQL needs the types, SQLite takes them as they come. */
const COLUMNS: Array<[name: string, postgresType: string]> = [
  ["id", "text"],
  ["articleId", "text"],
  ["revisionId", "text"],
  ["check", "text"],
  ["category", "text"],
  ["severity", "text"],
  ["message", "text"],
  ["targetStart", "integer"],
  ["targetEnd", "integer"],
  ["targetText", "text"],
  ["sourceStart", "integer"],
  ["sourceEnd", "integer"],
  ["sourceText", "text"],
  ["suggestion", "text"],
  ["fingerprint", "text"],
  ["status", '"FlagStatus"'],
  ["dismissalId", "text"],
  ["createdAt", "timestamp(3)"],
];
const NAMES = COLUMNS.map(([name]) => `"${name}"`).join(", ");
const FROM_SQLITE = Prisma.raw(`INSERT INTO "Flag" (${NAMES}) SELECT ${COLUMNS.map((_, i) => `json_extract(value, '$[${i}]')`).join(", ")} FROM json_each(`);
const FROM_POSTGRES = Prisma.raw(`INSERT INTO "Flag" (${NAMES}) SELECT ${COLUMNS.map(([, type], i) => `CAST(row->>${i} AS ${type})`).join(", ")} FROM jsonb_array_elements(CAST(`);

/** Inserts flag rows (arrays in COLUMNS order) in a few statements, whatever their number. */
async function insertFlags(tx: Tx, rows: unknown[][]): Promise<void> {
  const postgres = databaseProvider(databaseUrl()) === "postgresql";
  for (let i = 0; i < rows.length; i += FLAGS_PER_INSERT) {
    const json = JSON.stringify(rows.slice(i, i + FLAGS_PER_INSERT));
    await (postgres ? tx.$executeRaw`${FROM_POSTGRES}${json} AS jsonb)) AS row` : tx.$executeRaw`${FROM_SQLITE}${json})`);
  }
}

/** Finds the reviewer dismissal that covers a finding, if any: dismissed flags stay dismissed on re-runs. */
function findDismissal(dismissals: DismissalRow[], draft: FlagDraft): DismissalRow | undefined {
  return dismissals.find(
    (d) => d.check === draft.finding.check && (d.scope === "OCCURRENCE" ? d.matchKey === draft.fingerprint : d.matchKey === draft.textKey),
  );
}

/** Stores the findings of one revision as flags, already dismissed where a reviewer said so before. */
export async function storeFlags(tx: Tx, target: { articleId: string; revisionId: string }, drafts: FlagDraft[]): Promise<void> {
  if (drafts.length === 0) return;
  const dismissals = (await tx.dismissal.findMany({
    where: { OR: [{ articleId: target.articleId }, { scope: "EVERYWHERE" }], check: { in: [...new Set(drafts.map((d) => d.finding.check))] } },
    select: { id: true, check: true, scope: true, matchKey: true },
  })) as DismissalRow[];
  // As Prisma writes a DateTime on SQLite (its adapter's ISO 8601 form), so that the text compares and sorts with the rest.
  const createdAt = new Date().toISOString().replace("Z", "+00:00");
  const batch = randomBytes(12).toString("hex");
  const rows = drafts.map((draft, index) => {
    const { finding } = draft;
    const dismissal = findDismissal(dismissals, draft);
    // Ids made here, so that no per-row default is needed: this batch's own prefix and the flag's place in it.
    return [
      `${batch}${index.toString(36)}`,
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
      draft.fingerprint,
      dismissal ? "DISMISSED" : "OPEN",
      dismissal?.id ?? null,
      createdAt,
    ];
  });
  await insertFlags(tx, rows);
}
