import { ZodError } from "zod";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { csvFromRows, CsvError, parseCsv } from "@/lib/csv";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { describeZodError } from "@/lib/http";
import { canEditGlossary } from "@/lib/permissions";
import { GLOSSARY_KINDS, glossaryTermSchema, termSearchKey } from "./edit-terms";

/** The columns of the glossary's CSV; publisher is a publisher's name, empty for a term that applies everywhere. */
export const GLOSSARY_CSV_COLUMNS = ["source", "target", "kind", "note", "publisher"] as const;
export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** The whole ru→en glossary as CSV, by source. */
export async function exportGlossaryCsv(): Promise<string> {
  const terms = await getDb().glossaryTerm.findMany({
    where: { sourceLang: "ru", targetLang: "en" },
    orderBy: [{ source: "asc" }, { target: "asc" }],
    select: { source: true, target: true, kind: true, note: true, publisher: { select: { name: true } } },
  });
  return csvFromRows([[...GLOSSARY_CSV_COLUMNS], ...terms.map((t) => [t.source, t.target, t.kind, t.note ?? "", t.publisher?.name ?? ""])]);
}

/** "official spelling", "Official-Spelling" and "OFFICIAL_SPELLING" are the same kind; empty is an official spelling. */
function kindOf(value: string): string {
  const kind = value.trim().toUpperCase().replace(/[\s-]+/g, "_");
  return kind === "" ? "OFFICIAL_SPELLING" : kind === "NOT_TO_TRANSLATE" ? "DO_NOT_TRANSLATE" : kind;
}

/**
 * Imports terms from CSV (a header row naming at least source and target): a term already there (same source and
 * target) takes the file's kind, note and scope; the others are added. Every row is checked first and one bad row
 * refuses the file, with the line numbers to fix, so an import is all or nothing.
 */
export async function importGlossaryCsv(user: CurrentUser, text: string) {
  if (!canEditGlossary(user)) throw new UserError("Only reviewers can edit the glossary.", 403);
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) throw new UserError("The file is larger than 1 MB; split it.", 413);
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new UserError(`The file is not valid CSV: ${error.message}.`, 422);
    throw error;
  }
  const [header = [], ...body] = rows;
  const column = Object.fromEntries(GLOSSARY_CSV_COLUMNS.map((name) => [name, header.findIndex((h) => h.trim().toLowerCase() === name)]));
  if (column.source < 0 || column.target < 0) throw new UserError(`The first row must name the columns: ${GLOSSARY_CSV_COLUMNS.join(", ")} (source and target at least).`, 422);
  if (body.length === 0) throw new UserError("The file has no terms.", 422);
  if (body.length > MAX_IMPORT_ROWS) throw new UserError(`The file has ${body.length} terms; at most ${MAX_IMPORT_ROWS} at a time.`, 413);

  const db = getDb();
  const publishers = new Map((await db.publisher.findMany({ select: { id: true, name: true } })).map((p) => [p.name, p.id]));
  const problems: string[] = [];
  const terms = body.flatMap((row, index) => {
    const at = (name: (typeof GLOSSARY_CSV_COLUMNS)[number]) => (column[name] >= 0 ? (row[column[name]] ?? "") : "");
    const publisher = at("publisher").trim();
    const line = index + 2;
    if (publisher && !publishers.has(publisher)) return problems.push(`line ${line}: no publisher is called “${publisher}”`), [];
    try {
      return [glossaryTermSchema.parse({ source: at("source"), target: at("target"), kind: kindOf(at("kind")), note: at("note"), publisherId: publishers.get(publisher) })];
    } catch (error) {
      if (!(error instanceof ZodError)) throw error;
      problems.push(`line ${line}: ${describeZodError(error)}${error.issues.some((i) => i.path[0] === "kind") ? ` (one of ${GLOSSARY_KINDS.join(", ")})` : ""}`);
      return [];
    }
  });
  if (problems.length) throw new UserError(`Nothing was imported. Fix ${problems.length === 1 ? "this row" : "these rows"}: ${problems.slice(0, 10).join("; ")}${problems.length > 10 ? ` (and ${problems.length - 10} more)` : ""}.`, 422);

  const key = (t: { source: string; target: string }) => `${t.source}\u0000${t.target}`;
  const unique = [...new Map(terms.map((t) => [key(t), t])).values()];
  return db.$transaction(async (tx) => {
    const existing = new Map((await tx.glossaryTerm.findMany({ where: { sourceLang: "ru", targetLang: "en" } })).map((t) => [key(t), t]));
    const fresh = unique.filter((t) => !existing.has(key(t)));
    const changed = unique.filter((t) => {
      const old = existing.get(key(t));
      return old && (old.kind !== t.kind || (old.note ?? "") !== (t.note ?? "") || old.publisherId !== t.publisherId);
    });
    for (const t of changed) {
      await tx.glossaryTerm.update({ where: { id: existing.get(key(t))!.id }, data: { kind: t.kind, note: t.note || null, publisherId: t.publisherId, searchKey: termSearchKey(t) } });
    }
    // Chunks keep each statement under SQLite's bound-parameter limit.
    for (let i = 0; i < fresh.length; i += 100) {
      await tx.glossaryTerm.createMany({ data: fresh.slice(i, i + 100).map((t) => ({ ...t, note: t.note || null, searchKey: termSearchKey(t), sourceLang: "ru", targetLang: "en", createdById: user.id })) });
    }
    const result = { added: fresh.length, updated: changed.length, unchanged: unique.length - fresh.length - changed.length };
    await audit(tx, { actorId: user.id, action: "glossary.imported", entityType: "GlossaryTerm", entityId: "csv", after: result });
    return result;
  });
}
