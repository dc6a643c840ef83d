import type { Metadata } from "next";
import { EditorQueue } from "@/components/editor/editor-queue";
import { requireRole } from "@/lib/auth";
import { pendingCorrectionsByArticle } from "@/lib/corrections";
import { getSetting } from "@/lib/settings";

export const metadata: Metadata = { title: "Editor queue" };

export default async function EditorQueuePage() {
  const user = await requireRole("EDITOR", "/editor");
  const [groups, allowSelfApproval] = await Promise.all([pendingCorrectionsByArticle(), getSetting("allowSelfApproval")]);
  return (
    <main>
      <h1 className="mb-1 text-2xl font-semibold">Editor queue</h1>
      <p className="mb-4 text-sm text-stone-600">Corrections waiting for approval, oldest first. Insertions are <ins className="diff-insert">underlined</ins>, deletions <del className="diff-delete">struck through</del>.</p>
      <EditorQueue groups={groups} user={user} allowSelfApproval={allowSelfApproval} />
    </main>
  );
}
