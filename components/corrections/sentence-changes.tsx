import { wordDiff } from "@/lib/corrections/word-diff";
import { DiffView } from "./diff-view";

/** Each touched sentence: the word-level diff of the translation beside the original sentence. */
/** `stacked` puts the original above the change (for narrow columns); otherwise they sit side by side. */
export function SentenceChanges({ changes, sourceLang, targetLang, stacked = false }: { changes: readonly { before: string; after: string; source: string }[]; sourceLang: string; targetLang: string; stacked?: boolean }) {
  return (
    <ul className="space-y-2">
      {changes.map((change, index) => (
        <li key={index} className={`grid gap-1 rounded border border-stone-200 bg-white p-2 text-sm ${stacked ? "" : "md:grid-cols-2 md:gap-3"}`} data-testid="sentence-change">
          <p lang={sourceLang} className="font-serif text-stone-600"><span className="sr-only">Original: </span>{change.source || <em>no aligned original</em>}</p>
          <p lang={targetLang} className="font-serif"><span className="sr-only">Change: </span><DiffView parts={wordDiff(change.before, change.after)} /></p>
        </li>
      ))}
    </ul>
  );
}
