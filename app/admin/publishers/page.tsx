import type { Metadata } from "next";
import { PublisherReportingForm } from "@/components/publishers/reporting-form";
import { requireRole } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { DEFAULT_CLIENT_LIMITS } from "@/lib/reports";
import { publisherReportingAction } from "./actions";

export const metadata: Metadata = { title: "Publishers" };

/** Who: ADMIN. Where each publisher's embedded widget may send reports from, and its report limits. */
export default async function PublishersPage() {
  await requireRole("ADMIN", "/admin/publishers");
  const publishers = await getDb().publisher.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, allowedOrigins: true, reportLimits: true } });
  const defaultLimits = process.env.ERRATA_REPORT_LIMITS || DEFAULT_CLIENT_LIMITS;
  return (
    <main className="max-w-2xl">
      <h1 className="mb-1 text-2xl font-semibold">Publishers: reader reports</h1>
      <p className="mb-4 text-sm text-stone-600">
        A publisher embeds the widget with <code className="rounded bg-stone-100 px-1">{`<script src="…/widget.js" data-errata-article="SLUG_OR_URL" async></script>`}</code>.
        Browsers may send reports from the origins listed here only.
      </p>
      {publishers.length === 0 && <p className="text-stone-500">No publishers yet: they are created when an article is imported with one.</p>}
      <div className="space-y-3">
        {publishers.map((publisher) => <PublisherReportingForm key={publisher.id} action={publisherReportingAction} publisher={publisher} defaultLimits={defaultLimits} />)}
      </div>
    </main>
  );
}
