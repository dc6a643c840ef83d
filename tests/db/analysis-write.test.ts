import { describe, expect, it } from "vitest";
import { ANALYSIS_WRITE, getDb } from "@/lib/db";

// Storing a 1 MB article's ~25,000 flags outlasted Prisma's 5 s transaction default on a busy PostgreSQL server:
// the import answered 500 (P2028) and nothing was stored. The writers that store an analysis (import, approval,
// revert, re-run) pass ANALYSIS_WRITE; this shows those options keep a transaction alive past the default.
describe("ANALYSIS_WRITE", () => {
  it("keeps a transaction that writes for longer than Prisma's 5 s default open until it commits", async () => {
    const db = getDb();
    const name = `analysis-write-${Date.now()}`;
    await db.$transaction(async (tx) => {
      await new Promise((resolve) => setTimeout(resolve, 5_500));
      await tx.publisher.create({ data: { name } });
    }, ANALYSIS_WRITE);
    expect(await db.publisher.count({ where: { name } })).toBe(1);
    await db.publisher.delete({ where: { name } });
  }, 20_000);
});
