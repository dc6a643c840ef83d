import type { Metadata } from "next";
import { EditorQueue } from "@/components/editor/editor-queue";
import { RangeExportForm } from "@/components/formats/export-links";
import { Pager } from "@/components/layout/pager";
import { requireRole } from "@/lib/auth";
import { pendingCorrectionsByArticle } from "@/lib/corrections";
import { pageNumberSchema } from "@/lib/db";
import { activeJobs } from "@/lib/jobs";
import { getSetting } from "@/lib/settings";

export const metadata: Metadata = { title: "Editor queue" };

export default async function EditorQueuePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireRole("EDITOR", "/editor");
  const [queue, allowSelfApproval, approvals] = await Promise.all([pendingCorrectionsByArticle(pageNumberSchema.parse((await searchParams).page)), getSetting("allowSelfApproval"), activeJobs("approve-corrections")]);
  return (
    <main>
      <h1 className="mb-1 text-2xl font-semibold">Editor queue</h1>
      <p className="mb-4 text-sm text-stone-600">Corrections waiting for approval, oldest first. Insertions are <ins className="diff-insert">underlined</ins>, deletions <del className="diff-delete">struck through</del>.</p>
      <EditorQueue groups={queue.groups} user={user} allowSelfApproval={allowSelfApproval} approving={approvals.find((job) => job.createdBy.id === user.id) ?? null} />
      <Pager page={queue.page} hasNext={queue.hasNext} href={(p) => `/editor?page=${p}`} />
      <section className="mt-8">
        <h2 className="mb-2 text-lg font-semibold">Exports</h2>
        <RangeExportForm />
      </section>
    </main>
  );
}
