import { wordDiff } from "@/lib/corrections/word-diff";
import { publicChangeLog } from "@/lib/revisions";
import { DiffView } from "@/components/corrections/diff-view";

export const formatDate = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "Corrected on DATE" under the byline: shown whenever the text is no longer the imported one. */
export function CorrectedNote({ revision }: { revision: { number: number; createdAt: Date } }) {
  if (revision.number <= 1) return null;
  return <p className="mt-1 text-sm text-stone-600" data-testid="corrected-note">Corrected on <time dateTime={revision.createdAt.toISOString()}>{formatDate(revision.createdAt)}</time>. <a href="#change-log" className="underline">What changed</a></p>;
}

/** The corrections made to an article up to `revision` (its current one), for readers (a publisher can switch it off). */
export async function ChangeLog({ articleId, revision }: { articleId: string; revision: number }) {
  const entries = await publicChangeLog(articleId, revision);
  if (entries.length === 0) return null;
  return (
    <section id="change-log" aria-labelledby="change-log-heading" className="mt-10 border-t border-stone-200 pt-4 text-sm">
      <h2 id="change-log-heading" className="font-semibold">Corrections</h2>
      <ul className="mt-2 space-y-3">
        {entries.map((entry) => (
          <li key={entry.number} data-testid="change-log-entry">
            <p className="text-stone-600"><time dateTime={entry.date.toISOString()}>{formatDate(entry.date)}</time>: {entry.kind === "revert" ? `an earlier version (revision ${entry.revertedTo}) was restored.` : `corrected${entry.category ? ` (${entry.category.split("/").pop()!.toLowerCase()})` : ""}.`}</p>
            {entry.changes.map((change, index) => <p key={index} className="mt-1 font-serif"><DiffView parts={wordDiff(change.before, change.after)} /></p>)}
          </li>
        ))}
      </ul>
    </section>
  );
}
