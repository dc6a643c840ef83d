import type { Db, Tx } from "@/lib/db";
import { queueMail, type Mail } from "@/lib/mail";
import type { Env } from "@/lib/rate-limit";

/**
 * Tells every reader who left an email that the mistake they reported has been corrected: one message per
 * reader and report, queued in the caller's transaction (see lib/mail). A reader already told is not told again.
 */
export async function notifyReportResolved(db: Db | Tx, reportIds: readonly string[], env: Env = process.env): Promise<number> {
  if (reportIds.length === 0) return 0;
  const reports = await db.report.findMany({
    where: { id: { in: [...reportIds] }, status: "RESOLVED" },
    select: {
      id: true,
      selection: true,
      email: true,
      readers: { select: { email: true } },
      notifications: { select: { to: true } },
      article: { select: { title: true, slug: true, targetUrl: true, publisher: { select: { name: true } } } },
    },
  });
  const mails: Mail[] = reports.flatMap((report) => {
    const told = new Set(report.notifications.map((n) => n.to.toLowerCase()));
    const addresses = [report.email, ...report.readers.map((r) => r.email)].filter((email): email is string => !!email);
    const fresh = [...new Set(addresses.map((a) => a.toLowerCase()))].filter((address) => !told.has(address));
    return fresh.map((to) => ({ to, reportId: report.id, ...reportResolvedMessage(report, env) }));
  });
  await queueMail(db, mails, env);
  return mails.length;
}

interface ResolvedReport {
  selection: string;
  article: { title: string; slug: string; targetUrl: string | null; publisher: { name: string } | null };
}

function reportResolvedMessage(report: ResolvedReport, env: Env = process.env): { subject: string; body: string } {
  const { article } = report;
  const title = article.title.replace(/\s+/g, " ").trim();
  const base = (env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const link = article.targetUrl ?? `${base}/articles/${encodeURIComponent(article.slug)}`;
  const body = [
    "Hello,",
    "",
    `You reported a mistake in “${title}”:`,
    "",
    // Only the article's own words: the reader's free text is not mailed, so the form cannot be used to send
    // arbitrary text to an arbitrary address.
    `    “${report.selection}”`,
    "",
    "It has now been corrected. You can read the article here:",
    link,
    "",
    "Thank you for helping us get it right.",
    `— ${article.publisher?.name ?? "The editors"}, with Errata`,
    "",
    "You receive this message once, because you left your address with the report.",
  ].join("\n");
  return { subject: `Corrected: the mistake you reported in “${title}”`, body };
}
