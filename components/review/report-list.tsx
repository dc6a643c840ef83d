import type { ReactNode } from "react";
import type { AlignedText } from "@/lib/align/types";
import type { Mark } from "@/lib/articles/highlights";
import type { PlacedReport } from "@/lib/reports";
import { ReportCard } from "./report-card";
import { reportFacts } from "./report-facts";
import { ReportTriage, TriageForm, type TriageAction } from "./report-triage";
import type { MarkInfo } from "./side-by-side";

/** The open reports as marks for the side-by-side view (translation side), with what hovering them says. */
export function reportMarks(reports: readonly PlacedReport[]): { target: Mark[]; info: Record<string, MarkInfo> } {
  const placed = reports.filter((report) => report.at);
  return {
    target: placed.map((report) => ({ start: report.at!.start, end: report.at!.end, ids: [report.id] })),
    info: Object.fromEntries(
      placed.map((report) => [report.id, { href: `#report-${report.id}`, label: `Reader report: “${report.selection}”${report.suggestion ? ` → ${report.suggestion}` : ""}`, severity: "minor", kind: "report" as const }]),
    ),
  };
}

/**
 * The article's open reader reports, each linked to its row in the side-by-side view, with triage buttons and
 * a slot (`actions`) for what the workspace offers per report, such as applying the reader's suggestion.
 */
export function ReportList({ reports, aligned, triage, actions }: { reports: PlacedReport[]; aligned: AlignedText; triage: TriageAction; actions?: (report: PlacedReport) => ReactNode }) {
  const rowOfSentence = new Map(aligned.beads.flatMap((bead, row) => bead.target.map((s) => [s, row] as const)));
  const rowOf = (offset: number) => {
    const sentence = aligned.target.sentences.find((s) => s.start <= offset && offset < s.end);
    return sentence ? rowOfSentence.get(sentence.index) : undefined;
  };
  return (
    <section aria-labelledby="reports-heading" className="mb-6">
      <h2 id="reports-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
        Reader reports <span className="font-normal">({reports.length} open)</span>
      </h2>
      {reports.length === 0 && <p className="mt-2 text-sm text-stone-500">No open reports.</p>}
      <TriageForm action={triage}>
        <ul className="mt-2 space-y-2">
          {reports.map((report) => {
            const row = report.at ? rowOf(report.at.start) : undefined;
            const heading = row === undefined
              ? <p className="mb-1 text-xs text-rose-700">No longer in the current text: it may have been fixed already.</p>
              : <a href={`#row-${row}`} className="mb-1 block text-xs text-violet-700 underline">Show in the text</a>;
            return (
              <ReportCard key={report.id} report={reportFacts(report)} heading={heading}>
                {actions?.(report)}
                <ReportTriage reportId={report.id} status={report.status} />
              </ReportCard>
            );
          })}
        </ul>
      </TriageForm>
    </section>
  );
}
