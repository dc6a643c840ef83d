import type { Prisma, Tx } from "@/lib/db";

export interface AuditRecord {
  actorId: string | null;
  /** A verb in the past: "article.imported", "correction.approved" … */
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Writes one audit row; call it inside the transaction that makes the change, so both land or neither. */
export async function audit(tx: Tx, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: record.actorId,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: (record.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (record.after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}
