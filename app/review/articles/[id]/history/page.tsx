import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DiffView } from "@/components/corrections/diff-view";
import { RevertButton } from "@/components/history/revert-button";
import { RevisionTable } from "@/components/history/revision-table";
import { requireRole } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { canRevert } from "@/lib/permissions";
import { revisionDiff, revisionHistory, revisionText } from "@/lib/revisions";
import { revertAction } from "./actions";

export const metadata: Metadata = { title: "History" };

const pairSchema = z.object({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() });

/** Who: REVIEWER and above see the history; EDITOR and above may revert. */
export default async function HistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const user = await requireRole("REVIEWER", `/review/articles/${id}/history`);
  const article = await getDb().article.findUnique({ where: { id }, select: { id: true, title: true, currentRevision: true } });
  if (!article) notFound();
  const revisions = await revisionHistory(id);
  const pair = pairSchema.safeParse(await searchParams);
  const from = pair.success ? pair.data.from : Math.max(1, article.currentRevision - 1);
  const to = pair.success ? pair.data.to : article.currentRevision;
  const valid = from <= article.currentRevision && to <= article.currentRevision;
  const diff = valid && from !== to ? revisionDiff(await revisionText(id, from), await revisionText(id, to)) : null;
  const options = revisions.map((r) => <option key={r.number} value={r.number}>{r.number}</option>);

  return (
    <main className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">History: {article.title}</h1>
        <p className="text-sm text-stone-600"><Link className="underline" href={`/review/articles/${id}`}>Back to the review</Link> · {revisions.length} revision{revisions.length === 1 ? "" : "s"}, current: {article.currentRevision}</p>
      </header>
      <RevisionTable
        revisions={revisions}
        diffHref={(a, b) => `/review/articles/${id}/history?from=${a}&to=${b}#diff`}
        revert={(number) => (canRevert(user) && number !== article.currentRevision ? <RevertButton action={revertAction} articleId={id} number={number} expectedCurrent={article.currentRevision} /> : null)}
      />
      <section id="diff" aria-labelledby="diff-heading" className="space-y-2">
        <h2 id="diff-heading" className="text-lg font-semibold">Compare revisions</h2>
        <form className="flex items-center gap-2 text-sm" action={`/review/articles/${id}/history`}>
          <label>From <select name="from" defaultValue={from} className="rounded border border-stone-300">{options}</select></label>
          <label>to <select name="to" defaultValue={to} className="rounded border border-stone-300">{options}</select></label>
          <button className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100">Compare</button>
        </form>
        {!valid && <p role="alert" className="text-sm text-rose-700">There is no such revision.</p>}
        {valid && from === to && <p className="text-sm text-stone-600">Pick two different revisions.</p>}
        {diff && (
          <div className="rounded border border-stone-200 bg-white p-3 font-serif leading-relaxed" data-testid="revision-diff">
            <p className="mb-2 font-sans text-xs text-stone-500">Revision {from} → {to}</p>
            <DiffView parts={diff} />
          </div>
        )}
      </section>
    </main>
  );
}
