import type { ArticleCorrection } from "@/lib/corrections";
import type { ReactNode } from "react";
import { SentenceChanges } from "./sentence-changes";
import { STATUS_LABEL, STATUS_STYLE } from "./status";

/** The corrections proposed for an article, newest first, with the editor's reason or comment where there is one. */
export function ArticleCorrections({ corrections, langs, actions }: { corrections: ArticleCorrection[]; langs: { sourceLang: string; targetLang: string }; actions: (correction: ArticleCorrection) => ReactNode }) {
  return (
    <section aria-labelledby="corrections-heading" className="mt-6">
      <h2 id="corrections-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">Corrections <span className="font-normal">({corrections.length})</span></h2>
      {corrections.length === 0 && <p className="mt-2 text-sm text-stone-500">None yet.</p>}
      <ul className="mt-2 space-y-2">
        {corrections.map((correction) => (
          <li key={correction.id} data-testid="correction" data-status={correction.status} className="rounded border border-stone-200 bg-white p-2 text-sm">
            <p className="flex flex-wrap items-baseline gap-2">
              <span className={`rounded px-1.5 text-xs ${STATUS_STYLE[correction.status]}`}>{STATUS_LABEL[correction.status]}</span>
              <span className="text-xs text-stone-500">{correction.category} · {correction.severity} · by {correction.author.name ?? correction.author.email}</span>
              {correction.resultRevision && <span className="text-xs text-stone-500">→ revision {correction.resultRevision.number}</span>}
            </p>
            {correction.decisionNote && (
              <p className="mt-1 rounded bg-stone-50 p-1.5 text-stone-800" data-testid="decision-note">
                <span className="font-medium">{correction.status === "CONFLICT" ? "Conflict: " : `${correction.decidedBy?.name ?? correction.decidedBy?.email ?? "Editor"}: `}</span>
                {correction.decisionNote}
              </p>
            )}
            {correction.note && <p className="mt-1 text-xs text-stone-600">Note: {correction.note}</p>}
            <div className="mt-1"><SentenceChanges changes={correction.sentences} {...langs} stacked /></div>
            <div className="mt-1">{actions(correction)}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
