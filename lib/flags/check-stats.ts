import { getDb } from "@/lib/db";

export interface CheckStats {
  raised: number;
  dismissed: number;
  resolved: number;
}

/** Flags raised, dismissed and resolved per check over every article: which checks cry wolf. */
export async function statsByCheck(): Promise<Map<string, CheckStats>> {
  const rows = await getDb().flag.groupBy({ by: ["check", "status"], _count: { _all: true } });
  const stats = new Map<string, CheckStats>();
  for (const row of rows) {
    const entry = stats.get(row.check) ?? { raised: 0, dismissed: 0, resolved: 0 };
    entry.raised += row._count._all;
    if (row.status === "DISMISSED") entry.dismissed += row._count._all;
    if (row.status === "RESOLVED") entry.resolved += row._count._all;
    stats.set(row.check, entry);
  }
  return stats;
}
