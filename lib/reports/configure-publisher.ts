import { z } from "zod";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { canChangeSettings } from "@/lib/permissions";
import { formatLimits, parseLimits } from "@/lib/rate-limit";
import { normalizeOrigin } from "./origins";

const publisherReportingSchema = z.object({
  publisherId: z.string().min(1).max(100),
  allowedOrigins: z.string().max(5000),
  /** Empty: the server's default limits. */
  reportLimits: z.string().trim().max(200),
});

/**
 * An admin sets where a publisher's widget may post from (one origin per line) and, optionally, its own
 * per-reader report limits. Both are checked before anything is stored, and the change is audited.
 */
export async function configurePublisherReporting(user: CurrentUser, input: z.input<typeof publisherReportingSchema>) {
  if (!canChangeSettings(user)) throw new UserError("Only admins can change a publisher's report settings.", 403);
  const valid = publisherReportingSchema.parse(input);
  const lines = valid.allowedOrigins.split(/[\s,]+/).filter(Boolean);
  const bad = lines.filter((line) => normalizeOrigin(line) === null);
  if (bad.length) throw new UserError(`Not a site origin (write it as https://news.example.kz): ${bad.join(", ")}`, 400);
  const origins = [...new Set(lines.map((line) => normalizeOrigin(line)!))].join("\n");
  let limits: string | null = null;
  if (valid.reportLimits) {
    try {
      limits = formatLimits(parseLimits(valid.reportLimits));
    } catch (error) {
      throw new UserError((error as Error).message, 400);
    }
  }
  return getDb().$transaction(async (tx) => {
    const before = await tx.publisher.findUnique({ where: { id: valid.publisherId }, select: { allowedOrigins: true, reportLimits: true } });
    if (!before) throw new UserError("That publisher no longer exists; reload the page.", 404);
    const after = await tx.publisher.update({ where: { id: valid.publisherId }, data: { allowedOrigins: origins, reportLimits: limits }, select: { allowedOrigins: true, reportLimits: true } });
    await audit(tx, { actorId: user.id, action: "publisher.reporting-changed", entityType: "Publisher", entityId: valid.publisherId, before, after });
    return after;
  });
}
